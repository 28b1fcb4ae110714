// The presentation order (汇报顺序) and times. By lot (抽签): a seed from a cryptographic random source, shown
// and written into the session, or a seed the office types (a number drawn from a box in the room); the
// order is what presentation-lot.ts draws from it, so anyone can draw it again. Or set by the office, which
// then orders the applications by hand: the session file lists them in the draft's order.
import type { Application } from '../model/application';
import { drawPresentationOrder } from '../files/presentation-lot';
import type { PresentationSettings } from '../files/session-presentation';
import type { MessageKey } from '../i18n/translate';

/** Twelve decimal digits: easy to read out and type into `sha256sum`, and a million million possible draws. */
const SEED_DIGITS = 12;
export const MAX_SEED_LENGTH = 200;
export const MAX_MINUTES = 120;

/**
 * A seed of decimal digits from `random` (crypto.getRandomValues in the page: shared/ has no platform).
 * Bytes of 250 and above are drawn again, so every digit is equally likely.
 */
export function generateSeed(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
  let seed = '';
  while (seed.length < SEED_DIGITS) {
    for (const byte of random(new Uint8Array(SEED_DIGITS * 2))) {
      if (byte < 250 && seed.length < SEED_DIGITS) seed += String(byte % 10);
    }
  }
  return seed;
}

/**
 * A typed seed as it is recorded, or null when there is none. NFKC turns the full-width digits a Chinese input
 * method types into ASCII ones, so the expert who types `37` later draws the same order as the office's `３７`.
 */
export function normaliseSeed(text: string): string | null {
  const seed = text.normalize('NFKC').trim();
  return seed === '' || seed.length > MAX_SEED_LENGTH ? null : seed;
}

/** When and where the draw was witnessed, as typed; undefined when empty. */
export function normaliseDrawnAt(text: string): string | undefined {
  const drawnAt = text.trim();
  return drawnAt === '' ? undefined : drawnAt.slice(0, MAX_SEED_LENGTH);
}

/** The applications in the order the session will list them: drawn for a lot, as the draft lists them otherwise. */
export function presentationOrder<A extends Application>(applications: readonly A[], presentation: PresentationSettings | null): A[] {
  if (presentation?.order.method !== 'lot') return [...applications];
  const byId = new Map(applications.map((application) => [application.id, application]));
  return drawPresentationOrder([...byId.keys()], presentation.order.seed).flatMap((id) => byId.get(id) ?? []);
}

/** The application at `index` moved one place up (-1) or down (+1); out of range changes nothing. */
export function moveApplication<A>(applications: readonly A[], index: number, by: -1 | 1): A[] {
  const target = index + by;
  if (index < 0 || index >= applications.length || target < 0 || target >= applications.length) return [...applications];
  const next = [...applications];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

export type MinutesReading = { ok: true; minutes: number | undefined } | { ok: false; key: MessageKey };

/** Minutes as typed: empty (no time kept) or a whole number 1–120, full-width digits accepted. */
export function readMinutes(text: string): MinutesReading {
  const normal = text.normalize('NFKC').trim();
  if (normal === '') return { ok: true, minutes: undefined };
  if (!/^\d+$/.test(normal)) return { ok: false, key: 'officePanel.presentation.error.minutesNotWhole' };
  const minutes = Number(normal);
  if (minutes < 1 || minutes > MAX_MINUTES) return { ok: false, key: 'officePanel.presentation.error.minutesRange' };
  return { ok: true, minutes };
}

/** The times on settings, dropping the question period when the presentation itself is untimed (the schema's rule). */
export function withMinutes(settings: PresentationSettings, minutes: number | undefined, questionMinutes: number | undefined): PresentationSettings {
  const { order } = settings;
  if (minutes === undefined) return { order };
  return { order, minutes, ...(questionMinutes === undefined ? {} : { questionMinutes }) };
}
