// Native dialogs through the host API. The services only title the dialog in the caller's language and pass
// the answer on; whether there is a dialog at all is the dialogs port's business (Electron plugs one in, plain
// Node refuses with host.error.unsupported, which the dispatcher turns into the caller's message).
import { translate } from '../../../shared/i18n/translate';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { noDialogs } from '../ports';

/** What getHostInfo reports: a button for a dialog the host would refuse is worse than no button. */
export const hasDialogs = (context: HostContext): boolean => context.ports.dialogs !== noDialogs;

export function dialogServices(context: HostContext): Pick<HostServices, 'chooseFolder'> {
  return {
    chooseFolder: async ({ purpose, defaultPath }, call) => {
      const title = translate(call.locale, `host.dialog.chooseFolder.${purpose}`);
      const path = await context.ports.dialogs.chooseFolder({ title, ...(defaultPath === undefined ? {} : { defaultPath }) });
      // An empty answer is how some dialogs say "cancelled"; the contract says it with null.
      return { path: path === null || path === '' ? null : path };
    },
  };
}
