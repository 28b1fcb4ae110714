// A new draft from the basics the office typed: its session id is made here, once, and never changes (the
// experts' files and the archive refer to it), so it is readable at a glance (year, batch, stage) and unique
// by six random characters: two offices, or two drafts of one office, never collide in practice.
import { SESSION_DRAFT_FORMAT, SESSION_DRAFT_FORMAT_VERSION, type DraftBasics, type SessionDraft } from '../../../shared/office/session-draft';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Six lowercase letters or digits from the platform's cryptographic random source. */
export function randomSuffix(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  // 252 is the largest multiple of 36 below 256: bytes above it are drawn again so every character is equally likely.
  let out = '';
  while (out.length < 6) {
    for (const byte of random(new Uint8Array(12))) {
      if (byte < 252 && out.length < 6) out += ALPHABET[byte % 36];
    }
  }
  return out;
}

/** `<yyyy>-<batch>-<stage>-<random>`, e.g. `2026-2-qualification-k3x9q0`; without a batch, `2026-qualification-k3x9q0`. */
export function makeSessionId(basics: DraftBasics, suffix: string = randomSuffix()): string {
  const year = basics.startsOn.slice(0, 4);
  return [year, ...(basics.batch === undefined ? [] : [String(basics.batch)]), basics.stage, suffix].join('-');
}

export function newDraft(basics: DraftBasics, at: Date = new Date(), suffix?: string): SessionDraft {
  const now = at.toISOString();
  return {
    format: SESSION_DRAFT_FORMAT,
    formatVersion: SESSION_DRAFT_FORMAT_VERSION,
    sessionId: makeSessionId(basics, suffix),
    basics,
    standard: null,
    quota: null,
    applications: [],
    roster: [],
    assignments: {},
    recusals: [],
    presentation: null,
    createdAt: now,
    updatedAt: now,
  };
}
