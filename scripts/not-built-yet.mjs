// Placeholder for the scripts that later issues build (Electron shell, local web host, installers).
// It says so plainly and exits non-zero, so nobody mistakes it for a working command.
const what = process.argv[2] ?? '';
const messages = {
  start: '桌面应用（Electron）尚未构建：见议题 #7。现在可用 `npm run demo` 运行无界面演示。\nThe Electron shell is not built yet (issue #7). Try `npm run demo` for the headless demo.',
  web: '本地网页宿主尚未构建：见议题 #3。现在可用 `npm run demo` 运行无界面演示。\nThe local web host is not built yet (issue #3). Try `npm run demo` for the headless demo.',
  dist: '安装包构建尚未配置：见议题 #7。\nInstaller packaging is not configured yet (issue #7).',
};
console.error(messages[what] ?? `unknown placeholder: ${what}`);
process.exit(2);
