// The draft's pendingList (the suggestion list being made, unsigned) is optional: a draft without it, as every
// draft stored before it was added, still parses; one with it parses with the reasons trimmed; a reason too
// short to say anything, or a field the schema does not know, is refused like the signed list's own schema.
import { describe, expect, it } from 'vitest';
import { sessionDraftSchema } from '../../../shared/office/session-draft';
import { demoDraft } from './demo-draft';

const PENDING = {
  basedOn: 'f'.repeat(64),
  adjustments: [
    { kind: 'exclude', applicationId: 'A01', reason: '  材料存在造假嫌疑  ' },
    { kind: 'move', applicationId: 'A02', toPosition: 1, reason: '领导小组研究决定' },
  ],
  dissent: [{ by: '王强', text: '不同意移出清河县。' }],
  note: '经办公室会议研究。',
};

describe('sessionDraftSchema pendingList', () => {
  it('parses a draft without pendingList (drafts stored before it)', () => {
    const draft = demoDraft();
    expect('pendingList' in draft).toBe(false);
    expect(sessionDraftSchema.parse(draft)).toEqual(draft);
  });

  it('parses a draft with pendingList, reasons trimmed', () => {
    const parsed = sessionDraftSchema.parse({ ...demoDraft(), pendingList: PENDING });
    expect(parsed.pendingList?.adjustments[0]).toEqual({ kind: 'exclude', applicationId: 'A01', reason: '材料存在造假嫌疑' });
    expect(parsed.pendingList?.dissent).toEqual(PENDING.dissent);
    expect(parsed.pendingList?.basedOn).toBe(PENDING.basedOn);
  });

  it('refuses a reason shorter than the minimum, an unknown field, and a basedOn that is not a fingerprint', () => {
    const short = { ...PENDING, adjustments: [{ kind: 'exclude', applicationId: 'A01', reason: ' 不符 ' }] };
    expect(sessionDraftSchema.safeParse({ ...demoDraft(), pendingList: short }).success).toBe(false);
    expect(sessionDraftSchema.safeParse({ ...demoDraft(), pendingList: { ...PENDING, extra: 1 } }).success).toBe(false);
    expect(sessionDraftSchema.safeParse({ ...demoDraft(), pendingList: { ...PENDING, basedOn: 'abc' } }).success).toBe(false);
  });
});
