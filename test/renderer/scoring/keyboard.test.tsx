// @vitest-environment happy-dom
// Scoring without a mouse: Tab and Enter go to the next indicator's field, Shift with either to the previous
// one; Enter past the last indicator goes on to the opinion; a failed veto sends Enter to its reason first;
// Alt+C opens a comment, Alt+G the guidance and evidence.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import sampleJson from '../../../shared/data/sample-standard.json';
import { translate } from '../../../shared/i18n/translate';
import { compileStandard } from '../../../shared/standard/compile';
import { standardSchema } from '../../../shared/standard/schema';
import { compiledTiny } from '../../shared/support/standards';
import { renderPanel, scoredOf } from './harness';

const compiled = compiledTiny();
const zh = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);
const active = (): Element => document.activeElement ?? document.body;
/** The indicator whose field has the focus. */
const focusedIndicator = (): string | null => active().closest('[data-indicator]')?.getAttribute('data-indicator') ?? null;
const press = (key: string, init: Partial<KeyboardEventInit> = {}): boolean => fireEvent.keyDown(active(), { key, ...init });

describe('moving between indicators', () => {
  // The tiny standard in the qualification stage, in order: P1 V1 1.1 1.2 1.3 2.1 2.2 B1.
  it('goes forward with Enter and Tab through every kind of field, and back with Shift', () => {
    renderPanel(compiled);
    screen.getByRole('spinbutton', { name: '1.1 图书馆文化馆达标' }).focus();
    expect(press('Enter')).toBe(false); // handled: the browser's default is prevented
    expect(focusedIndicator()).toBe('1.2');
    expect(active().getAttribute('role')).toBe('radio');
    press('Tab');
    expect(focusedIndicator()).toBe('1.3');
    press('Enter');
    expect(focusedIndicator()).toBe('2.1');
    expect(active().getAttribute('role')).toBe('spinbutton');
    press('Tab', { shiftKey: true });
    expect(focusedIndicator()).toBe('1.3');
    press('Enter', { shiftKey: true });
    expect(focusedIndicator()).toBe('1.2');
  });

  it('types a whole column of scores with digits and Enter alone', () => {
    const panel = renderPanel(compiled);
    screen.getByRole('radiogroup', { name: 'P1 创新规划设计方案' }).querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    press('1'); // met
    press('Enter');
    press('1'); // not vetoed
    press('Enter');
    fireEvent.change(active(), { target: { value: '4.5' } });
    press('Enter');
    press('2'); // the second tier
    press('Enter');
    press('ArrowRight'); // pass
    press('Enter');
    fireEvent.change(active(), { target: { value: '7' } });
    press('Enter');
    expect(focusedIndicator()).toBe('2.2');
    expect(scoredOf(panel.current()).values).toEqual({ P1: true, V1: true, '1.1': 4.5, '1.2': '达标', '1.3': true, '2.1': 7 });
  });

  it('leaves Tab to the browser before the first and after the last indicator, and Enter goes on to the opinion', () => {
    renderPanel(compiled);
    screen.getByRole('radiogroup', { name: 'P1 创新规划设计方案' }).querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    expect(press('Tab', { shiftKey: true })).toBe(true); // not prevented
    screen.getByRole('spinbutton', { name: 'B1 国家级称号' }).focus();
    expect(press('Tab')).toBe(true);
    expect(press('Enter')).toBe(false);
    expect(active()).toBe(screen.getByLabelText(zh('scoringPanel.opinion.strengths')));
  });

  it('keeps the guidance and comment buttons out of the Tab order', () => {
    renderPanel(compiled);
    for (const name of [zh('scoringPanel.guidance.toggle'), zh('scoringPanel.comment.toggle')]) {
      for (const button of screen.getAllByRole('button', { name })) expect(button.tabIndex).toBe(-1);
    }
  });

  it('sends Enter from a failed veto to its reason, then on to the next indicator', () => {
    renderPanel(compiled);
    const veto = screen.getByRole('radiogroup', { name: 'V1 申报材料弄虚作假' });
    within(veto).getAllByRole('radio')[0]?.focus();
    press('2'); // vetoed
    press('Enter');
    expect(active()).toBe(screen.getByLabelText(zh('scoringPanel.vetoReason.label', { id: 'V1' })));
    fireEvent.change(active(), { target: { value: '数据造假' } });
    press('Enter');
    expect(focusedIndicator()).toBe('1.1');
    expect(active().getAttribute('role')).toBe('spinbutton');
  });

  it('does not move while an input method is composing (Enter confirms the characters)', () => {
    renderPanel(compiled);
    screen.getByRole('spinbutton', { name: '1.1 图书馆文化馆达标' }).focus();
    press('Enter', { isComposing: true });
    expect(focusedIndicator()).toBe('1.1');
  });
});

describe('comments and guidance from the keyboard', () => {
  it('Alt+C opens the indicator\'s comment and focuses it; Enter there goes to the next indicator', () => {
    const panel = renderPanel(compiled);
    screen.getByRole('spinbutton', { name: '1.1 图书馆文化馆达标' }).focus();
    press('c', { altKey: true, code: 'KeyC' });
    const comment = screen.getByLabelText(zh('scoringPanel.comment.label', { id: '1.1' }));
    expect(active()).toBe(comment);
    fireEvent.change(comment, { target: { value: '馆舍面积不足' } });
    expect(scoredOf(panel.current()).comments['1.1']).toBe('馆舍面积不足');
    press('Enter');
    expect(focusedIndicator()).toBe('1.2');
  });

  it('Escape in a comment goes back to the indicator\'s own field', () => {
    renderPanel(compiled);
    const input = screen.getByRole('spinbutton', { name: '1.1 图书馆文化馆达标' });
    input.focus();
    press('c', { altKey: true, code: 'KeyC' });
    press('Escape');
    expect(active()).toBe(input);
  });

  it('Alt+G shows the guidance and the evidence list, and hides them again', () => {
    const sample = compileStandard(standardSchema.parse(sampleJson), 'qualification');
    renderPanel(sample);
    const input = screen.getByRole('spinbutton', { name: '1.1 纳入发展规划与政府主导' });
    input.focus();
    const toggle = within(input.closest('[data-indicator]') as HTMLElement).getByRole('button', { name: zh('scoringPanel.guidance.toggle') });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    press('g', { altKey: true, code: 'KeyG' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const region = screen.getByRole('region', { name: zh('scoringPanel.guidance.heading') });
    expect(region.textContent).toContain('公共文化服务写入县国民经济和社会发展规划');
    expect(within(region).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['规划文本相关章节', '政府工作报告', '领导小组成立文件及会议纪要']);
    expect(active()).toBe(input);
    press('g', { altKey: true, code: 'KeyG' });
    expect(screen.queryByRole('region', { name: zh('scoringPanel.guidance.heading') })).toBeNull();
  });
});
