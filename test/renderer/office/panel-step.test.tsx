// @vitest-environment happy-dom
// 评审专家与分配 on the demo draft: the same-city pair is suggested on opening and decided with the undecided
// count following; an expert is added through the inline form (messages under the fields typed in, the key
// read back in groups), edited, removed with an inline question, and a removed id is not given again;
// a subset assignment; the lot's order shown from a generated or typed seed which is recorded; the office's
// own order moved up and down; the minutes; and at each end the draft still makes a session payload.
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { drawPresentationOrder } from '../../../shared/files/presentation-lot';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import type { PanelPatch } from '../../../shared/office/panel-patch';
import { payloadFromDraft } from '../../../shared/office/payload-from-draft';
import type { SessionDraft } from '../../../shared/office/session-draft';
import { groupedFingerprint } from '../../../shared/util/fingerprint';
import { PanelStep } from '../../../renderer/src/office/panel/PanelStep';
import { fakeHost, renderScreen } from '../app/app-harness';
import { newDatabase } from '../db/expert-db-fixture';
import { AT, demoDraft, OFFICE } from '../../shared/office/demo-draft';

const zh = (key: MessageKey, params: MessageParams = {}): string => translate('zh-CN', key, params);
const HEX = '89abcdef01234567'.repeat(4);

/** The step inside a parent that merges each patch into its newest draft, as the draft editor does. */
function open(initial: SessionDraft = demoDraft()): { latest: () => SessionDraft; patches: PanelPatch[] } {
  let latest = initial;
  const patches: PanelPatch[] = [];
  function Parent() {
    const [draft, setDraft] = useState(initial);
    return (
      <PanelStep
        draft={draft}
        onChange={(patch) => {
          patches.push(patch);
          latest = { ...latest, ...patch };
          setDraft(latest);
        }}
      />
    );
  }
  renderScreen(<Parent />, { host: fakeHost(), db: newDatabase() });
  return { latest: () => latest, patches };
}

const undecided = (): string => screen.getByTestId('recusal-undecided').textContent ?? '';
const ids = (draft: { applications: ReadonlyArray<{ id: string }> }): string[] => draft.applications.map((application) => application.id);
const listed = (testId: string): string[] => [...screen.getByTestId(testId).querySelectorAll('li')].map((li) => li.getAttribute('data-application-id') ?? '');
const makesPayload = (draft: SessionDraft) => {
  const made = payloadFromDraft(draft, OFFICE, AT);
  if (!made.ok) throw new Error(JSON.stringify(made.problems.map((problem) => problem.code)));
  return made.payload;
};
const decideAll = (decision: 'confirm' | 'dismiss'): void => {
  for (const button of screen.queryAllByRole('button', { name: new RegExp(decision === 'confirm' ? '^确认 .* 回避 ' : ' 不回避 ') })) fireEvent.click(button);
};

