// @vitest-environment happy-dom
// 评审规则与名额 in a draft: every accepted rule change is saved at once and changes the standard's fingerprint
// (recomputed over the saved standard, as the session file will be checked); a rule that does not read is
// shown and not saved. Without a standard the rules ask for one, and the quota still works and saves.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionDraft } from '../../../shared/office/session-draft';
import { standardSchema } from '../../../shared/standard/schema';
import { groupedFingerprint, fingerprintOf } from '../../../shared/util/fingerprint';
import { readDraft, saveDraft } from '../../../renderer/src/office/db/draft-store';
import type { OfficeDatabase } from '../../../renderer/src/office/db/office-database';
import { DraftEditor } from '../../../renderer/src/office/DraftEditor';
import { newOfficeDatabase, sampleDraft, sampleDraftStandard } from './office-fixture';
import { renderOffice, zh } from './office-harness';

async function openRules(draft: SessionDraft): Promise<{ db: OfficeDatabase; stored: () => Promise<SessionDraft> }> {
  const db = newOfficeDatabase();
  await saveDraft(db, draft);
  const { queue } = renderOffice(<DraftEditor initial={draft} />, { db });
  fireEvent.click(screen.getByRole('button', { name: `3. ${zh('officeWorkspace.steps.rules')}` }));
  const stored = async (): Promise<SessionDraft> => {
    await queue.flush();
    const read = await readDraft(db, draft.sessionId);
    if (!read.ok || !read.value) throw new Error('the draft reads');
    return read.value;
  };
  return { db, stored };
}

const savedState = (): string => screen.getByTestId('office-save-state').textContent ?? '';

