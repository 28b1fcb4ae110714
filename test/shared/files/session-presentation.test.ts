// The session payload's optional `presentation`: how the order was decided and the minutes per county. A
// file without it stays valid (format version 1); bad minutes and unknown fields are refused; the expert's
// consistency check flags an order that the claimed draw does not give.
import { describe, expect, it } from 'vitest';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { demoSessionPayload } from '../../../shared/demo/demo-session-payload';
import { drawPresentationOrder } from '../../../shared/files/presentation-lot';
import { sessionPayloadSchema } from '../../../shared/files/session-payload';
import { lotMismatch, presentationSettingsSchema, type PresentationSettings } from '../../../shared/files/session-presentation';

const demo = demoSessionPayload(buildDemoSession(), { office: { name: '办公室', fingerprint: 'a'.repeat(64), encryptionKey: 'key' }, enrolled: new Map(), createdAt: '2026-11-27T10:00:00Z' });
const withPresentation = (presentation: unknown) => sessionPayloadSchema.safeParse({ ...demo, presentation });

describe('session payload: presentation', () => {
  it('accepts a file without it, as files made before it are', () => {
    const { presentation: _left, ...older } = demo;
    const parsed = sessionPayloadSchema.safeParse(older);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.presentation).toBeUndefined();
  });

  it('accepts a draw by lot with times, and an order the office set without them', () => {
    const lot = { order: { method: 'lot', seed: 's', drawnAt: '2026-11-27 08:30 第一会议室' }, minutes: 15, questionMinutes: 5 };
    expect(withPresentation(lot).data?.presentation).toEqual(lot);
    expect(withPresentation({ order: { method: 'set' } }).data?.presentation).toEqual({ order: { method: 'set' } });
  });

  it.each([
    ['zero minutes', { order: { method: 'set' }, minutes: 0 }],
    ['fractional minutes', { order: { method: 'set' }, minutes: 7.5 }],
    ['more than two hours', { order: { method: 'set' }, minutes: 121 }],
    ['minutes as text', { order: { method: 'set' }, minutes: '15' }],
    ['questions without a presentation time', { order: { method: 'set' }, questionMinutes: 5 }],
    ['a draw without its seed', { order: { method: 'lot' } }],
    ['an empty seed', { order: { method: 'lot', seed: '' } }],
    ['an unknown method', { order: { method: 'alphabetical' } }],
    ['an unknown field', { order: { method: 'set' }, minutes: 15, chair: 'E1' }],
    ['a seed on a set order', { order: { method: 'set', seed: 's' } }],
    ['no order', { minutes: 15 }],
  ])('refuses %s', (_name, presentation) => {
    expect(presentationSettingsSchema.safeParse(presentation).success).toBe(false);
    expect(withPresentation(presentation).success).toBe(false);
  });
});

describe('lotMismatch', () => {
  const ids = ['A01', 'A02', 'A03', 'A04'];
  const lot = (seed: string): PresentationSettings => ({ order: { method: 'lot', seed } });

  it('says nothing for an order the office set, or no claim at all', () => {
    expect(lotMismatch({ order: { method: 'set' } }, ids)).toBe(false);
    expect(lotMismatch(undefined, ids)).toBe(false);
  });

  it('flags a list the seed does not draw, and passes the one it does', () => {
    const drawn = drawPresentationOrder(ids, 'seed');
    expect(lotMismatch(lot('seed'), drawn)).toBe(false);
    expect(lotMismatch(lot('seed'), [...drawn].reverse())).toBe(true);
  });
});