describe('panel step', () => {
  it('suggests the same-city pair on opening; confirming and dismissing follow in the undecided count; then the draft makes a payload', () => {
    const { latest, patches } = open();
    // The demo's 王建国 (E3) is from 海宁湾市, as 潮音县 (A08) is.
    expect(patches[0]?.recusals).toEqual([{ expertId: 'E3', applicationId: 'A08', reason: 'sameCity', decision: 'pending' }]);
    expect(undecided()).toBe(zh('officePanel.recusal.undecided', { count: 1 }));
    expect(payloadFromDraft(latest(), OFFICE, AT).ok).toBe(false);
    const pair = screen.getByTestId('recusal-E3-A08');
    expect(pair.textContent).toContain('潮音县 · 王建国（E3）· 同在海宁湾市');
    fireEvent.click(within(pair).getByRole('button', { name: '确认 王建国 回避 潮音县' }));
    expect(undecided()).toBe(zh('officePanel.recusal.allDecided'));
    expect(latest().recusals[0]?.decision).toBe('confirmed');
    expect(makesPayload(latest()).assignments.A08).not.toContain('E3');
    expect(screen.getByTestId('scorers-A08').textContent).toBe(zh('officePanel.assign.scorers', { count: 6 }));
    // Among the experts of a subset, the recused one is marked.
    const item = screen.getByTestId('assignment-A08');
    fireEvent.click(within(item).getByRole('radio', { name: zh('officePanel.assign.subset') }));
    expect(within(item).getByRole('checkbox', { name: '潮音县：王建国（E3）（回避）' })).toBeTruthy();
    fireEvent.click(within(item).getByRole('radio', { name: zh('officePanel.assign.all') }));
    fireEvent.click(within(pair).getByRole('button', { name: '王建国 不回避 潮音县' }));
    expect(latest().recusals[0]?.decision).toBe('dismissed');
    expect(makesPayload(latest()).assignments.A08).toContain('E3');
  });

  it('adds an expert through the inline form, messages under the fields typed in, and never gives a removed id again', () => {
    const { latest } = open();
    fireEvent.click(screen.getByRole('button', { name: zh('officePanel.roster.add') }));
    const form = screen.getByTestId('expert-form-add');
    expect(within(form).getByText(zh('officePanel.expert.addTitle', { expertId: 'E8' }))).toBeTruthy();
    const key = within(form).getByLabelText(zh('officePanel.expert.field.keyFingerprint'));
    fireEvent.change(key, { target: { value: 'ABCD 1234' } });
    const keyError = within(form).getByText(zh('officePanel.expert.error.fingerprintNotHex'));
    expect(key.getAttribute('aria-invalid')).toBe('true');
    expect(key.getAttribute('aria-describedby')).toContain(keyError.id);
    // The name's message waits until the office tries to add.
    expect(within(form).queryByText(zh('officePanel.expert.error.nameRequired'))).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: zh('officePanel.expert.add') }));
    const name = within(form).getByLabelText(zh('officePanel.expert.field.name'));
    expect(name.getAttribute('aria-describedby')).toContain(within(form).getByText(zh('officePanel.expert.error.nameRequired')).id);
    expect(latest().roster).toHaveLength(7);

    fireEvent.change(name, { target: { value: ' 钱七 ' } });
    fireEvent.change(within(form).getByLabelText(zh('officePanel.expert.field.city')), { target: { value: '云泽市' } });
    fireEvent.change(key, { target: { value: HEX.toUpperCase().match(/.{4}/g)?.join('-') } });
    expect(within(form).getByTestId('expert-key-readback').textContent).toContain(groupedFingerprint(HEX));
    fireEvent.click(within(form).getByRole('button', { name: zh('officePanel.expert.add') }));
    expect(latest().roster.at(-1)).toEqual({ expertId: 'E8', name: '钱七', organisation: '', title: '', city: '云泽市', keyFingerprint: HEX });
    expect(screen.getByTestId('roster-row-E8').textContent).toContain(groupedFingerprint(HEX));
    expect(screen.getByTestId('panel-size-even')).toBeTruthy();
    // 云泽市 has three applying counties: three more pairs to decide.
    expect(undecided()).toBe(zh('officePanel.recusal.undecided', { count: 4 }));

    // The same key for another expert is refused on the key field.
    fireEvent.click(screen.getByRole('button', { name: zh('officePanel.roster.add') }));
    const second = screen.getByTestId('expert-form-add');
    fireEvent.change(within(second).getByLabelText(zh('officePanel.expert.field.name')), { target: { value: '孙八' } });
    fireEvent.change(within(second).getByLabelText(zh('officePanel.expert.field.keyFingerprint')), { target: { value: HEX } });
    expect(within(second).getByText(zh('officePanel.expert.error.fingerprintTaken', { name: '钱七', expertId: 'E8' }))).toBeTruthy();
    fireEvent.click(within(second).getByRole('button', { name: zh('officePanel.expert.cancel') }));

    fireEvent.click(screen.getByRole('button', { name: zh('officePanel.roster.removeLabel', { name: '钱七', expertId: 'E8' }) }));
    const confirm = screen.getByTestId('remove-confirm');
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: zh('officePanel.remove.no') }));
    fireEvent.click(within(confirm).getByRole('button', { name: zh('officePanel.remove.yes') }));
    expect(latest().roster.map((entry) => entry.expertId)).not.toContain('E8');
    expect(latest().recusals.some((recusal) => recusal.expertId === 'E8')).toBe(false);
    expect(undecided()).toBe(zh('officePanel.recusal.undecided', { count: 1 }));
    fireEvent.click(screen.getByRole('button', { name: zh('officePanel.roster.add') }));
    expect(screen.getByText(zh('officePanel.expert.addTitle', { expertId: 'E9' }))).toBeTruthy();
  });

  it('edits an expert in place: a corrected city takes the same-city pair away', () => {
    const { latest } = open();
    fireEvent.click(screen.getByRole('button', { name: zh('officePanel.roster.editLabel', { name: '王建国', expertId: 'E3' }) }));
    const form = screen.getByTestId('expert-form-edit');
    fireEvent.change(within(form).getByLabelText(zh('officePanel.expert.field.city')), { target: { value: '省直' } });
    fireEvent.click(within(form).getByRole('button', { name: zh('officePanel.expert.save') }));
    expect(latest().roster.find((entry) => entry.expertId === 'E3')?.city).toBe('省直');
    expect(latest().recusals).toEqual([]);
    expect(screen.getByText(zh('officePanel.recusal.none'))).toBeTruthy();
    expect(makesPayload(latest()).roster).toHaveLength(7);
  });

  it('gives an application to a subset of experts, and back to all', () => {
    const { latest } = open();
    const item = screen.getByTestId('assignment-A01');
    fireEvent.click(within(item).getByRole('radio', { name: zh('officePanel.assign.subset') }));
    expect(latest().assignments.A01).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7']);
    fireEvent.click(within(item).getByRole('checkbox', { name: '清河县：李秀英（E2）' }));
    fireEvent.click(within(item).getByRole('checkbox', { name: '清河县：陈丽（E4）' }));
    expect(latest().assignments.A01).toEqual(['E1', 'E3', 'E5', 'E6', 'E7']);
    expect(screen.getByTestId('scorers-A01').textContent).toBe(zh('officePanel.assign.scorers', { count: 5 }));
    decideAll('dismiss');
    expect(makesPayload(latest()).assignments.A01).toEqual(['E1', 'E3', 'E5', 'E6', 'E7']);
    fireEvent.click(within(item).getByRole('radio', { name: zh('officePanel.assign.all') }));
    expect(latest().assignments).toEqual({});
  });

  it('draws by lot: the order shown is the lot’s, and a generated or typed seed is recorded with when and where', () => {
    const { latest } = open();
    decideAll('confirm');
    const demoIds = ids(latest());
    expect(listed('lot-order')).toEqual(drawPresentationOrder(demoIds, '抽签-2026-12-08'));
    fireEvent.click(screen.getByRole('button', { name: zh('officePanel.presentation.lot.generate') }));
    const seedField = screen.getByLabelText<HTMLInputElement>(zh('officePanel.presentation.lot.seed'));
    const seed = seedField.value;
    expect(seed).toMatch(/^\d{12}$/);
    expect(latest().presentation?.order).toEqual({ method: 'lot', seed });
    expect(listed('lot-order')).toEqual(drawPresentationOrder(demoIds, seed));
    expect(ids(makesPayload(latest()))).toEqual(drawPresentationOrder(demoIds, seed));

    fireEvent.change(seedField, { target: { value: '３７' } });
    fireEvent.change(screen.getByLabelText(zh('officePanel.presentation.lot.drawnAt')), { target: { value: '12月8日上午 第一会议室' } });
    expect(latest().presentation?.order).toEqual({ method: 'lot', seed: '37', drawnAt: '12月8日上午 第一会议室' });
    expect(listed('lot-order')).toEqual(drawPresentationOrder(demoIds, '37'));
    expect(ids(makesPayload(latest()))).toEqual(drawPresentationOrder(demoIds, '37'));

    fireEvent.change(seedField, { target: { value: ' ' } });
    expect(screen.getByText(zh('officePanel.presentation.error.seedRequired'))).toBeTruthy();
    expect(screen.queryByTestId('lot-order')).toBeNull();
    expect(latest().presentation?.order).toEqual({ method: 'lot', seed: '37', drawnAt: '12月8日上午 第一会议室' });
  });

  it('says an application excluded at intake is not scored instead of counting its experts, and marks it in the drawn order', () => {
    const { latest } = open();
    decideAll('confirm');
    // The demo's A12 has no innovation plan (P1). The session file keeps it in its list and in the drawn order
    // (so the lot is over all twelve) and nobody owes a sheet for it.
    const payload = makesPayload(latest());
    const excluded = payload.applications.find((application) => application.id === 'A12');
    expect(excluded?.missingPrerequisites).toEqual(['P1']);
    expect(ids(payload)).toEqual(drawPresentationOrder(ids(latest()), '抽签-2026-12-08'));
    expect(screen.getByTestId('scorers-A12').textContent).toBe(zh('officePanel.assign.notScored', { ids: 'P1' }));
    expect(screen.getByTestId('scorers-A01').textContent).toBe(zh('officePanel.assign.scorers', { count: 7 }));
    expect(listed('lot-order')).toEqual(ids(payload));
    const marked = [...screen.getByTestId('lot-order').querySelectorAll('li')].filter((li) => li.querySelector('[data-testid="not-scored-note"]') !== null);
    expect(marked.map((li) => li.getAttribute('data-application-id'))).toEqual(['A12']);
    expect(marked[0]?.textContent).toContain(zh('officePanel.presentation.notScored', { ids: 'P1' }));
  });

  it('lets the office set the order, starting from the draw, moved up and down; the session lists it so', () => {
    const { latest } = open();
    decideAll('confirm');
    const drawn = drawPresentationOrder(ids(latest()), '抽签-2026-12-08');
    fireEvent.click(screen.getByRole('radio', { name: zh('officePanel.presentation.method.set') }));
    expect(latest().presentation).toEqual({ order: { method: 'set' }, minutes: 15 });
    expect(ids(latest())).toEqual(drawn);
    expect(listed('set-order')).toEqual(drawn);
    const [first, second, third] = latest().applications;
    if (!first || !second || !third) throw new Error('the demo has applications');
    fireEvent.click(screen.getByRole('button', { name: zh('officePanel.presentation.set.down', { county: first.countyName }) }));
    fireEvent.click(screen.getByRole('button', { name: zh('officePanel.presentation.set.up', { county: third.countyName }) }));
    const expected = [second.id, third.id, first.id, ...drawn.slice(3)];
    expect(ids(latest())).toEqual(expected);
    expect(listed('set-order')).toEqual(expected);
    expect(ids(makesPayload(latest()))).toEqual(expected);
    expect(screen.getByRole('button', { name: zh('officePanel.presentation.set.up', { county: second.countyName }) }).hasAttribute('disabled')).toBe(true);
  });

  it('saves the minutes as typed when they read, and holds a question time without a presentation time', () => {
    const { latest } = open();
    const minutes = screen.getByLabelText(zh('officePanel.presentation.minutes'));
    const questions = screen.getByLabelText(zh('officePanel.presentation.questionMinutes'));
    fireEvent.change(minutes, { target: { value: '20' } });
    fireEvent.change(questions, { target: { value: '５' } });
    expect(latest().presentation).toEqual({ order: { method: 'lot', seed: '抽签-2026-12-08' }, minutes: 20, questionMinutes: 5 });
    fireEvent.change(minutes, { target: { value: '' } });
    expect(screen.getByText(zh('officePanel.presentation.error.questionNeedsMinutes'))).toBeTruthy();
    fireEvent.change(minutes, { target: { value: '121' } });
    expect(screen.getByText(zh('officePanel.presentation.error.minutesRange'))).toBeTruthy();
    expect(latest().presentation).toEqual({ order: { method: 'lot', seed: '抽签-2026-12-08' }, minutes: 20, questionMinutes: 5 });
    fireEvent.click(screen.getByRole('radio', { name: zh('officePanel.presentation.method.none') }));
    expect(latest().presentation).toBeNull();
    decideAll('confirm');
    expect(makesPayload(latest()).presentation).toBeUndefined();
  });

  it('brings a stale draft up to date on opening: a removed application’s subset dropped', () => {
    const draft = demoDraft();
    const { latest } = open({ ...draft, assignments: { A99: ['E1'], A01: ['E1', 'E2'] } });
    expect(latest().assignments).toEqual({ A01: ['E1', 'E2'] });
    decideAll('dismiss');
    expect(makesPayload(latest()).assignments.A01).toEqual(['E1', 'E2']);
  });
});
