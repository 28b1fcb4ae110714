// The user's own key through the host API: read it, or make it on first start. The secret stays in the
// host process; only the public identity crosses to the UI.
import { loadIdentity, loadOrCreateIdentity } from '../../keys/key-store';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';

export function identityServices(context: HostContext): Pick<HostServices, 'getIdentity' | 'createIdentity'> {
  return {
    getIdentity: async () => (await loadIdentity(context.dataDir, context.ports.keyWrapper))?.identity ?? null,
    createIdentity: async ({ name, role }) => {
      const { identity, created } = await loadOrCreateIdentity(context.dataDir, { name, role }, context.ports.keyWrapper);
      return { identity, created };
    },
  };
}
