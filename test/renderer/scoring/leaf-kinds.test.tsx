// @vitest-environment happy-dom
// Each leaf kind in the panel: what it accepts into the sheet, what it refuses and why, and how the choice
// kinds answer the keyboard. The tiny standard of test/shared/support has one leaf of every kind.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate } from '../../../shared/i18n/translate';
import { error } from '../../../shared/problems';
import { compiledTiny } from '../../shared/support/standards';
import { renderPanel, scoredOf } from './harness';

const compiled = compiledTiny();
const zh = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);
const spin = (id: string, name: string): HTMLInputElement => screen.getByRole('spinbutton', { name: `${id} ${name}` });
const group = (id: string, name: string): HTMLElement => screen.getByRole('radiogroup', { name: `${id} ${name}` });
const radios = (id: string, name: string): HTMLElement[] => within(group(id, name)).getAllByRole('radio');
const checked = (id: string, name: string): string[] => radios(id, name).filter((r) => r.getAttribute('aria-checked') === 'true').map((r) => r.textContent ?? '');
const type = (input: HTMLElement, text: string): void => {
  fireEvent.change(input, { target: { value: text } });
};
const refusalText = (code: Parameters<typeof error>[0], params: Record<string, string>, kept: string): string =>
  zh('scoringPanel.refused', { reason: describeProblem('zh-CN', error(code, '', params)), kept });

describe('points leaf', () => {
  it('accepts values on the step within 0..max, including both bounds', () => {
    const panel = renderPanel(compiled);
    const input = spin('1.1', '图书馆文化馆达标');
    for (const text of ['0', '5', '4.5']) {
      type(input, text);
      expect(scoredOf(panel.current()).values['1.1']).toBe(Number(text));
    }
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps an unfinished decimal in the field while typing ("4." on the way to "4.5")', () => {
    const panel = renderPanel(compiled);
    const input = spin('1.1', '图书馆文化馆达标');
    type(input, '4.');
    expect(input.value).toBe('4.');
    expect(scoredOf(panel.current()).values['1.1']).toBe(4);
  });

  it('refuses a value above the maximum where it is typed, says why, and keeps the last valid value', () => {
    const panel = renderPanel(compiled);
    const input = spin('1.1', '图书馆文化馆达标');
    type(input, '4');
    const before = panel.changes.length;
    type(input, '12');
    expect(panel.changes).toHaveLength(before);
    expect(scoredOf(panel.current()).values['1.1']).toBe(4);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      refusalText('sheet.outOfRange', { id: '1.1', name: '图书馆文化馆达标', value: '12', max: '5', step: '0.5' }, '4'),
    );
    // The reason is part of the field's description, for a screen reader.
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    // Leaving the field shows what the sheet holds; the reason stays until the next edit.
    fireEvent.blur(input);
    expect(input.value).toBe('4');
    expect(screen.getByRole('alert')).toBeTruthy();
    type(input, '3');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(scoredOf(panel.current()).values['1.1']).toBe(3);
  });

  it('refuses a value off the step, a negative one and text that is not a number', () => {
    const panel = renderPanel(compiled);
    const input = spin('1.1', '图书馆文化馆达标');
    type(input, '4.3');
    expect(screen.getByRole('alert').textContent).toBe(
      refusalText('sheet.offStep', { id: '1.1', name: '图书馆文化馆达标', value: '4.3', max: '5', step: '0.5' }, zh('scoringPanel.notScored')),
    );
    type(input, '-1');
    expect(screen.getByRole('alert').textContent).toContain(describeProblem('zh-CN', error('sheet.outOfRange', '', { id: '1.1', name: '图书馆文化馆达标', value: '-1', max: '5' })));
    type(input, 'abc');
    expect(screen.getByRole('alert').textContent).toContain(zh('scoringPanel.notANumber', { id: '1.1', name: '图书馆文化馆达标', value: 'abc' }));
    expect(panel.changes).toHaveLength(0);
  });

  it('reads full-width digits and the ideographic full stop typed with a Chinese input method', () => {
    const panel = renderPanel(compiled);
    type(spin('1.1', '图书馆文化馆达标'), '\uff14\u3002\uff15');
    expect(scoredOf(panel.current()).values['1.1']).toBe(4.5);
  });

  it('clears the value when the field is emptied', () => {
    const panel = renderPanel(compiled);
    const input = spin('1.1', '图书馆文化馆达标');
    type(input, '2');
    type(input, '');
    expect('1.1' in scoredOf(panel.current()).values).toBe(false);
  });

  it('steps with ArrowUp and ArrowDown, within the bounds', () => {
    const panel = renderPanel(compiled);
    const input = spin('1.1', '图书馆文化馆达标');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(scoredOf(panel.current()).values['1.1']).toBe(0);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(scoredOf(panel.current()).values['1.1']).toBe(0.5);
    type(input, '5');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(scoredOf(panel.current()).values['1.1']).toBe(5);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(scoredOf(panel.current()).values['1.1']).toBe(4.5);
  });

  it('states its bounds and step next to the field', () => {
    renderPanel(compiled);
    const input = spin('1.1', '图书馆文化馆达标');
    const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(zh('scoringPanel.hint.points', { max: '5', step: '0.5' }));
    expect(input.getAttribute('aria-valuemax')).toBe('5');
  });
});

