// How the session's presentations (汇报 + 答辩) run, as the office writes it into the session file: how the
// order of `applications` was decided, and the time each county is given. Optional in the payload, so
// session files made before it stay valid at format version 1; a reader that finds it absent says nothing
// about the order and shows no timer.
import { z } from 'zod';
import { followsLot } from './presentation-lot';

/** Minutes for one county: a whole number, and at most two hours so a typo (150 for 15) is refused. */
const minutesSchema = z.number().int().min(1).max(120);

export const presentationOrderSchema = z.discriminatedUnion('method', [
  z.strictObject({
    /** Drawn by lot: `applications` is listed in the order `drawPresentationOrder(ids, seed)` gives. */
    method: z.literal('lot'),
    /** Recorded so anyone (the experts included) can draw again and compare; see presentation-lot.ts. */
    seed: z.string().min(1).max(200),
    /** Informational (when and where the draw was witnessed, as the office writes it); nothing relies on it. */
    drawnAt: z.string().min(1).max(200).optional(),
  }),
  /** Set by the office (e.g. by city, or as the leading group decided). */
  z.strictObject({ method: z.literal('set') }),
]);
export type PresentationOrder = z.infer<typeof presentationOrderSchema>;

export const presentationSettingsSchema = z
  .strictObject({
    order: presentationOrderSchema,
    /** Each county's presentation time; absent when the office keeps no time (then no timer is shown). */
    minutes: minutesSchema.optional(),
    /** The question period (答辩) that follows each presentation. */
    questionMinutes: minutesSchema.optional(),
  })
  .refine((settings) => settings.questionMinutes === undefined || settings.minutes !== undefined, {
    // A question period alone would leave the presentation itself untimed: the office sets both or only minutes.
    message: 'questionMinutes needs minutes',
    path: ['questionMinutes'],
  });
export type PresentationSettings = z.infer<typeof presentationSettingsSchema>;

/**
 * Whether the listed order disagrees with the draw the file claims. The office signed the file, so this is a
 * consistency check (a file edited by hand, a draw redone without updating the seed), not a security one.
 */
export function lotMismatch(presentation: PresentationSettings | undefined, applicationIds: readonly string[]): boolean {
  if (presentation?.order.method !== 'lot') return false;
  return !followsLot(applicationIds, presentation.order.seed);
}
