// The Electron entry: the real electron objects into startApp (electron/main/start-app.ts), where all the logic is tested.
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, screen, shell, utilityProcess } from 'electron';
import { startApp } from './start-app';

startApp({ app, BrowserWindow, ipcMain, Menu, dialog, shell, screen, safeStorage, utilityProcess }, { argv: process.argv, cwd: process.cwd() });
