// The presentation order drawn by lot: the same seed always draws the same order whatever order the ids
// come in, another seed draws another, and the documented recipe (SHA-256 of `seed\nid`, sorted) is what
// the code does, so an office can redraw with sha256sum.
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { DEMO_LOT_SEED, demoSessionPayload } from '../../../shared/demo/demo-session-payload';
import { drawPresentationOrder, followsLot } from '../../../shared/files/presentation-lot';
import { sessionPayloadSchema } from '../../../shared/files/session-payload';

const IDS = Array.from({ length: 12 }, (_, index) => `A${String(index + 1).padStart(2, '0')}`);

describe('drawPresentationOrder', () => {
  it('draws the same order for the same seed, whatever order the ids are given in', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.shuffledSubarray(IDS, { minLength: IDS.length }), (seed, shuffled) => {
        expect(drawPresentationOrder(shuffled, seed)).toEqual(drawPresentationOrder(IDS, seed));
      }),
    );
  });

  it('keeps every id exactly once', () => {
    expect([...drawPresentationOrder(IDS, 'seed')].sort()).toEqual(IDS);
    expect(drawPresentationOrder([], 'seed')).toEqual([]);
  });

  it('draws different orders for different seeds', () => {
    const orders = new Set(['2026-11-27 第一次', '2026-11-27 第二次', 'x', 'y', 'z'].map((seed) => drawPresentationOrder(IDS, seed).join(' ')));
    expect(orders.size).toBe(5);
  });

  it('is the documented recipe: ids sorted by the hex SHA-256 of `seed\\nid`', () => {
    // A fixed expectation, worked out with `printf '%s\n%s' 示例省-2026-第二批 A01 | sha256sum` for each id
    // and `sort`: a change to the recipe breaks every office's ability to redraw, so it must fail here.
    expect(drawPresentationOrder(IDS, '示例省-2026-第二批')).toEqual(['A10', 'A11', 'A05', 'A02', 'A07', 'A03', 'A01', 'A09', 'A12', 'A04', 'A06', 'A08']);
    const byRecipe = [...IDS].sort((a, b) => {
      const key = (id: string): string => bytesToHex(sha256(utf8ToBytes(`seed\n${id}`)));
      return key(a).localeCompare(key(b));
    });
    expect(drawPresentationOrder(IDS, 'seed')).toEqual(byRecipe);
  });
});

describe('followsLot', () => {
  const drawn = drawPresentationOrder(IDS, 'seed');

  it('accepts the order the seed draws', () => {
    expect(followsLot(drawn, 'seed')).toBe(true);
  });

  it('refuses two applications swapped, and the same ids under another seed', () => {
    const swapped = [drawn[1] ?? '', drawn[0] ?? '', ...drawn.slice(2)];
    expect(followsLot(swapped, 'seed')).toBe(false);
    expect(followsLot(drawn, 'seed ')).toBe(false);
  });

  it('finds the demo session listed in the order its seed draws', () => {
    const payload = sessionPayloadSchema.parse(
      demoSessionPayload(buildDemoSession(), { office: { name: '办公室', fingerprint: 'a'.repeat(64), encryptionKey: 'key' }, enrolled: new Map(), createdAt: '2026-11-27T10:00:00Z' }),
    );
    expect(payload.presentation).toEqual({ order: { method: 'lot', seed: DEMO_LOT_SEED }, minutes: 15, questionMinutes: 5 });
    const ids = payload.applications.map((application) => application.id);
    expect(followsLot(ids, DEMO_LOT_SEED)).toBe(true);
    expect(ids).not.toEqual(IDS);
  });
});
