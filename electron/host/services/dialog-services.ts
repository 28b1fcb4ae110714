// Native dialogs through the host API. The services only title the dialog in the caller's language and pass
// the answer on; whether there is a dialog at all is the dialogs port's business (Electron plugs one in, plain
// Node refuses with host.error.unsupported, which the dispatcher turns into the caller's message).
import { standardTemplateFileName } from '../../../shared/contract/document-routes';
import type { SAVE_FILE_PURPOSES } from '../../../shared/contract/host-api-spec';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { noDialogs, type FileFilter } from '../ports';

/** What getHostInfo reports: a button for a dialog the host would refuse is worse than no button. */
export const hasDialogs = (context: HostContext): boolean => context.ports.dialogs !== noDialogs;

/** The file a save dialog proposes and the types it offers, per purpose, in the caller's language. */
const SAVE_FILES: Record<(typeof SAVE_FILE_PURPOSES)[number], (locale: Locale) => { defaultName: string; filters: FileFilter[] }> = {
  standardTemplate: (locale) => ({
    defaultName: standardTemplateFileName(locale),
    filters: [{ name: translate(locale, 'host.dialog.filter.xlsx'), extensions: ['xlsx'] }],
  }),
};

export function dialogServices(context: HostContext): Pick<HostServices, 'chooseFolder' | 'chooseSaveFile'> {
  return {
    chooseSaveFile: async ({ purpose }, call) => {
      const title = translate(call.locale, `host.dialog.saveFile.${purpose}`);
      const path = await context.ports.dialogs.saveFile({ title, ...SAVE_FILES[purpose](call.locale) });
      return { path: path === null || path === '' ? null : path };
    },
    chooseFolder: async ({ purpose, defaultPath }, call) => {
      const title = translate(call.locale, `host.dialog.chooseFolder.${purpose}`);
      const path = await context.ports.dialogs.chooseFolder({ title, ...(defaultPath === undefined ? {} : { defaultPath }) });
      // An empty answer is how some dialogs say "cancelled"; the contract says it with null.
      return { path: path === null || path === '' ? null : path };
    },
  };
}
