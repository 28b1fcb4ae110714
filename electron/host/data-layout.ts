// Where the host keeps things inside the data directory, besides the key (keys/key-file.ts) and the sessions
// (exchange/session-dir.ts): the content-addressed store of documents, and the files dropped into the browser
// on their way to being opened.
import { join } from 'node:path';

/** Where documents live, content-addressed, inside the data directory. */
export const blobStoreDirOf = (dataDir: string): string => join(dataDir, 'blobs');

/** Where the local web host puts uploaded files until they are opened (web/upload-route.ts). */
export const uploadsDirOf = (dataDir: string): string => join(dataDir, 'uploads');

/** The office's programme records (issue #8): the county register, the progress reports, their settings. */
export const programmeDirOf = (dataDir: string): string => join(dataDir, 'programme');

/** The county register (县级创建台账): shared/lifecycle/county-register.ts. */
export const countyRegisterPathOf = (dataDir: string): string => join(programmeDirOf(dataDir), 'county-register.json');

/** The progress reports the counties handed in (electron/programme/programme-files.ts). */
export const progressReportsPathOf = (dataDir: string): string => join(programmeDirOf(dataDir), 'progress-reports.json');

/** The programme's quota and report-deadline settings (electron/programme/programme-files.ts). */
export const programmeSettingsPathOf = (dataDir: string): string => join(programmeDirOf(dataDir), 'programme-settings.json');
