// The app's version as package.json states it (Electron's `app.getVersion()` reads the same field).
import packageJson from '../../package.json';

export const APP_VERSION: string = packageJson.version;
