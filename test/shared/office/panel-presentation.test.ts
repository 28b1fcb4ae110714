// The presentation order: seeds from the random source (digits, every digit possible), typed seeds as
// recorded, the order shown equal to what the lot draws, the office's own order moved by one, the minutes.
import { describe, expect, it } from 'vitest';
import { drawPresentationOrder } from '../../../shared/files/presentation-lot';
import { generateSeed, moveApplication, normaliseDrawnAt, normaliseSeed, presentationOrder, readMinutes, withMinutes } from '../../../shared/office/panel-presentation';
import { demoDraft } from './demo-draft';

/** A random source that hands out the given bytes in turn. */
const bytesFrom = (values: number[]) => {
  let at = 0;
  return (bytes: Uint8Array<ArrayBuffer>): Uint8Array => bytes.map(() => values[at++ % values.length] ?? 0);
};

describe('seeds', () => {
  it('makes twelve digits from the random bytes, drawing again above 249', () => {
    expect(generateSeed(bytesFrom([250, 255, 3, 19]))).toBe('393939393939');
    expect(generateSeed(bytesFrom([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]))).toBe('012345678901');
  });

  it('uses the platform’s source when given it, and two draws differ', () => {
    const random = (bytes: Uint8Array<ArrayBuffer>): Uint8Array => crypto.getRandomValues(bytes);
    expect(generateSeed(random)).toMatch(/^\d{12}$/);
    expect(generateSeed(random)).not.toBe(generateSeed(random));
  });

  it('records a typed seed trimmed, full-width digits as ASCII; nothing or too long is no seed', () => {
    expect(normaliseSeed(' ３７ ')).toBe('37');
    expect(normaliseSeed('  ')).toBeNull();
    expect(normaliseSeed('1'.repeat(201))).toBeNull();
    expect(normaliseDrawnAt('  ')).toBeUndefined();
    expect(normaliseDrawnAt(' 12月8日 第一会议室 ')).toBe('12月8日 第一会议室');
  });
});

describe('order', () => {
  it('shows the lot’s order for a seed, and the draft’s own order otherwise', () => {
    const { applications } = demoDraft();
    const ids = applications.map((a) => a.id);
    const lot = presentationOrder(applications, { order: { method: 'lot', seed: '37' } }).map((a) => a.id);
    expect(lot).toEqual(drawPresentationOrder(ids, '37'));
    expect(lot).not.toEqual(ids);
    expect(presentationOrder(applications, { order: { method: 'set' } }).map((a) => a.id)).toEqual(ids);
    expect(presentationOrder(applications, null).map((a) => a.id)).toEqual(ids);
  });

  it('moves one place up or down and ignores a move off either end', () => {
    expect(moveApplication(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveApplication(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveApplication(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveApplication(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('minutes', () => {
  it('reads empty as no time, whole minutes 1–120 (full-width too), and refuses the rest', () => {
    expect(readMinutes('')).toEqual({ ok: true, minutes: undefined });
    expect(readMinutes('１５')).toEqual({ ok: true, minutes: 15 });
    expect(readMinutes('12.5')).toEqual({ ok: false, key: 'officePanel.presentation.error.minutesNotWhole' });
    expect(readMinutes('0')).toEqual({ ok: false, key: 'officePanel.presentation.error.minutesRange' });
    expect(readMinutes('121')).toEqual({ ok: false, key: 'officePanel.presentation.error.minutesRange' });
  });

  it('drops the question time when the presentation is untimed, as the schema requires', () => {
    const lot = { order: { method: 'lot' as const, seed: '37' } };
    expect(withMinutes(lot, 15, 5)).toEqual({ ...lot, minutes: 15, questionMinutes: 5 });
    expect(withMinutes({ ...lot, minutes: 15, questionMinutes: 5 }, undefined, 5)).toEqual(lot);
  });
});
