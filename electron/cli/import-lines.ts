// The office's per-file report of a merge, one line per file in Chinese: the file's name, what became of it
// (导入, 重复, 被改动过…) and the clerk's sentence. Files the sync folder recognised as taken in before are
// reported as such (they were not verified again: their exact bytes are already held).
import { basename } from 'node:path';
import { translate } from '../../shared/i18n/translate';
import type { OfficeMessage } from '../../shared/office/import-outcome';
import type { FileImportResult, FileOutcome } from '../office/import-report';
import type { AlreadyImportedFile } from '../sync/sync-folder';
import { zh } from './command-kit';
import type { CliIo } from './io';

// The import report keeps a refusal's params but not the problem's `where`, which some sentences name
// (crypto.badEncoding: "the {{where}} in the file"); a neutral word stands in rather than a raw placeholder.
const sentence = (message: OfficeMessage): string => translate('zh-CN', message.code, message.params);

/** Outcomes that leave nothing for the clerk to put right. */
export const FINE_OUTCOMES: ReadonlySet<FileOutcome> = new Set<FileOutcome>(['accepted', 'duplicate']);

export function printImported(io: CliIo, file: FileImportResult): void {
  io.out(zh('cli.merge.fileLine', { file: basename(file.path), outcome: zh(`cli.outcome.${file.outcome}`), message: sentence(file.message) }));
}

export function printAlreadyImported(io: CliIo, file: AlreadyImportedFile): void {
  io.out(zh('cli.merge.fileLine', { file: basename(file.path), outcome: zh('cli.outcome.alreadyImported'), message: sentence(file.message) }));
}

export function printSummary(io: CliIo, message: OfficeMessage): void {
  io.out(sentence(message));
}
