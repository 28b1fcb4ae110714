// A new draft's session id: year, batch and stage readable at a glance, six random characters that are
// uniform over a–z0–9 (bytes that would bias them are drawn again), and always an id the draft schema accepts.
import { describe, expect, it } from 'vitest';
import { sessionDraftSchema } from '../../../shared/office/session-draft';
import { makeSessionId, newDraft, randomSuffix } from '../../../renderer/src/office/new-draft';

const basics = { stage: 'acceptance', batch: 1, name: '第1批示范县验收', startsOn: '2027-05-10', endsOn: '2027-05-12' } as const;

describe('new draft', () => {
  it('names the session by year, batch and stage, leaving out a batch that was not given', () => {
    expect(makeSessionId(basics, 'x7k2pq')).toBe('2027-1-acceptance-x7k2pq');
    const { batch: _batch, ...withoutBatch } = basics;
    expect(makeSessionId(withoutBatch, 'x7k2pq')).toBe('2027-acceptance-x7k2pq');
  });

  it('draws six characters from a–z0–9, drawing again for bytes above 251', () => {
    const bytes = [255, 252, 0, 35, 36, 251, 71, 1];
    let call = 0;
    const random = (target: Uint8Array<ArrayBuffer>): Uint8Array => {
      target.fill(0);
      // First call: the bytes above (two rejected); later calls would give 'a's.
      if (call++ === 0) target.set(bytes.slice(0, target.length));
      return target;
    };
    // 255 and 252 are drawn again; 0 → a, 35 → 9, 36 → a, 251 → 9 (251 = 6·36 + 35), 71 → 9, 1 → b.
    expect(randomSuffix(random)).toBe('a9a99b');
    for (let i = 0; i < 50; i++) expect(randomSuffix()).toMatch(/^[a-z0-9]{6}$/);
  });

  it('makes a draft the schema accepts, with nothing but the basics filled in', () => {
    const draft = newDraft(basics, new Date('2027-04-01T08:00:00.000Z'));
    expect(sessionDraftSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({ standard: null, quota: null, applications: [], roster: [], assignments: {}, recusals: [], presentation: null, createdAt: '2027-04-01T08:00:00.000Z' });
    expect(draft.sessionId).toMatch(/^2027-1-acceptance-[a-z0-9]{6}$/);
  });
});
