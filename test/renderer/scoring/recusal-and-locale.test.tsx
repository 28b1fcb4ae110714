// @vitest-environment happy-dom
// Recusal with a required reason disables scoring; a read-only sheet cannot be changed; the opinion and
// the recommendation go into the sheet; switching the language keeps every value, draft and refusal.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n/translate';
import { compiledTiny, recusedSheet, scoredSheet, validValues } from '../../shared/support/standards';
import { ScoringPanel } from '../../../renderer/src/scoring/ScoringPanel';
import { renderPanel, scoredOf } from './harness';

const compiled = compiledTiny();
const zh = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}): string => translate('zh-CN', key, params);
const en = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}): string => translate('en-US', key, params);
const HAN = /\p{Script=Han}/u;
/** Every text node and form value in the container that contains Chinese characters. */
function hanTexts(container: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  for (const field of container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) texts.push(field.value);
  return texts.filter((text) => HAN.test(text));
}
const scoringControls = (): HTMLElement[] => [...screen.getAllByRole('spinbutton'), ...screen.getAllByRole('radio')];

describe('recusal', () => {
  it('requires a reason, then turns the sheet into a recusal and disables scoring, saying why', () => {
    const panel = renderPanel(compiled, scoredSheet('E1', 'A1', { '1.1': 3 }));
    fireEvent.click(screen.getByRole('button', { name: zh('scoringPanel.recusal.start') }));
    const reason = screen.getByLabelText(zh('scoringPanel.recusal.reasonLabel'));
    expect(reason.getAttribute('aria-required')).toBe('true');
    // Entries would be lost: the form says so before the expert confirms.
    expect(screen.getByText(zh('scoringPanel.recusal.clearsScores'), { exact: false })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: zh('scoringPanel.recusal.confirm') }));
    expect(screen.getByRole('alert').textContent).toBe(zh('scoringPanel.recusal.reasonRequired'));
    expect(panel.changes).toHaveLength(0);

    fireEvent.change(reason, { target: { value: '  与申报县同属一市  ' } });
    fireEvent.click(screen.getByRole('button', { name: zh('scoringPanel.recusal.confirm') }));
    expect(panel.current()).toEqual({ expertId: 'E1', applicationId: 'A1', status: 'recused', recusalReason: '与申报县同属一市' });
    expect(screen.getByText(zh('scoringPanel.recusal.recused', { reason: '与申报县同属一市' }))).toBeTruthy();
    for (const control of scoringControls()) expect((control as HTMLInputElement | HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByLabelText<HTMLTextAreaElement>(zh('scoringPanel.opinion.strengths')).disabled).toBe(true);
  });

  it('shows a recused sheet as recused from the start, with nothing to score', () => {
    renderPanel(compiled, recusedSheet('E1', 'A1', '曾在该县工作'));
    expect(screen.getByText(zh('scoringPanel.recusal.recused', { reason: '曾在该县工作' }))).toBeTruthy();
    for (const control of scoringControls()) expect((control as HTMLInputElement | HTMLButtonElement).disabled).toBe(true);
    // No total for a sheet that is not scored.
    expect(screen.queryByText(zh('scoringPanel.total.heading'))).toBeNull();
  });

  it('can be withdrawn; within the session the entries come back', () => {
    const before = scoredSheet('E1', 'A1', { '1.1': 3 }, { comments: { '1.1': '备注' } });
    const panel = renderPanel(compiled, before);
    fireEvent.click(screen.getByRole('button', { name: zh('scoringPanel.recusal.start') }));
    fireEvent.change(screen.getByLabelText(zh('scoringPanel.recusal.reasonLabel')), { target: { value: '亲属关系' } });
    fireEvent.click(screen.getByRole('button', { name: zh('scoringPanel.recusal.confirm') }));
    fireEvent.click(screen.getByRole('button', { name: zh('scoringPanel.recusal.withdraw') }));
    expect(panel.current()).toEqual(before);
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: '1.1 图书馆文化馆达标' }).value).toBe('3');
  });

  it('withdrawing a recusal loaded from storage starts an empty sheet', () => {
    const panel = renderPanel(compiled, recusedSheet('E1', 'A1'));
    fireEvent.click(screen.getByRole('button', { name: zh('scoringPanel.recusal.withdraw') }));
    expect(scoredOf(panel.current()).values).toEqual({});
  });

  it('can be cancelled', () => {
    const panel = renderPanel(compiled);
    fireEvent.click(screen.getByRole('button', { name: zh('scoringPanel.recusal.start') }));
    fireEvent.click(screen.getByRole('button', { name: zh('scoringPanel.recusal.cancel') }));
    expect(screen.queryByLabelText(zh('scoringPanel.recusal.reasonLabel'))).toBeNull();
    expect(panel.changes).toHaveLength(0);
  });
});

