// A prepared draft becomes the payload the office signs only when it is complete and consistent; otherwise
// every reason is listed. Built from the demo (its standard, applications, documents and panel).
import { describe, expect, it } from 'vitest';
import { drawPresentationOrder } from '../../../shared/files/presentation-lot';
import { sessionPayloadSchema } from '../../../shared/files/session-payload';
import { translate } from '../../../shared/i18n/translate';
import { payloadFromDraft } from '../../../shared/office/payload-from-draft';
import type { SessionDraft } from '../../../shared/office/session-draft';
import { fingerprintOf } from '../../../shared/util/fingerprint';
import { AT, OFFICE, readyDemoDraft } from './demo-draft';

const codes = (draft: SessionDraft): string[] => {
  const made = payloadFromDraft(draft, OFFICE, AT);
  return made.ok ? [] : made.problems.map((problem) => problem.code);
};

describe('payloadFromDraft', () => {
  it('makes a payload the session schema accepts, with the standard’s own fingerprint, the lot’s order and the meeting dates', () => {
    const draft = readyDemoDraft();
    const made = payloadFromDraft(draft, OFFICE, AT);
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const payload = sessionPayloadSchema.parse(made.payload);
    expect(payload.standardFingerprint).toBe(fingerprintOf(draft.standard?.standard));
    expect(payload.applications.map((application) => application.id)).toEqual(drawPresentationOrder(draft.applications.map((application) => application.id), '抽签-2026-12-08'));
    expect(payload.applications.map((application) => application.id)).not.toEqual(draft.applications.map((application) => application.id));
    expect(payload.meeting).toEqual({ startsOn: '2026-12-08', endsOn: '2026-12-09' });
    expect(payload.office).toEqual(OFFICE);
    // No assignment named: the whole panel scores every application.
    expect(Object.values(payload.assignments).every((experts) => experts.length === draft.roster.length)).toBe(true);
  });

  it('marks unmet prerequisites as the standard being sent finds them, whatever the draft last stored', () => {
    const base = readyDemoDraft();
    const excluded = base.applications.filter((application) => application.missingPrerequisites.length > 0).map((application) => application.id);
    expect(excluded.length).toBeGreaterThan(0);
    const forgotten = { ...base, applications: base.applications.map((application) => ({ ...application, missingPrerequisites: [] })) };
    const made = payloadFromDraft(forgotten, OFFICE, AT);
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const marked = made.payload.applications.filter((application) => (application.missingPrerequisites ?? []).length > 0).map((application) => application.id);
    expect(marked.sort()).toEqual([...excluded].sort());
  });

  it('keeps the draft’s order when the office set it', () => {
    const draft = { ...readyDemoDraft(), presentation: { order: { method: 'set' as const } } };
    const made = payloadFromDraft(draft, OFFICE, AT);
    expect(made.ok && made.payload.applications.map((application) => application.id)).toEqual(draft.applications.map((application) => application.id));
  });

  it('takes a confirmed recusal off the assignment and sends it; a dismissed one changes nothing; a pending one blocks', () => {
    const base = readyDemoDraft();
    const [first, second] = base.roster;
    const [application] = base.applications;
    if (!first || !second || !application) throw new Error('the demo has experts and applications');
    const draft: SessionDraft = {
      ...base,
      recusals: [
        ...base.recusals,
        { expertId: first.expertId, applicationId: application.id, reason: 'sameCity', decision: 'confirmed' },
        { expertId: second.expertId, applicationId: application.id, reason: 'sameCity', decision: 'dismissed' },
      ],
    };
    const made = payloadFromDraft(draft, OFFICE, AT);
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    expect(made.payload.assignments[application.id]).not.toContain(first.expertId);
    expect(made.payload.assignments[application.id]).toContain(second.expertId);
    expect(made.payload.recusalSuggestions).toEqual([{ expertId: first.expertId, applicationId: application.id, reason: 'sameCity' }]);

    const pending: SessionDraft = { ...base, recusals: [...base.recusals, { expertId: first.expertId, applicationId: application.id, reason: 'sameCity', decision: 'pending' }] };
    expect(codes(pending)).toEqual(['officeSession.draft.recusalUndecided']);
    // A same-city pair the draft never recorded counts as undecided too.
    expect(base.recusals.length).toBeGreaterThan(0);
    expect(codes({ ...base, recusals: [] })).toEqual(base.recusals.map(() => 'officeSession.draft.recusalUndecided'));
  });

  it('lists every reason a draft cannot be sent yet', () => {
    const base = readyDemoDraft();
    expect(codes({ ...base, standard: null, quota: null, applications: [], roster: [], recusals: [] })).toEqual([
      'officeSession.draft.noStandard',
      'officeSession.draft.noQuota',
      'officeSession.draft.noApplications',
      'officeSession.draft.noExperts',
    ]);
    const qualificationOnly = base.standard && { ...base.standard, standard: { ...base.standard.standard, stages: ['qualification' as const] } };
    expect(codes({ ...base, standard: qualificationOnly, basics: { ...base.basics, stage: 'reinspection' } })).toEqual(['officeSession.draft.stageNotInStandard']);
    const [application] = base.applications;
    const [expert] = base.roster;
    if (!application || !expert) throw new Error('the demo has applications and experts');
    expect(codes({ ...base, assignments: { [application.id]: ['X9'] } })).toEqual(['officeSession.draft.unknownAssignedExpert']);
    expect(codes({ ...base, assignments: { [application.id]: [] } })).toEqual(['officeSession.draft.nobodyAssigned']);
    expect(codes({ ...base, assignments: { A99: [expert.expertId] } })).toEqual(['officeSession.draft.unknownAssignedApplication']);
    expect(codes({ ...base, roster: [...base.roster, expert] })).toEqual(['officeSession.draft.duplicateExpert']);
  });

  it('does not need a quota for a stage that grades each county on its own', () => {
    const base = readyDemoDraft();
    const standard = base.standard && { ...base.standard, standard: { ...base.standard.standard, stages: ['midterm' as const] } };
    expect(codes({ ...base, standard, quota: null, basics: { ...base.basics, stage: 'midterm' } })).toEqual([]);
  });

  it('says every reason in Chinese and English', () => {
    const base = readyDemoDraft();
    const made = payloadFromDraft({ ...base, standard: null, quota: null, applications: [], roster: [] }, OFFICE, AT);
    if (made.ok) throw new Error('an empty draft is refused');
    for (const problem of made.problems) {
      expect(translate('zh-CN', problem.code, problem.params)).not.toBe(problem.code);
      expect(translate('en-US', problem.code, problem.params)).not.toBe(problem.code);
    }
  });
});
