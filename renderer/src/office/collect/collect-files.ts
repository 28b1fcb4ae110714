// Bringing experts' scores files in from the page. Dropped or chosen files are uploaded (the browser has
// bytes, not paths) and all go to importScores in one call, so the host checks them as one batch in the
// order dropped; the host answers by path, and the upload paths are the host's own names, so each answer is
// put back under the name the office dropped. A file not named .rdscores is never uploaded. A sync folder
// is one path the host scans itself, one line per file found. The host removes uploads after every import.
import type { HostProgress, HostParams, HostResult } from '../../../../shared/contract/host-api-spec';
import type { MessageKey, MessageParams } from '../../../../shared/i18n/translate';
import { errorText } from '../../app/app-context';
import type { AppHost } from '../../app/app-host';
import type { CollectLine, LineSource } from './collect-lines';

/** Where an import is: uploading file `done + 1` of `total`, or the host checking what it was given. */
export type CollectPhase = { kind: 'uploading'; done: number; total: number; name: string } | { kind: 'importing'; progress: HostProgress | null; uploaded: boolean };

type Translate = (key: MessageKey, params?: MessageParams) => string;
type Host = Pick<AppHost, 'upload' | 'importScores'>;
type Enrol = HostParams<'importScores'>['enrol'];
type HostFile = Extract<HostResult<'importScores'>, { ok: true }>['files'][number];

export interface Outgoing {
  name: string;
  source: LineSource;
}

export interface Collected {
  lines: CollectLine[];
  /** The host's messages when it refused the whole import (nothing was read); null otherwise. */
  refusal: string[] | null;
}

export const isScoresName = (name: string): boolean => /\.rdscores$/i.test(name);

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

function hostLine(file: HostFile, name: string, source: LineSource): CollectLine {
  return {
    name,
    outcome: file.outcome,
    message: file.message,
    ...(file.expertId === undefined ? {} : { expertId: file.expertId }),
    ...(file.sequence === undefined ? {} : { sequence: file.sequence }),
    source,
  };
}

type Answer = { ok: true; files: HostFile[] } | { ok: false; messages: string[] };

/** importScores with its progress captioned by the names the office knows, and a thrown error as a result. */
async function callImport(host: Host, params: HostParams<'importScores'>, names: ReadonlyMap<string, string>, uploaded: boolean, onPhase: (phase: CollectPhase) => void, t: Translate): Promise<Answer> {
  onPhase({ kind: 'importing', progress: null, uploaded });
  try {
    const result = await host.importScores(params, (progress) => onPhase({ kind: 'importing', uploaded, progress: { ...progress, label: names.get(progress.label) ?? progress.label } }));
    return result.ok ? { ok: true, files: result.files } : { ok: false, messages: result.messages };
  } catch (cause) {
    return { ok: false, messages: [t('officeCollect.import.failed', { message: errorText(cause) })] };
  }
}

/** Files (dropped, chosen, or a line's file again) imported as one batch; one line per file, in the order given. */
export async function importFiles(host: Host, sessionId: string, outgoing: readonly Outgoing[], enrol: Enrol, t: Translate, onPhase: (phase: CollectPhase) => void): Promise<Collected> {
  const lines: (CollectLine | null)[] = [];
  const sent: { index: number; path: string }[] = [];
  let uploaded = false;
  for (const [index, { name, source }] of outgoing.entries()) {
    if (source.kind === 'path') {
      sent.push({ index, path: source.path });
      lines.push(null);
      continue;
    }
    if (!isScoresName(name)) {
      lines.push({ name, outcome: 'notScores', message: t('officeCollect.import.notScores', { name }), source: null });
      continue;
    }
    onPhase({ kind: 'uploading', done: index, total: outgoing.length, name });
    uploaded = true;
    try {
      sent.push({ index, path: (await host.upload(source.file)).path });
      lines.push(null);
    } catch (cause) {
      lines.push({ name, outcome: 'uploadFailed', message: errorText(cause), source });
    }
  }
  let refusal: string[] | null = null;
  if (sent.length > 0) {
    // The host's caption is the file's base name: an upload's is a UUID, which means nothing to the office.
    const names = new Map(sent.map(({ index, path }) => [baseName(path), outgoing[index]?.name ?? '']));
    const answer = await callImport(host, { sessionId, paths: sent.map(({ path }) => path), enrol }, names, uploaded, onPhase, t);
    const byPath = new Map(answer.ok ? answer.files.map((file) => [file.path, file]) : []);
    if (!answer.ok) refusal = answer.messages;
    for (const { index, path } of sent) {
      const { name, source } = outgoing[index] ?? { name: '', source: { kind: 'path', path } };
      const file = byPath.get(path);
      if (file !== undefined) lines[index] = hostLine(file, name, source);
      // Refused as a whole: every file is still to be imported; no answer for one is said as such, never taken for a success.
      else lines[index] = { name, outcome: 'failed', message: answer.ok ? t('officeCollect.import.noAnswer') : (answer.messages[0] ?? ''), source };
    }
  }
  return { lines: lines.map((line, index) => line ?? { name: outgoing[index]?.name ?? '', outcome: 'failed', message: t('officeCollect.import.noAnswer'), source: null }), refusal };
}

/** A sync folder scanned by the host: one line per scores file in it, named as it sits there. */
export async function scanFolder(host: Host, sessionId: string, folder: string, t: Translate, onPhase: (phase: CollectPhase) => void): Promise<Collected> {
  const answer = await callImport(host, { sessionId, paths: [folder], enrol: [] }, new Map(), false, onPhase, t);
  if (!answer.ok) return { lines: [], refusal: answer.messages };
  return { lines: answer.files.map((file) => hostLine(file, file.fileName, { kind: 'path', path: file.path })), refusal: null };
}
