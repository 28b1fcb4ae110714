// @vitest-environment happy-dom
// The running total is the domain's computeSheetTotal for the same sheet, with its reasons in words: the
// bonus cap, capped deductions, the floor at 0, failed vetoes and unmet prerequisites, what is unscored.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import { scoreText } from '../../../shared/reports/report-text';
import type { LeafValue, ScoredSheet } from '../../../shared/scoring/score-sheet';
import { computeSheetTotal } from '../../../shared/scoring/sheet-total';
import { RunningTotal } from '../../../renderer/src/scoring/RunningTotal';
import { compiledTiny, scoredSheet, validValues } from '../../shared/support/standards';
// The harness also registers the cleanup between tests.
import { renderPanel, scoredOf } from './harness';

const compiled = compiledTiny();
const zh = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);
const sheetOf = (values: Record<string, LeafValue>, comments: Record<string, string> = {}): ScoredSheet =>
  scoredSheet('E1', 'A1', values, { comments });
const expectedTotal = (sheet: ScoredSheet): string =>
  zh('scoringPanel.total.value', { total: scoreText(computeSheetTotal(compiled, sheet).totalH / 100), max: '20' });
const shownTotal = (): string => screen.getByRole('status').textContent ?? '';

describe('RunningTotal', () => {
  const cases: Array<[string, Record<string, LeafValue>]> = [
    ['a complete sheet', validValues()],
    ['an empty sheet', {}],
    ['a bonus over the cap', validValues({ B1: 3 })],
    ['a deduction over its maximum', validValues({ '2.2': 9 })],
    ['deductions below zero', { '1.1': 0, '1.2': '未达标', '1.3': false, '2.1': 1, '2.2': 3 }],
    ['a failed veto', validValues({ V1: false })],
    ['an unmet prerequisite', validValues({ P1: false })],
  ];
  for (const [what, values] of cases) {
    it(`shows computeSheetTotal's total for ${what}`, () => {
      const sheet = sheetOf(values);
      render(<RunningTotal compiled={compiled} sheet={sheet} locale="zh-CN" />);
      expect(shownTotal()).toBe(expectedTotal(sheet));
    });
  }

  it('breaks the total into base, bonus and deductions', () => {
    const sheet = sheetOf(validValues({ B1: 1.5, '2.2': 1 }));
    const total = computeSheetTotal(compiled, sheet);
    render(<RunningTotal compiled={compiled} sheet={sheet} locale="zh-CN" />);
    expect(screen.getByText(zh('scoringPanel.total.base', { base: scoreText(total.baseH / 100) }))).toBeTruthy();
    expect(screen.getByText(zh('scoringPanel.total.bonus', { bonus: '1.50' }))).toBeTruthy();
    expect(screen.getByText(zh('scoringPanel.total.deductions', { deduction: '0.50' }))).toBeTruthy();
    expect(shownTotal()).toBe(zh('scoringPanel.total.value', { total: '16.50', max: '20' }));
  });

  it('says when the total was raised to 0', () => {
    render(<RunningTotal compiled={compiled} sheet={sheetOf({ '2.2': 3 })} locale="zh-CN" />);
    expect(shownTotal()).toBe(zh('scoringPanel.total.value', { total: '0.00', max: '20' }));
    expect(screen.getByText(zh('scoringPanel.total.floored'))).toBeTruthy();
  });

  it('counts what is still unscored, and says when all is scored', () => {
    const { rerender } = render(<RunningTotal compiled={compiled} sheet={sheetOf({ '1.1': 2 })} locale="zh-CN" />);
    // P1 V1 1.2 1.3 2.1 are required; bonus and deduction items are not.
    expect(screen.getByText(zh('scoringPanel.total.unscored', { count: 5 }))).toBeTruthy();
    rerender(<RunningTotal compiled={compiled} sheet={sheetOf(validValues())} locale="zh-CN" />);
    expect(screen.getByText(zh('scoringPanel.total.complete'))).toBeTruthy();
  });

  it('reads in English for an English reader', () => {
    render(<RunningTotal compiled={compiled} sheet={sheetOf(validValues({ V1: false, B1: 3 }))} locale="en-US" />);
    expect(screen.getByRole('heading').textContent).toBe('Total');
    expect(screen.getByText(translate('en-US', 'scoringPanel.total.vetoFailed', { id: 'V1', name: '申报材料弄虚作假' }))).toBeTruthy();
    expect(screen.getByText(translate('en-US', 'scoringPanel.total.bonusCapped', { raw: '3.00', cap: '2', cut: '1.00' }))).toBeTruthy();
  });
});

describe('the panel\'s total', () => {
  it('follows every edit and always equals computeSheetTotal of the sheet the panel emitted', () => {
    const panel = renderPanel(compiled);
    const edits: Array<() => void> = [
      () => fireEvent.change(screen.getByRole('spinbutton', { name: '1.1 图书馆文化馆达标' }), { target: { value: '4.5' } }),
      () => fireEvent.click(screen.getByRole('radio', { name: zh('scoringPanel.tierOption', { name: '优秀', points: '5' }) })),
      () => fireEvent.click(screen.getAllByRole('radio', { name: zh('report.value.pass') })[0] ?? document.body),
      () => fireEvent.change(screen.getByRole('spinbutton', { name: '2.1 群众文化活动' }), { target: { value: '8' } }),
      () => fireEvent.change(screen.getByRole('spinbutton', { name: 'B1 国家级称号' }), { target: { value: '2.5' } }),
      () => fireEvent.change(screen.getByRole('spinbutton', { name: '2.2 佐证材料缺失' }), { target: { value: '4' } }),
    ];
    for (const edit of edits) {
      edit();
      expect(shownTotal()).toBe(expectedTotal(scoredOf(panel.current())));
    }
    // 4.5 + 5 + 2 + 8 + min(2.5, cap 2) − min(4 × 0.5, 1.5) = 20
    expect(shownTotal()).toBe(zh('scoringPanel.total.value', { total: '20.00', max: '20' }));
  });
});
