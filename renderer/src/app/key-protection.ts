// How the host says the key is kept (getIdentity's `protection`) → the sentence for it; undefined for a value
// this build does not know (a newer host's), which the panels then leave out rather than show raw.
import type { MessageKey } from '../../../shared/i18n/translate';

const PROTECTIONS: Readonly<Record<string, MessageKey>> = {
  'file-permissions': 'host.keyProtection.file-permissions',
  'os-keychain': 'host.keyProtection.os-keychain',
};

export const keyProtectionText = (protection: string): MessageKey | undefined => PROTECTIONS[protection];
