// What the office's `.rdsession` file says, inside its signed envelope: the session, the exact standard,
// the panel, who scores what, suggested recusals, how the presentations run, and the applications (in
// presentation order) with the hashes of their documents
// (the documents themselves travel beside it in the same container, checked against these hashes).
import { z } from 'zod';
import { applicationSchema } from '../model/application';
import { documentRoleSchema } from '../model/document-role';
import { quotaSettingsSchema } from '../panel/quota';
import { stageSchema, standardSchema } from '../standard/schema';
import { sha256HexSchema } from './scores-payload';
import { presentationSettingsSchema } from './session-presentation';

export const SESSION_FORMAT = 'review-desk/session';
export const SESSION_FORMAT_VERSION = 1;

export const sessionDocumentSchema = z.object({
  role: documentRoleSchema,
  title: z.string().min(1),
  /** File name as the county sent it, for saving a copy. */
  fileName: z.string().min(1),
  size: z.number().int().nonnegative(),
  sha256: sha256HexSchema,
});
export type SessionDocument = z.infer<typeof sessionDocumentSchema>;

export const rosterEntrySchema = z.object({
  expertId: z.string().min(1),
  name: z.string().min(1),
  organisation: z.string().default(''),
  title: z.string().default(''),
  city: z.string().default(''),
  /** The expert's signing key fingerprint once enrolled; null until the office has checked it. */
  keyFingerprint: sha256HexSchema.nullable(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const recusalSuggestionSchema = z.object({
  expertId: z.string().min(1),
  applicationId: z.string().min(1),
  reason: z.enum(['sameCity']),
});
export type RecusalSuggestion = z.infer<typeof recusalSuggestionSchema>;

export const sessionPayloadSchema = z.object({
  sessionId: z.string().min(1),
  name: z.string().min(1),
  stage: stageSchema,
  batch: z.number().int().positive().optional(),
  standard: standardSchema,
  standardFingerprint: sha256HexSchema,
  office: z.object({
    name: z.string().min(1),
    /** The office's signing key fingerprint: experts compare it with the one the office read out. */
    fingerprint: sha256HexSchema,
    /** base64url X25519 public key; scores files may be encrypted to it. */
    encryptionKey: z.string().min(1),
  }),
  roster: z.array(rosterEntrySchema).min(1),
  /** Application id → the experts who score it. */
  assignments: z.record(z.string(), z.array(z.string())),
  recusalSuggestions: z.array(recusalSuggestionSchema).default([]),
  applications: z.array(applicationSchema.extend({ documents: z.array(sessionDocumentSchema) })),
  /**
   * How many places this batch may give (province's division count, cap, places already given): the office
   * decides it when preparing the session, and the merge and the reports compute the suggestion list from it.
   * Absent in a session that makes no suggestion list.
   */
  quota: quotaSettingsSchema.optional(),
  /**
   * How the order of `applications` was decided (drawn by lot with a recorded seed, or set by the office) and
   * the minutes each county presents and answers questions. Absent in files made before it: no claim, no timer.
   */
  presentation: presentationSettingsSchema.optional(),
  /** The review meeting's first and last day (yyyy-mm-dd) as the office planned them; informational. */
  meeting: z.strictObject({ startsOn: z.iso.date(), endsOn: z.iso.date() }).optional(),
  /** Informational; nothing relies on clocks. */
  createdAt: z.string(),
});
export type SessionPayload = z.infer<typeof sessionPayloadSchema>;
