// Placeholder for the scripts that later issues build (the Electron shell and the installers).
// It says so plainly and exits non-zero, so nobody mistakes it for a working command.
const what = process.argv[2] ?? '';
const messages = {
  start: '桌面应用（Electron）尚未构建：见议题 #7。现在请用 `npm run web` 在浏览器中运行。\nThe Electron shell is not built yet (issue #7). Use `npm run web` to run the app in a browser.',
  dist: '安装包构建尚未配置：见议题 #7。\nInstaller packaging is not configured yet (issue #7).',
};
console.error(messages[what] ?? `unknown placeholder: ${what}`);
process.exit(2);
