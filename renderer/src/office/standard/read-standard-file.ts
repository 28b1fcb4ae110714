// Reading a file the office chose: refused here when it is far too large to be a standard (no point uploading
// it), else handed to the host (upload, then readStandard, which removes the upload). A standard the host
// accepted is checked once more here: its fingerprint must be the one its content gives, since that is the
// number every session and score file will carry.
import type { HostResult } from '../../../../shared/contract/host-api-spec';
import { MAX_STANDARD_FILE_BYTES } from '../../../../shared/contract/office-standard-spec';
import type { MessageKey, MessageParams } from '../../../../shared/i18n/translate';
import { fingerprintOf } from '../../../../shared/util/fingerprint';
import type { AppHost } from '../../app/app-host';

export type StandardRead = HostResult<'readStandard'>;

export type ReadOutcome = { kind: 'read'; result: StandardRead } | { kind: 'refused'; message: string };

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function readStandardFile(host: Pick<AppHost, 'upload' | 'readStandard'>, file: File, t: (key: MessageKey, params?: MessageParams) => string): Promise<ReadOutcome> {
  if (file.size > MAX_STANDARD_FILE_BYTES) {
    return { kind: 'refused', message: t('officeStandard.choose.tooLarge', { name: file.name, size: mb(file.size), limit: mb(MAX_STANDARD_FILE_BYTES) }) };
  }
  const uploaded = await host.upload(file);
  const result = await host.readStandard({ path: uploaded.path });
  if (result.ok && fingerprintOf(result.standard) !== result.fingerprint) return { kind: 'refused', message: t('officeStandard.fingerprintMismatch') };
  return { kind: 'read', result };
}
