// The presentation order drawn by lot (抽签), as a pure function of the applications and a seed the office
// writes into the session file, so anyone can draw it again and see the same order. Defined without this
// program's random generator so an office can reproduce it with any SHA-256 tool:
//   key(id) = lowercase hex SHA-256 of the UTF-8 bytes of `${seed}\n${id}`
//   (`printf '%s\n%s' "$SEED" "$ID" | sha256sum`), and the order is the ids sorted by key, ascending.
// Ties (two equal digests) cannot happen in practice; they fall back to the id so the order stays total.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function lotKey(seed: string, applicationId: string): string {
  return bytesToHex(sha256(utf8ToBytes(`${seed}\n${applicationId}`)));
}

/** The ids in the order the lot gives; the order they are passed in does not matter. */
export function drawPresentationOrder(applicationIds: readonly string[], seed: string): string[] {
  const keyed = applicationIds.map((id) => ({ id, key: lotKey(seed, id) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map(({ id }) => id);
}

/** Whether the ids, as listed, are the order `seed` draws: the expert's consistency check of the office's file. */
export function followsLot(applicationIds: readonly string[], seed: string): boolean {
  const drawn = drawPresentationOrder(applicationIds, seed);
  return drawn.every((id, index) => id === applicationIds[index]);
}
