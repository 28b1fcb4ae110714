// The demo session as the office sends it to its experts (a SessionPayload): the demo's standard and
// applications with their stand-in documents, the panel (optionally only some of the demo's experts) with
// the keys the office has enrolled so far, every panel member assigned to every application, and the
// same-city recusal suggestions. The session id is fixed (DEMO_SESSION_ID) so every run, on every machine,
// names the same session: the experts' exports and the office's workspace must agree on it. The
// presentation order is drawn by lot from a fixed seed (DEMO_LOT_SEED), so the demo shows a draw an expert
// can check, and every run lists the applications in the same order.
import type { Application } from '../model/application';
import type { PanelInput } from '../panel/run-panel';
import { drawPresentationOrder } from '../files/presentation-lot';
import { suggestRecusals } from '../files/recusal-suggestions';
import type { SessionPayloadInput } from '../files/session-file';
import type { RosterEntry } from '../files/session-payload';
import type { PresentationSettings } from '../files/session-presentation';
import { fingerprintOf } from '../util/fingerprint';
import { demoDocuments } from './demo-documents';

/** `demo-<year>-<batch>`: the demo's second batch of 2026. */
export const DEMO_SESSION_ID = 'demo-2026-2';

/** The seed the demo office "drew" with: `drawPresentationOrder` of the demo's ids gives its order. */
export const DEMO_LOT_SEED = '示例省-2026-第二批';

/** Each county presents for 15 minutes, then answers the panel's questions for 5 (the demo's choice; the work plan sets no times). */
const DEMO_PRESENTATION: PresentationSettings = { order: { method: 'lot', seed: DEMO_LOT_SEED }, minutes: 15, questionMinutes: 5 };

export interface DemoSessionOffice {
  name: string;
  fingerprint: string;
  /** base64url X25519 public key of the office. */
  encryptionKey: string;
}

export interface DemoSessionOptions {
  office: DemoSessionOffice;
  /** Expert ids to keep on the panel; all of the demo's when absent. */
  experts?: readonly string[];
  /** Expert id → enrolled key fingerprint (plain lowercase hex). */
  enrolled: ReadonlyMap<string, string>;
  createdAt: string;
}

export function demoSessionPayload(demo: PanelInput, options: DemoSessionOptions): SessionPayloadInput {
  const keep = options.experts === undefined ? null : new Set(options.experts);
  const roster: RosterEntry[] = demo.experts
    .filter((expert) => keep === null || keep.has(expert.id))
    .map((expert) => ({
      expertId: expert.id,
      name: expert.name,
      organisation: expert.organisation,
      title: expert.title,
      city: expert.city,
      keyFingerprint: options.enrolled.get(expert.id) ?? null,
    }));
  const ids = roster.map((entry) => entry.expertId);
  const byId = new Map(demo.applications.map((application) => [application.id, application]));
  const drawn = drawPresentationOrder([...byId.keys()], DEMO_LOT_SEED).flatMap((id) => byId.get(id) ?? []);
  const withDocuments = drawn.map((application: Application) => ({
    ...application,
    documents: demoDocuments(application).map(({ role, title, fileName, bytes, sha256 }) => ({ role, title, fileName, size: bytes.length, sha256 })),
  }));
  return {
    sessionId: DEMO_SESSION_ID,
    name: demo.session.name,
    stage: demo.session.stage,
    ...(demo.session.batch === undefined ? {} : { batch: demo.session.batch }),
    standard: demo.standard,
    standardFingerprint: fingerprintOf(demo.standard),
    office: options.office,
    roster,
    assignments: Object.fromEntries(demo.applications.map((application) => [application.id, ids])),
    recusalSuggestions: suggestRecusals(roster, demo.applications),
    applications: withDocuments,
    quota: demo.quota,
    presentation: DEMO_PRESENTATION,
    createdAt: options.createdAt,
  };
}
