// What typed text means for a numeric leaf, without the DOM: accepted values, refusals with the domain's
// own problem codes, and the ArrowUp/ArrowDown steps.
import { describe, expect, it } from 'vitest';
import { normalizeTyped, readEntry, stepped } from '../../../renderer/src/scoring/entry';
import type { CompiledLeaf } from '../../../shared/standard/compile';
import { compiledTiny } from '../../shared/support/standards';

const compiled = compiledTiny();
const leaf = (id: string): CompiledLeaf => {
  const found = compiled.leafById.get(id);
  if (!found) throw new Error(`no leaf ${id}`);
  return found;
};
const codeOf = (id: string, text: string): string | null => {
  const entry = readEntry(compiled, leaf(id), text);
  return entry.ok ? null : entry.problem.code;
};

describe('readEntry', () => {
  it('accepts numbers on the step within the bounds, and an empty field as no value', () => {
    expect(readEntry(compiled, leaf('1.1'), '4.5')).toEqual({ ok: true, value: 4.5 });
    expect(readEntry(compiled, leaf('1.1'), ' 5 ')).toEqual({ ok: true, value: 5 });
    expect(readEntry(compiled, leaf('1.1'), '.5')).toEqual({ ok: true, value: 0.5 });
    expect(readEntry(compiled, leaf('1.1'), '')).toEqual({ ok: true, value: undefined });
    expect(readEntry(compiled, leaf('2.2'), '7')).toEqual({ ok: true, value: 7 });
  });

  it('refuses with the same codes validateSheet uses', () => {
    expect(codeOf('1.1', '5.5')).toBe('sheet.outOfRange');
    expect(codeOf('1.1', '-0.5')).toBe('sheet.outOfRange');
    expect(codeOf('1.1', '1.25')).toBe('sheet.offStep');
    expect(codeOf('1.1', '1.005')).toBe('sheet.outOfRange');
    expect(codeOf('B1', '3.5')).toBe('sheet.outOfRange');
    expect(codeOf('2.2', '0.5')).toBe('sheet.notWholeNumber');
    expect(codeOf('1.1', '4,5')).toBe('scoringPanel.notANumber');
    expect(codeOf('1.1', '1e1')).toBe('scoringPanel.notANumber');
    expect(codeOf('1.1', '-')).toBe('scoringPanel.notANumber');
  });

  it('understands what a Chinese input method types', () => {
    expect(normalizeTyped('\uff14\uff0e\uff15')).toBe('4.5');
    expect(normalizeTyped('4\u30025')).toBe('4.5');
  });
});

describe('stepped', () => {
  it('moves one step within 0..max, starting from 0 (up) or max (down) when empty', () => {
    expect(stepped(leaf('1.1'), undefined, 1)).toBe(0);
    expect(stepped(leaf('1.1'), undefined, -1)).toBe(5);
    expect(stepped(leaf('1.1'), 4.5, 1)).toBe(5);
    expect(stepped(leaf('1.1'), 5, 1)).toBe(5);
    expect(stepped(leaf('1.1'), 0, -1)).toBe(0);
  });

  it('snaps a value off the step to its neighbour on the step', () => {
    expect(stepped(leaf('1.1'), 1.2, 1)).toBe(1.5);
    expect(stepped(leaf('1.1'), 1.2, -1)).toBe(1);
  });

  it('counts deduction occurrences in whole numbers, never below 0', () => {
    expect(stepped(leaf('2.2'), undefined, 1)).toBe(1);
    expect(stepped(leaf('2.2'), 3, 1)).toBe(4);
    expect(stepped(leaf('2.2'), 0, -1)).toBe(0);
  });
});
