// A problem found while reading or validating something: a message key with its parameters, never a
// finished sentence, so the same finding reads in Chinese or English (see i18n/).
import type { MessageKey, MessageParams } from './i18n/translate';

export type { MessageParams };

export type Severity = 'error' | 'warning';

export interface Problem {
  code: MessageKey;
  severity: Severity;
  /** Where: an indicator id, a row and column, a JSON path — whatever locates it for the reader. */
  where: string;
  params: MessageParams;
}

export const error = (code: MessageKey, where: string, params: MessageParams = {}): Problem => ({
  code,
  severity: 'error',
  where,
  params,
});

export const warning = (code: MessageKey, where: string, params: MessageParams = {}): Problem => ({
  code,
  severity: 'warning',
  where,
  params,
});

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');
