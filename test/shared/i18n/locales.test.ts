import { describe, expect, it } from 'vitest';
import { LOCALES, MESSAGE_KEYS, translate, type MessageKey } from '../../../shared/i18n/translate';

const PLACEHOLDER = /\{\{\s*([^}\s,]+)[^}]*\}\}/g;
const HAN = /\p{Script=Han}/u;

/** The names of a text's {{placeholders}}, sorted and without repeats. */
const placeholdersOf = (text: string): string[] => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();

/** The message as written: translated without values, i18next leaves every {{placeholder}} in place. */
const rawText = (locale: (typeof LOCALES)[number], key: MessageKey): string => translate(locale, key);

/** What a message says besides its {{placeholders}}. */
const ownText = (text: string): string => text.replace(PLACEHOLDER, '');
/** Only placeholders, spaces and punctuation (e.g. "{{where}}：{{detail}}"): a layout, no words of its own. */
const isLayoutOnly = (text: string): boolean => !/\p{L}/u.test(ownText(text));

describe('locales', () => {
  it('leaves placeholders in place when no values are given (what the checks below rely on)', () => {
    expect(rawText('zh-CN', 'standard.totalMismatch')).toBe('标准总分为 {{total}}，但各一级指标合计 {{sum}}。');
    expect(placeholdersOf(rawText('en-US', 'standard.totalMismatch'))).toEqual(['sum', 'total']);
  });

  it('tells a layout of placeholders from a sentence', () => {
    expect(isLayoutOnly('{{where}}：{{detail}}')).toBe(true);
    expect(isLayoutOnly('  · {{text}}')).toBe(true);
    expect(isLayoutOnly('Sheet {{sheet}}')).toBe(false);
    expect(isLayoutOnly('{{where}}：格式错误')).toBe(false);
  });

  it('has message keys', () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(50);
    expect(MESSAGE_KEYS).toContain('standard.groupSumMismatch');
    expect(MESSAGE_KEYS).toContain('sheet.outOfRange');
  });

  it('calls the office’s signed file 评审会文件 everywhere, never 会话 (one word for one thing, as the screens use)', () => {
    const saying = MESSAGE_KEYS.filter((key) => rawText('zh-CN', key).includes('会话'));
    expect(saying).toEqual([]);
  });

  for (const key of MESSAGE_KEYS) {
    describe(key, () => {
      it('has a non-empty zh-CN and en-US text that is not the key', () => {
        for (const locale of LOCALES) {
          const text = translate(locale, key);
          expect(text.trim(), `${locale} ${key}`).not.toBe('');
          expect(text, `${locale} ${key}`).not.toBe(key);
        }
      });

      it('uses the same {{placeholders}} in both languages', () => {
        expect(placeholdersOf(rawText('en-US', key))).toEqual(placeholdersOf(rawText('zh-CN', key)));
      });

      it('is written in Chinese in zh-CN (unless it is only a layout of placeholders)', () => {
        const text = rawText('zh-CN', key);
        if (isLayoutOnly(text)) expect(isLayoutOnly(rawText('en-US', key)), `${key} is a layout in zh-CN only`).toBe(true);
        else expect(ownText(text), key).toMatch(HAN);
      });

      it('has its own en-US text, not the Chinese one (a missing en-US key falls back to zh-CN)', () => {
        const zh = rawText('zh-CN', key);
        const en = rawText('en-US', key);
        expect(isLayoutOnly(zh) || en !== zh, `${key}: en-US reads “${en}”`).toBe(true);
      });
    });
  }

  it('does not fall back to Chinese for an English reader', () => {
    expect(translate('en-US', 'standard.totalMismatch', { total: 100, sum: 99 })).toBe(
      "The standard's total is 100, but the first-level indicators add up to 99.",
    );
    expect(translate('zh-CN', 'standard.totalMismatch', { total: 100, sum: 99 })).toBe('标准总分为 100，但各一级指标合计 99。');
  });
});
