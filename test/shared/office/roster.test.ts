import { describe, expect, it } from 'vitest';
import { expertLabel, expertWithKey, rosterExpert, rosterSchema } from '../../../shared/office/roster';
import { ROSTER, keyOf } from './scores-files';

describe('roster', () => {
  it('reads a well-formed roster', () => {
    expect(rosterSchema.parse(ROSTER)).toEqual(ROSTER);
  });

  it('refuses two experts with one id, or one enrolled key for two experts', () => {
    const [first] = ROSTER.experts;
    if (!first) throw new Error('empty roster');
    expect(rosterSchema.safeParse({ ...ROSTER, experts: [...ROSTER.experts, { ...first, keyFingerprint: keyOf('new') }] }).success).toBe(false);
    expect(rosterSchema.safeParse({ ...ROSTER, experts: [...ROSTER.experts, { id: 'E9', name: '某人', keyFingerprint: keyOf('E1') }] }).success).toBe(false);
    // Several experts not enrolled yet is normal.
    expect(rosterSchema.safeParse({ ...ROSTER, experts: [...ROSTER.experts, { id: 'E9', name: '某人', keyFingerprint: null }] }).success).toBe(true);
  });

  it('finds experts by id and by enrolled key, and labels them for the clerk', () => {
    expect(rosterExpert(ROSTER, 'E2')?.name).toBe('李秀英');
    expect(expertWithKey(ROSTER, keyOf('E3'))?.id).toBe('E3');
    expect(expertWithKey(ROSTER, keyOf('E4'))).toBeUndefined();
    expect(expertLabel(ROSTER, 'E1')).toBe('张明华（E1）');
    expect(expertLabel(ROSTER, 'X7')).toBe('X7');
  });
});
