// The expert's language, remembered on this computer. zh-CN unless they chose otherwise; a stored value this
// build does not know (an older or newer app's) falls back to zh-CN instead of breaking the page.
import { LOCALES, type Locale } from '../../../shared/i18n/translate';

const KEY = 'review-desk.locale';

const isLocale = (value: string | null): value is Locale => LOCALES.some((locale) => locale === value);

export function readLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  try {
    const stored = storage?.getItem(KEY) ?? null;
    return isLocale(stored) ? stored : 'zh-CN';
  } catch {
    // Storage can be disabled by the browser's settings: the default language still works.
    return 'zh-CN';
  }
}

export function saveLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(KEY, locale);
  } catch {
    // Not remembered: the choice still holds for this window.
  }
}