describe('rules step', () => {
  it('saves a changed aggregation policy at once with a new fingerprint, shown on screen', async () => {
    const standard = sampleDraftStandard();
    const { stored } = await openRules(sampleDraft({ standard }));
    expect(screen.getByTestId('standard-fingerprint').textContent).toBe(groupedFingerprint(standard.fingerprint, 4));
    fireEvent.click(screen.getByRole('radio', { name: zh('officeWorkspace.rules.aggregation.median') }));
    const saved = await stored();
    expect(saved.standard?.standard.aggregation).toEqual({ policy: 'median', trimThreshold: 5 });
    expect(saved.standard?.fingerprint).not.toBe(standard.fingerprint);
    expect(saved.standard?.fingerprint).toBe(fingerprintOf(saved.standard?.standard));
    expect(screen.getByTestId('standard-fingerprint').textContent).toBe(groupedFingerprint(saved.standard?.fingerprint ?? '', 4));
    await waitFor(() => expect(savedState()).toMatch(/^已保存 \d\d:\d\d:\d\d$/));
  });

  it('saves grade bands highest first, and holds back a duplicate or a minimum above the possible total', async () => {
    const { stored } = await openRules(sampleDraft({ standard: sampleDraftStandard() }));
    const min = (line: number): HTMLElement => screen.getByLabelText(zh('officeWorkspace.rules.grades.min', { line }));
    const name = (line: number): HTMLElement => screen.getByLabelText(zh('officeWorkspace.rules.grades.name', { line }));
    fireEvent.change(min(2), { target: { value: '90' } });
    expect(screen.getByText(zh('officeWorkspace.rules.grades.duplicateMin', { line: 2, min: 90 }))).toBeTruthy();
    fireEvent.change(min(2), { target: { value: '106' } });
    expect(screen.getByText(zh('officeWorkspace.rules.grades.minAboveMax', { line: 2, min: 106, max: 105 }))).toBeTruthy();
    expect((await stored()).standard?.standard.grades.map((band) => band.min)).toEqual([90, 80, 0]);

    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.rules.grades.add') }));
    fireEvent.change(name(4), { target: { value: '良好' } });
    fireEvent.change(min(4), { target: { value: '85' } });
    fireEvent.change(min(2), { target: { value: '75' } });
    const saved = await stored();
    expect(saved.standard?.standard.grades).toEqual([
      { name: '优秀', min: 90 },
      { name: '良好', min: 85 },
      { name: '合格', min: 75 },
      { name: '不合格', min: 0 },
    ]);
    expect(saved.standard?.fingerprint).toBe(fingerprintOf(saved.standard?.standard));
  });

  it('edits the tie-break order from the standard’s indicators, and the preference rule with its number', async () => {
    const { stored } = await openRules(sampleDraft({ standard: sampleDraftStandard() }));
    const order = (): string[] => [...screen.getByTestId('tie-break-order').querySelectorAll('li > span')].map((span) => span.textContent?.split(' ')[0] ?? '');
    expect(order()).toEqual(['6.2', '6.1', '3']);
    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.rules.tieBreak.up', { label: '3 服务供给与效能' }) }));
    expect(order()).toEqual(['6.2', '3', '6.1']);
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.rules.tieBreak.pick')), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: zh('officeWorkspace.rules.tieBreak.add') }));
    expect(order()).toEqual(['6.2', '3', '6.1', '2']);
    expect((await stored()).standard?.standard.tieBreak).toEqual(['6.2', '3', '6.1', '2']);

    fireEvent.click(screen.getByRole('radio', { name: zh('officeWorkspace.rules.preference.reservedPlaces') }));
    // The 2 typed for points is a whole number, so it reads as 2 places.
    expect((await stored()).standard?.standard.preference).toEqual({ kind: 'reservedPlaces', places: 2 });
    const number = screen.getByLabelText(zh('officeWorkspace.rules.preference.places'));
    fireEvent.change(number, { target: { value: '1.5' } });
    expect(screen.getByText(zh('officeWorkspace.rules.preference.placesInvalid'))).toBeTruthy();
    expect((await stored()).standard?.standard.preference).toEqual({ kind: 'reservedPlaces', places: 2 });
    fireEvent.click(screen.getByRole('radio', { name: zh('officeWorkspace.rules.preference.bonusPoints') }));
    expect((await stored()).standard?.standard.preference).toEqual({ kind: 'bonusPoints', points: 1.5 });
    fireEvent.click(screen.getByRole('radio', { name: zh('officeWorkspace.rules.preference.none') }));
    const saved = await stored();
    expect(saved.standard?.standard.preference).toEqual({ kind: 'none' });
    expect(saved.standard?.fingerprint).toBe(fingerprintOf(saved.standard?.standard));
  });

  it('saves how a veto item is found failed', async () => {
    const { stored } = await openRules(sampleDraft({ standard: sampleDraftStandard() }));
    expect((await stored()).standard?.standard.vetoConsensus).toBe('majority');
    fireEvent.click(screen.getByRole('radio', { name: zh('officeWorkspace.rules.veto.any') }));
    const saved = await stored();
    expect(saved.standard?.standard.vetoConsensus).toBe('any');
    expect(saved.standard?.fingerprint).toBe(fingerprintOf(saved.standard?.standard));
  });

  it('says the quota decides nothing outside a qualification review', async () => {
    const draft = sampleDraft();
    await openRules({ ...draft, basics: { ...draft.basics, stage: 'acceptance' } });
    expect(screen.getByTestId('quota-not-for-stage').textContent).toBe(zh('officeWorkspace.quota.notForStage', { stage: zh('standard.stage.acceptance') }));
  });

  it('warns in the basics when the standard in use does not apply to the stage chosen', async () => {
    const standard = sampleDraftStandard();
    const only = standardSchema.parse({ ...standard.standard, stages: ['qualification'] });
    const draft = sampleDraft({ standard: { ...standard, standard: only, fingerprint: fingerprintOf(only) } });
    const db = newOfficeDatabase();
    await saveDraft(db, draft);
    renderOffice(<DraftEditor initial={draft} />, { db });
    expect(screen.queryByTestId('stage-not-in-standard')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: zh('standard.stage.midterm') }));
    expect(screen.getByTestId('stage-not-in-standard').textContent).toBe(zh('officeWorkspace.basics.stageNotInStandard', { stage: zh('standard.stage.midterm'), title: only.title }));
  });

  it('turns a deviation check off when its field is emptied', async () => {
    const { stored } = await openRules(sampleDraft({ standard: sampleDraftStandard() }));
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.rules.deviation.z')), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.rules.deviation.absolute')), { target: { value: '8.5' } });
    expect((await stored()).standard?.standard.deviation).toEqual({ absolute: 8.5, z: null });
  });

  it('without a standard asks for one first, and the quota still works and is saved', async () => {
    const { stored } = await openRules(sampleDraft());
    expect(screen.getByTestId('rules-no-standard').textContent).toBe(zh('officeWorkspace.rules.noStandard'));
    expect(screen.queryByText(zh('officeWorkspace.rules.aggregation.title'))).toBeNull();
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.quota.field.countyLevelDivisions')), { target: { value: '122' } });
    fireEvent.change(screen.getByLabelText(zh('officeWorkspace.quota.field.divisionsAsOf')), { target: { value: '2026-06-30' } });
    expect(screen.getByTestId('quota-places').textContent).toBe('本批名额：48 个');
    expect((await stored()).quota).toEqual({ countyLevelDivisions: 122, divisionsAsOf: '2026-06-30', capPercent: 40, rounding: 'floor', alreadyGiven: 0 });
  });
});
