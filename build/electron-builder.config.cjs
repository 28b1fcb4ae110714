// electron-builder's configuration (`npm run dist`; build/README.md). The app is packed from the bundles of
// `npm run build` (scripts/build-app.mjs) and nothing else: every dependency is inside out/main/ and
// out/preload/, so app.asar holds no node_modules, no sources, no source maps.
// productName and version come from package.json.

/** @type {import('app-builder-lib').Configuration} */
module.exports = {
  appId: 'cn.reviewdesk.app',
  directories: { output: 'dist', buildResources: 'build' },

  // Only the app's folders of out/ (out/ also holds demo output and screenshots).
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'out/fonts/**', 'package.json', '!**/*.map', '!**/node_modules/**'],
  // Dependencies are bundled, so node_modules is none of electron-builder's business: resolving false here
  // tells it so ("handled externally"), and it neither rebuilds nor copies production dependencies (it would
  // otherwise add all of node_modules' runtime packages, 200 MB, to app.asar). The packaged package.json
  // lists none either, and points at the bundled main.
  beforeBuild: async () => false,
  nodeGypRebuild: false,
  extraMetadata: { main: 'out/main/main.js', dependencies: null },
  asar: true,
  // The report font and the renderer stay in app.asar too: Electron reads them from there, and the fuse
  // below validates them with the rest on Windows and macOS.
  electronLanguages: ['zh-CN', 'en-US'],

  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The app is served from app://, never file://.
    grantFileProtocolExtraPrivileges: false,
    // macOS on Apple silicon refuses a binary whose ad-hoc signature no longer matches after the flip (only
    // matters for unsigned builds; a signed build is signed again afterwards).
    resetAdHocDarwinSignature: true,
  },

  fileAssociations: [
    { ext: 'rdsession', name: '评审会文件', description: '评审会文件 (Review Desk session)', mimeType: 'application/x-reviewdesk-session', icon: 'icons/file-rdsession', role: 'Editor' },
    { ext: 'rdscores', name: '专家评分文件', description: '专家评分文件 (Review Desk scores)', mimeType: 'application/x-reviewdesk-scores', icon: 'icons/file-rdscores', role: 'Editor' },
    { ext: 'rdarchive', name: '评审归档', description: '评审归档 (Review Desk archive)', mimeType: 'application/x-reviewdesk-archive', icon: 'icons/file-rdarchive', role: 'Viewer' },
  ],

  win: {
    icon: 'icons/icon.ico',
    target: [
      { target: 'nsis', arch: ['x64', 'arm64'] },
      { target: 'portable', arch: ['x64'] },
    ],
  },
  nsis: {
    oneClick: false,
    allowToChangeInstallationDirectory: true,
    perMachine: false,
    installerLanguages: ['zh_CN', 'en_US'],
    language: '2052',
    // One installer per architecture, not one carrying both (twice the download for every office).
    buildUniversalInstaller: false,
    // ASCII file names: a Chinese name is garbled when the installer is passed on through old mail or chat tools.
    artifactName: 'ReviewDesk-Setup-${version}-${arch}.${ext}',
    shortcutName: '评审台',
  },
  portable: { artifactName: 'ReviewDesk-Portable-${version}-${arch}.${ext}' },

  mac: {
    icon: 'icons/icon.icns',
    category: 'public.app-category.productivity',
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
  },
  dmg: { artifactName: 'ReviewDesk-${version}-${arch}.${ext}' },

  linux: {
    // electron-builder picks the sizes it needs from the folder of <size>x<size>.png files.
    icon: 'icons/png',
    executableName: 'review-desk',
    category: 'Office',
    synopsis: '评审台：示范县创建评审的专家评分与汇总',
    maintainer: 'Review Desk <review-desk@localhost>',
    target: [
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ],
  },
  appImage: { artifactName: 'ReviewDesk-${version}-${arch}.${ext}' },
  deb: {
    artifactName: 'review-desk_${version}_${arch}.${ext}',
    // What Electron's binary links against, by names that Debian 10+, UOS 20 and Kylin V10 all have (newer
    // releases provide them through their t64 packages); libsecret holds the key store safeStorage uses.
    depends: ['libgtk-3-0', 'libnss3', 'libxss1', 'libxtst6', 'libatspi2.0-0', 'libuuid1', 'libsecret-1-0', 'libgbm1', 'libasound2', 'xdg-utils'],
  },
};
