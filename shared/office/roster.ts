// The session facts the office checks every scores file against: which session, which standard (by
// fingerprint), and which experts with which enrolled keys. A key is null until the expert's fingerprint has
// been compared aloud and enrolled; until then nothing signed by that expert can be accepted.
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';

export const rosterExpertSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  keyFingerprint: sha256HexSchema.nullable(),
});
export type RosterExpert = z.infer<typeof rosterExpertSchema>;

/**
 * Ids and enrolled keys are unique: a key shared by two experts would let either sign as the other, and two
 * entries for one id would make "whose key is this" ambiguous.
 */
export const rosterSchema = z
  .object({
    sessionId: z.string().min(1),
    standardFingerprint: sha256HexSchema,
    experts: z.array(rosterExpertSchema),
  })
  .superRefine((roster, ctx) => {
    const ids = new Set<string>();
    const keys = new Set<string>();
    for (const [i, expert] of roster.experts.entries()) {
      if (ids.has(expert.id)) ctx.addIssue({ code: 'custom', path: ['experts', i, 'id'], message: `专家编号 ${expert.id} 重复` });
      ids.add(expert.id);
      if (expert.keyFingerprint === null) continue;
      if (keys.has(expert.keyFingerprint)) {
        ctx.addIssue({ code: 'custom', path: ['experts', i, 'keyFingerprint'], message: `专家 ${expert.id} 的密钥与其他专家相同` });
      }
      keys.add(expert.keyFingerprint);
    }
  });
export type Roster = z.infer<typeof rosterSchema>;

export function rosterExpert(roster: Roster, expertId: string): RosterExpert | undefined {
  return roster.experts.find((e) => e.id === expertId);
}

/** The expert whose enrolled key has this fingerprint, if any. */
export function expertWithKey(roster: Roster, fingerprint: string): RosterExpert | undefined {
  return roster.experts.find((e) => e.keyFingerprint !== null && e.keyFingerprint === fingerprint);
}

/** How a clerk reads an expert: `张明华（E1）`, or the bare id when the roster does not know it. */
export function expertLabel(roster: Roster, expertId: string): string {
  const expert = rosterExpert(roster, expertId);
  return expert ? `${expert.name}（${expert.id}）` : expertId;
}
