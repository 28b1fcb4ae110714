// The layer table of DESIGN.md §1 as import rules. `npm run lint` fails on any violation;
// test/layers.test.ts proves each rule fires on the planted files in test/fixtures/layers/.
/** Pure packages the domain may use anywhere in shared/. */
const SHARED_PACKAGES = ['zod', '@noble/hashes', '@noble/curves', '@noble/ciphers', 'i18next', 'pure-rand', 'canonicalize'];
/** Packages the domain may use only in its report builders (shared/reports/). */
const REPORT_PACKAGES = ['pdfmake', 'exceljs'];
const pkg = (names) => `node_modules/(${names.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-no-node',
      comment: 'shared/ is pure TypeScript: no Node built-ins (DESIGN.md §1).',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-only-shared-or-pure-packages',
      comment: 'shared/ imports only shared/ and a few pure packages (zod, @noble/*, i18next, pure-rand).',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        dependencyTypesNot: ['core', 'type-only'],
        pathNot: [`^shared/`, pkg(SHARED_PACKAGES), pkg(REPORT_PACKAGES)],
      },
    },
    {
      name: 'shared-report-packages-only-in-report-builders',
      comment: 'pdfmake and exceljs are allowed in shared/ only inside the report builders (shared/reports/).',
      severity: 'error',
      from: { path: '^shared/', pathNot: '^shared/reports/' },
      to: { path: pkg(REPORT_PACKAGES) },
    },
    {
      name: 'electron-not-to-renderer',
      comment: 'electron/ (Node side) never imports the renderer.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'electron-module-only-in-main-and-preload',
      comment: 'Only electron/main/ and electron/preload/ may import the electron module; services stay plain Node.',
      severity: 'error',
      from: { path: '^electron/', pathNot: '^electron/(main|preload)/' },
      to: { path: 'node_modules/electron/' },
    },
    {
      name: 'renderer-no-node',
      comment: 'renderer/ runs in a sandboxed page: no Node built-ins.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-to-electron',
      comment: 'renderer/ reaches the machine only through the host API, never electron/ or the electron module.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', 'node_modules/electron/'] },
    },
    {
      name: 'nothing-imports-build',
      comment: 'build/ holds packaging resources; no code imports it.',
      severity: 'error',
      from: {},
      to: { path: '^build/' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles make layers meaningless and modules hard to test alone.',
      severity: 'error',
      from: { path: '^(shared|electron|renderer)/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^test/fixtures/layers/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