describe('read-only', () => {
  it('disables every control, recusal included, and says so', () => {
    renderPanel(compiled, scoredSheet('E1', 'A1', validValues()), { readOnly: true });
    expect(screen.getByText(zh('scoringPanel.readOnly'))).toBeTruthy();
    for (const control of scoringControls()) expect((control as HTMLInputElement | HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: zh('scoringPanel.recusal.start') }).disabled).toBe(true);
  });
});

describe('opinion and recommendation', () => {
  it('go into the sheet', () => {
    const panel = renderPanel(compiled);
    fireEvent.change(screen.getByLabelText(zh('scoringPanel.opinion.strengths')), { target: { value: '总分馆制运行良好' } });
    fireEvent.change(screen.getByLabelText(zh('scoringPanel.opinion.problems')), { target: { value: '数字服务薄弱' } });
    fireEvent.change(screen.getByLabelText(zh('scoringPanel.opinion.suggestions')), { target: { value: '加强数字平台' } });
    fireEvent.click(screen.getByRole('radio', { name: zh('scoringPanel.recommendation.recommend') }));
    const sheet = scoredOf(panel.current());
    expect(sheet.opinion).toEqual({ strengths: '总分馆制运行良好', problems: '数字服务薄弱', suggestions: '加强数字平台' });
    expect(sheet.recommendation).toBe('recommend');
  });
});

describe('switching the language', () => {
  it('renders in English and keeps every value, the field being typed and its refusal', () => {
    const panel = renderPanel(compiled);
    fireEvent.change(screen.getByRole('spinbutton', { name: '1.1 图书馆文化馆达标' }), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('radio', { name: zh('scoringPanel.tierOption', { name: '优秀', points: '5' }) }));
    fireEvent.change(screen.getByRole('spinbutton', { name: '2.1 群众文化活动' }), { target: { value: '9' } });
    fireEvent.change(screen.getByLabelText(zh('scoringPanel.opinion.strengths')), { target: { value: '亮点突出' } });
    const sheet = panel.current();
    const emitted = panel.changes.length;

    panel.setLocale('en-US');
    expect(panel.changes).toHaveLength(emitted);
    expect(panel.current()).toBe(sheet);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(en('scoringPanel.heading'));
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: '1.1 图书馆文化馆达标' }).value).toBe('4');
    expect(screen.getByRole('radio', { name: en('scoringPanel.tierOption', { name: '优秀', points: '5' }) }).getAttribute('aria-checked')).toBe('true');
    // The refused "9" is still in its field, and the reason now reads in English.
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: '2.1 群众文化活动' }).value).toBe('9');
    expect(screen.getByRole('alert').textContent).toBe(
      en('scoringPanel.refused', {
        reason: translate('en-US', 'sheet.outOfRange', { id: '2.1', name: '群众文化活动', value: '9', max: '8' }),
        kept: en('scoringPanel.notScored'),
      }),
    );
    expect(screen.getByText(en('scoringPanel.hint.points', { max: '5', step: '0.5' }))).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>(en('scoringPanel.opinion.strengths')).value).toBe('亮点突出');
    expect(screen.getByRole('status').textContent).toBe(en('scoringPanel.total.value', { total: '9.00', max: '20' }));
    // Chinese is left only where it is data: the standard's names and tiers, and what the expert typed.
    const data = [...compiled.leaves.map((l) => l.name), ...compiled.groups.map((g) => g.name), '优秀', '达标', '未达标', '亮点突出'];
    for (const text of hanTexts(panel.container)) expect(data.some((d) => text.includes(d)), text).toBe(true);
    panel.setLocale('zh-CN');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(zh('scoringPanel.heading'));
  });
});

describe('another application in the same panel', () => {
  it('starts afresh: no draft or refusal carried over from the previous sheet', () => {
    const first = scoredSheet('E1', 'A1', { '1.1': 2 });
    const { rerender } = render(<ScoringPanel compiled={compiled} sheet={first} onChange={() => {}} locale="zh-CN" />);
    fireEvent.change(screen.getByRole('spinbutton', { name: '1.1 图书馆文化馆达标' }), { target: { value: '99' } });
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(<ScoringPanel compiled={compiled} sheet={scoredSheet('E1', 'A2', { '1.1': 1 })} onChange={() => {}} locale="zh-CN" />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: '1.1 图书馆文化馆达标' }).value).toBe('1');
  });
});