describe('tiers leaf', () => {
  const tierLabels = [zh('scoringPanel.tierOption', { name: '优秀', points: '5' }), zh('scoringPanel.tierOption', { name: '达标', points: '3' }), zh('scoringPanel.tierOption', { name: '未达标', points: '0' })];

  it('offers the tiers in the standard\'s order, with their points', () => {
    renderPanel(compiled);
    expect(radios('1.2', '群众满意度').map((r) => r.textContent)).toEqual(tierLabels);
  });

  it('picks tiers with the arrow keys as a radio group does, wrapping around', () => {
    const panel = renderPanel(compiled);
    const [first] = radios('1.2', '群众满意度');
    first?.focus();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowDown' });
    expect(scoredOf(panel.current()).values['1.2']).toBe('优秀');
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowRight' });
    expect(scoredOf(panel.current()).values['1.2']).toBe('达标');
    expect(checked('1.2', '群众满意度')).toEqual([tierLabels[1]]);
    // Focus follows the choice, and the chosen tier is the group's one Tab stop.
    expect(document.activeElement?.textContent).toBe(tierLabels[1]);
    expect(radios('1.2', '群众满意度').map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowUp' });
    expect(scoredOf(panel.current()).values['1.2']).toBe('未达标');
  });

  it('picks a tier by its number, and Delete clears the choice', () => {
    const panel = renderPanel(compiled);
    const [first] = radios('1.2', '群众满意度');
    fireEvent.keyDown(first ?? document.body, { key: '2' });
    expect(scoredOf(panel.current()).values['1.2']).toBe('达标');
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Delete' });
    expect('1.2' in scoredOf(panel.current()).values).toBe(false);
    expect(checked('1.2', '群众满意度')).toEqual([]);
  });

  it('picks a tier by click as well', () => {
    const panel = renderPanel(compiled);
    fireEvent.click(within(group('1.2', '群众满意度')).getByRole('radio', { name: tierLabels[2] }));
    expect(scoredOf(panel.current()).values['1.2']).toBe('未达标');
  });
});

describe('pass/fail leaf', () => {
  it('toggles between pass and fail with the arrow keys', () => {
    const panel = renderPanel(compiled);
    const [pass] = radios('1.3', '实施标准公布');
    expect(radios('1.3', '实施标准公布').map((r) => r.textContent)).toEqual([zh('report.value.pass'), zh('report.value.fail')]);
    fireEvent.keyDown(pass ?? document.body, { key: 'ArrowRight' });
    expect(scoredOf(panel.current()).values['1.3']).toBe(true);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowRight' });
    expect(scoredOf(panel.current()).values['1.3']).toBe(false);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowLeft' });
    expect(scoredOf(panel.current()).values['1.3']).toBe(true);
  });
});

describe('veto leaf', () => {
  it('requires a reason once vetoed, and stores it as the leaf\'s comment', () => {
    const panel = renderPanel(compiled);
    expect(screen.queryByLabelText(zh('scoringPanel.vetoReason.label', { id: 'V1' }))).toBeNull();
    fireEvent.click(within(group('V1', '申报材料弄虚作假')).getByRole('radio', { name: zh('report.value.vetoFailed') }));
    expect(scoredOf(panel.current()).values.V1).toBe(false);

    const reason = screen.getByLabelText<HTMLInputElement>(zh('scoringPanel.vetoReason.label', { id: 'V1' }));
    expect(reason.required).toBe(true);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    const missing = describeProblem('zh-CN', error('sheet.vetoReasonMissing', '', { id: 'V1', name: '申报材料弄虚作假' }));
    expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).toBe(missing);

    fireEvent.change(reason, { target: { value: '服务人次与年报不符' } });
    expect(scoredOf(panel.current()).comments.V1).toBe('服务人次与年报不符');
    expect(reason.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(missing)).toBeNull();
  });

  it('calls the failed veto out in words in the running total', () => {
    renderPanel(compiled);
    fireEvent.click(within(group('V1', '申报材料弄虚作假')).getByRole('radio', { name: zh('report.value.vetoFailed') }));
    expect(screen.getByText(zh('scoringPanel.total.vetoFailed', { id: 'V1', name: '申报材料弄虚作假' }))).toBeTruthy();
  });
});

