// Where the host keeps things inside the data directory, besides the key (keys/key-file.ts) and the sessions
// (exchange/session-dir.ts): the content-addressed store of documents, and the files dropped into the browser
// on their way to being opened.
import { join } from 'node:path';

/** Where documents live, content-addressed, inside the data directory. */
export const blobStoreDirOf = (dataDir: string): string => join(dataDir, 'blobs');

/** Where the local web host puts uploaded files until they are opened (web/upload-route.ts). */
export const uploadsDirOf = (dataDir: string): string => join(dataDir, 'uploads');
