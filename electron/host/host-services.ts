// The host services: the plain-Node implementation of the contract in shared/contract/host-api-spec.ts,
// written once and bound three times (Electron IPC, the local web host, the CLI). To add a method: add it to
// `hostApiSpec` (params and result schemas), then add it to the object below — until then this file does not
// compile. What only Electron has comes in through `ports`.
import { BlobStore } from '../store/blob-store';
import { APP_VERSION } from './app-version';
import type { HostServices } from './call-method';
import { blobStoreDirOf } from './data-layout';
import type { HostContext, HostKind } from './host-context';
import { nodeDefaultPorts, type HostPorts } from './ports';
import { dialogServices, hasDialogs } from './services/dialog-services';
import { expertServices } from './services/expert-services';
import { identityServices } from './services/identity-services';
import { officeCollectServices } from './services/office-collect-services';
import { officeDecisionServices } from './services/office-decision-services';
import { officeReportsServices } from './services/office-reports-services';
import { officeSessionServices } from './services/office-session-services';
import { officeApplicationServices } from './services/office-application-services';
import { officeAuditServices } from './services/office-audit-services';
import { officeStandardServices } from './services/office-standard-services';
import { noOpenRequests, openRequestServices, type OpenRequestSource } from './services/open-request-services';
import { packageServices } from './services/package-services';
import { programmeServices } from './services/programme-services';
import { programmeReportServices } from './services/programme-report-services';
import { reportServices } from './services/report-services';
import { stageOutcomeServices } from './services/stage-outcome-services';

export interface HostServicesSetup {
  /** Which binding runs these services (shown to the user; some services differ by host). */
  host: HostKind;
  /** The per-user data directory (see data-dir.ts), already created. */
  dataDir: string;
  /** Defaults to package.json's version. */
  version?: string;
  /** Defaults to the plain-Node ports (no dialogs, key protected by file permissions, jobs in-process). */
  ports?: Partial<HostPorts>;
  /** Files the operating system asked to open (Electron's pending-opens queue); none elsewhere. */
  openRequests?: OpenRequestSource;
  /** The clock the programme's "today" is read from; the system clock when absent (tests hold it still). */
  clock?: () => Date;
}

export type { HostContext, HostKind } from './host-context';

/** Opens the store on first use and keeps it; a failed open is tried again by the next call. */
function storeOpener(dataDir: string): () => Promise<BlobStore> {
  let opening: Promise<BlobStore> | null = null;
  return () => {
    opening ??= BlobStore.open(blobStoreDirOf(dataDir)).catch((cause: unknown) => {
      opening = null;
      throw cause;
    });
    return opening;
  };
}

export function createHostServices(setup: HostServicesSetup): HostServices {
  const context: HostContext = {
    host: setup.host,
    dataDir: setup.dataDir,
    version: setup.version ?? APP_VERSION,
    ports: { ...nodeDefaultPorts, ...setup.ports },
    blobStore: storeOpener(setup.dataDir),
    now: setup.clock ?? (() => new Date()),
  };

  return {
    getHostInfo: async () => ({ version: context.version, host: context.host, dataDir: context.dataDir, dialogs: hasDialogs(context) }),
    ...dialogServices(context),
    ...identityServices(context),
    ...packageServices(context),
    ...reportServices(context),
    ...expertServices(context),
    ...officeStandardServices(context),
    ...officeCollectServices(context),
    ...officeDecisionServices(context),
    ...officeSessionServices(context),
    ...officeApplicationServices(context),
    ...officeReportsServices(context),
    ...officeAuditServices(context),
    ...openRequestServices(setup.openRequests ?? noOpenRequests),
    ...programmeServices(context),
    ...programmeReportServices(context),
    ...stageOutcomeServices(context),
  };
}