describe('prerequisite leaf', () => {
  it('records met / not met and says an unmet prerequisite stops scoring', () => {
    const panel = renderPanel(compiled);
    const options = radios('P1', '创新规划设计方案');
    expect(options.map((r) => r.textContent)).toEqual([zh('report.value.met'), zh('report.value.unmet')]);
    fireEvent.click(options[1] ?? document.body);
    expect(scoredOf(panel.current()).values.P1).toBe(false);
    expect(screen.getByText(zh('scoringPanel.total.prerequisiteUnmet', { id: 'P1', name: '创新规划设计方案' }))).toBeTruthy();
    fireEvent.click(radios('P1', '创新规划设计方案')[0] ?? document.body);
    expect(scoredOf(panel.current()).values.P1).toBe(true);
    expect(screen.queryByText(zh('scoringPanel.total.prerequisiteUnmet', { id: 'P1', name: '创新规划设计方案' }))).toBeNull();
  });
});

describe('bonus leaf', () => {
  it('accepts up to its own maximum, counts only up to the standard\'s bonus cap, and explains the cut', () => {
    const panel = renderPanel(compiled);
    const input = spin('B1', '国家级称号');
    type(input, '3.5');
    expect(screen.getByRole('alert').textContent).toContain(zh('scoringPanel.notScored'));
    type(input, '3');
    expect(scoredOf(panel.current()).values.B1).toBe(3);
    // The row says what it counts; the total says why.
    expect(screen.getByText(zh('scoringPanel.bonusCut', { counted: '2' }))).toBeTruthy();
    expect(screen.getByText(zh('scoringPanel.total.bonusCapped', { raw: '3.00', cap: '2', cut: '1.00' }))).toBeTruthy();
    expect(screen.getByText(zh('scoringPanel.total.bonus', { bonus: '2.00' }))).toBeTruthy();
    type(input, '1.5');
    expect(screen.queryByText(zh('scoringPanel.total.bonusCapped', { raw: '3.00', cap: '2', cut: '1.00' }))).toBeNull();
  });
});

describe('deduction leaf', () => {
  it('takes whole occurrences only', () => {
    const panel = renderPanel(compiled);
    type(spin('2.2', '佐证材料缺失'), '1.5');
    expect(screen.getByRole('alert').textContent).toContain(
      describeProblem('zh-CN', error('sheet.notWholeNumber', '', { id: '2.2', name: '佐证材料缺失', value: '1.5' })),
    );
    expect(panel.changes).toHaveLength(0);
  });

  it('deducts per occurrence up to the item\'s maximum and explains the cap', () => {
    const panel = renderPanel(compiled);
    const input = spin('2.2', '佐证材料缺失');
    type(input, '2');
    expect(screen.getByText(zh('scoringPanel.deductionApplied', { deducted: '1' }))).toBeTruthy();
    type(input, '5');
    // Occurrences are facts and are kept as typed; the item's maximum applies in the total.
    expect(scoredOf(panel.current()).values['2.2']).toBe(5);
    expect(screen.getByText(zh('scoringPanel.deductionCapped', { deducted: '1.5' }))).toBeTruthy();
    expect(screen.getByText(zh('scoringPanel.total.deductionCapped', { id: '2.2', name: '佐证材料缺失', count: 5, deducted: '1.50' }))).toBeTruthy();
    expect(screen.getByText(zh('scoringPanel.total.deductions', { deduction: '1.50' }))).toBeTruthy();
  });
});
