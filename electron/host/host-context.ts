// What every host service may use: who runs it, where the data lives, and the ports. Its own module so the
// services (electron/host/services/) and the assembly that binds them (host-services.ts) do not import each other.
import type { HOST_KINDS } from '../../shared/contract/host-api-spec';
import type { BlobStore } from '../store/blob-store';
import type { HostPorts } from './ports';

export type HostKind = (typeof HOST_KINDS)[number];

/** What every service may use: who runs it, where the data lives, and the ports. */
export interface HostContext {
  host: HostKind;
  dataDir: string;
  version: string;
  ports: HostPorts;
  /**
   * The data directory's blob store, opened once per host (data-layout.ts): opening sweeps the store's tmp/,
   * which must never happen while another call is staging an import there.
   */
  blobStore(): Promise<BlobStore>;
  /**
   * The time now. The programme's "today" (Beijing's calendar date: what is due, what is overdue, the latest
   * date a decision may carry) is read from it, so a test can hold the calendar still.
   */
  now(): Date;
}
