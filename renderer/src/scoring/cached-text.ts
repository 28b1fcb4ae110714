// Translations that repeat across the panel's rows (kind names, button labels, yes/no words, hints that
// many leaves share), looked up once per locale. A translate() call costs tens of microseconds, and 120
// rows asked for several each on every first render. Only for fixed texts: never for messages carrying
// what the expert typed, which would make the cache grow without bound.
import { translate, type Locale, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';

const cache = new Map<string, string>();

export function cachedText(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const id = params ? `${locale}|${key}|${JSON.stringify(params)}` : `${locale}|${key}`;
  let text = cache.get(id);
  if (text === undefined) {
    text = translate(locale, key, params);
    cache.set(id, text);
  }
  return text;
}
