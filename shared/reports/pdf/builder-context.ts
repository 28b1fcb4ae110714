// What every part of a PDF builder needs: the model, the reader's locale with its translator, and the
// lookups by id, made once per document.
import type { Locale } from '../../i18n/translate';
import type { ReportModel } from '../report-model';
import { valueWordsCache, type ValueWords } from './leaf-rows';
import { translatorFor, type Translate } from './pdf-text';
import { lookupOf, type ReportLookup } from './report-lookup';

export interface BuilderContext {
  model: ReportModel;
  locale: Locale;
  t: Translate;
  lookup: ReportLookup;
  /** A leaf value in words, cached per document. */
  words: ValueWords;
}

export function builderContext(model: ReportModel, locale: Locale): BuilderContext {
  return { model, locale, t: translatorFor(locale), lookup: lookupOf(model), words: valueWordsCache(locale) };
}
