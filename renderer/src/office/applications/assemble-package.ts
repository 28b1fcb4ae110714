// Assembling a package from loose files in the page: each file is uploaded, then the host packs them under
// their own names with the roles the office chose and imports the package (assembleFromUploads), removing
// the uploads. The answer is one line like an imported package's.
import type { PackMetadata } from '../../../../shared/package/pack-metadata';
import type { MessageKey, MessageParams } from '../../../../shared/i18n/translate';
import { errorText } from '../../app/app-context';
import type { AppHost } from '../../app/app-host';
import type { LooseFile } from './assemble-values';
import { receivedOf, type Received, type ReceivePhase } from './receive-packages';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export async function assemblePackage(
  host: Pick<AppHost, 'upload' | 'assembleFromUploads'>,
  files: readonly LooseFile[],
  metadata: Omit<PackMetadata, 'documents'>,
  t: Translate,
  onPhase: (phase: ReceivePhase) => void,
): Promise<Received> {
  const name = t('officeApplications.assemble.lineName', { county: metadata.countyName, code: metadata.countyCode });
  try {
    const uploaded = [];
    for (const [index, { file, role }] of files.entries()) {
      onPhase({ kind: 'uploading', done: index, total: files.length, name: file.name });
      const { path } = await host.upload(file);
      uploaded.push({ path, fileName: file.name, role });
    }
    onPhase({ kind: 'importing', progress: null });
    const result = await host.assembleFromUploads({ files: uploaded, metadata }, (progress) => onPhase({ kind: 'importing', progress }));
    return receivedOf(name, result);
  } catch (cause) {
    return { name, ok: false, messages: [t('officeApplications.import.failed', { message: errorText(cause) })] };
  }
}
