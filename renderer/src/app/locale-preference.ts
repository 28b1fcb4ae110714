// The expert's language, remembered on this computer. zh-CN unless they chose otherwise; a stored value this
// build does not know (an older or newer app's) falls back to zh-CN instead of breaking the page.
import { LOCALES, type Locale } from '../../../shared/i18n/translate';
import { recallValue, rememberValue } from './remembered-value';

const KEY = 'review-desk.locale';

const isLocale = (value: string | null): value is Locale => LOCALES.some((locale) => locale === value);

/** zh-CN unless a language this build knows is remembered (storage disabled counts as none remembered). */
export function readLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  const stored = recallValue(storage, KEY);
  return isLocale(stored) ? stored : 'zh-CN';
}

export function saveLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  rememberValue(storage, KEY, locale);
}
