// Bringing packages in from the page: each chosen or dropped file is uploaded (the browser has bytes, not a
// path), then all go to importPackages in one call, which imports each on its own and removes the uploads.
// A file not named .zip is not uploaded at all; an upload that fails is that file's line, and the others go
// on. The answer comes back one entry per file, in the order chosen.
import type { HostProgress } from '../../../../shared/contract/host-api-spec';
import type { PackageImportResult } from '../../../../shared/contract/office-applications-spec';
import type { MessageKey, MessageParams } from '../../../../shared/i18n/translate';
import type { DraftApplication } from '../../../../shared/office/session-draft';
import { errorText } from '../../app/app-context';
import type { AppHost } from '../../app/app-host';

export type Received = { name: string; ok: true; application: DraftApplication; warnings: string[] } | { name: string; ok: false; messages: string[] };

/** Where a batch is: uploading file `done + 1` of `total`, or the host importing them. */
export type ReceivePhase = { kind: 'uploading'; done: number; total: number; name: string } | { kind: 'importing'; progress: HostProgress | null };

type Translate = (key: MessageKey, params?: MessageParams) => string;

const isZipName = (name: string): boolean => /\.zip$/i.test(name);

/** A host line as the step shows it, named by the file the office chose rather than the upload's path. */
export function receivedOf(name: string, result: PackageImportResult): Received {
  return result.ok ? { name, ok: true, application: result.application, warnings: result.warnings } : { name, ok: false, messages: result.messages };
}

export async function receivePackages(host: Pick<AppHost, 'upload' | 'importPackages'>, files: readonly File[], t: Translate, onPhase: (phase: ReceivePhase) => void): Promise<Received[]> {
  const lines: (Received | null)[] = [];
  const sent: { index: number; name: string; path: string }[] = [];
  for (const [index, file] of files.entries()) {
    if (!isZipName(file.name)) {
      lines.push({ name: file.name, ok: false, messages: [t('officeApplications.import.notZip', { name: file.name })] });
      continue;
    }
    onPhase({ kind: 'uploading', done: index, total: files.length, name: file.name });
    try {
      const uploaded = await host.upload(file);
      sent.push({ index, name: file.name, path: uploaded.path });
      lines.push(null);
    } catch (cause) {
      lines.push({ name: file.name, ok: false, messages: [errorText(cause)] });
    }
  }
  if (sent.length > 0) {
    onPhase({ kind: 'importing', progress: null });
    try {
      // The host's caption is the document being read, or the package's path: an upload's name means nothing to the office.
      const names = new Map(sent.map(({ path, name }) => [path, name]));
      const { results } = await host.importPackages({ paths: sent.map((item) => item.path) }, (progress) =>
        onPhase({ kind: 'importing', progress: { ...progress, label: names.get(progress.label) ?? progress.label } }),
      );
      sent.forEach(({ index, name }, position) => {
        const result = results[position];
        // The host answers once per path; a missing answer is said as such rather than taken for a success.
        lines[index] = result === undefined ? { name, ok: false, messages: [t('officeApplications.import.noAnswer')] } : receivedOf(name, result);
      });
    } catch (cause) {
      const message = t('officeApplications.import.failed', { message: errorText(cause) });
      for (const { index, name } of sent) lines[index] = { name, ok: false, messages: [message] };
    }
  }
  return lines.map((line, index) => line ?? { name: files[index]?.name ?? '', ok: false, messages: [t('officeApplications.import.noAnswer')] });
}
