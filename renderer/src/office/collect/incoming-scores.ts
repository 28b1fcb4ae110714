// Scores files the office double-clicked (or chose with the desktop menu), on their way to 收集专家评分 of the
// session that is open: paths on the host's disk, imported there like files taken from a sync folder.
import { fileNameOf } from '../../app/open-requests-context';
import type { Outgoing } from './collect-files';

export interface IncomingScores {
  /** Tells one hand-over from the next, so the same files handed over twice are imported twice. */
  id: number;
  /** The session they were handed to: never imported into another one opened later. */
  sessionId: string;
  paths: readonly string[];
}

/** Each file under its own name, by path: nothing to upload. */
export const outgoingOf = (paths: readonly string[]): Outgoing[] => paths.map((path) => ({ name: fileNameOf(path), source: { kind: 'path', path } }));
