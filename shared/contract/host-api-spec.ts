// The one contract between the UI and the machine (DESIGN.md §2): every method the renderer may call, with
// the schema of its parameters and of its result. The Electron IPC binding, the local web host and the CLI
// are all built from this table, so a method added here without an implementation does not compile, and
// every payload crossing a boundary is parsed, never trusted.
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';
import { sessionPayloadSchema } from '../files/session-payload';
import { documentRoleSchema } from '../model/document-role';
import { packMetadataSchema } from '../package/pack-metadata';
import { REPORT_KINDS } from '../reports/report-files';
import { scoreSheetSchema } from '../scoring/score-sheet';
import { typedFingerprintSchema } from '../util/typed-fingerprint';
import { officeSessionSpec } from './office-session-spec';
import { officeApplicationsSpec, packageImportResultSchema } from './office-applications-spec';
import { officeAuditSpec } from './office-audit-spec';
import { officeCollectSpec } from './office-collect-spec';
import { officeDecisionSpec } from './office-decision-spec';
import { officeReportsSpec } from './office-reports-spec';
import { officeStandardSpec } from './office-standard-spec';
import { openRequestsSpec } from './open-requests-spec';
import { programmeSpec } from './programme-spec';
import { programmeReportsSpec } from './programme-reports-spec';
import { stageOutcomeSpec } from './stage-outcome-spec';

export const HOST_KINDS = ['electron', 'web', 'cli'] as const;

const hostInfoSchema = z.object({
  /** The app's version (package.json). */
  version: z.string(),
  host: z.enum(HOST_KINDS),
  /** Where this user's data lives (key file, blob store, exports). */
  dataDir: z.string(),
  /**
   * True when the host has native dialogs (chooseFolder works): Electron. The local web host and the CLI have
   * none, so the UI offers only a typed path there instead of a button that would be refused.
   */
  dialogs: z.boolean(),
});

/** Why a folder is asked for: the host titles its dialog from this, in the caller's language. */
export const FOLDER_PURPOSES = ['exportScores', 'exportSession', 'exportReports', 'exportAuditLog', 'exportProgrammeReports'] as const;

/** What a save dialog is for: the host titles it, names the file in the caller's language and filters by type. */
export const SAVE_FILE_PURPOSES = ['standardTemplate'] as const;

/** The user's own key, as it may be shown: never the secret. */
const identitySchema = z.object({
  name: z.string(),
  role: z.enum(['expert', 'office']),
  /** SHA-256 of the Ed25519 public key, hex; shown grouped for the office to compare aloud. */
  fingerprint: z.string(),
  publicKey: z.string(),
  x25519PublicKey: z.string(),
  createdAt: z.string(),
  keyFile: z.string(),
  /** What protects the key at rest: 'file-permissions' or 'os-keychain' (locale key host.keyProtection.*). */
  protection: z.string(),
});

/** Where a report's data comes from: the demo, or a session this office prepared and the exports it holds. */
const reportSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('demo') }),
  z.object({ kind: z.literal('session'), sessionFile: z.string().min(1) }),
]);

const refusedSchema = z.object({ ok: z.literal(false), messages: z.array(z.string()) });
/** A refusal the UI may act on by its code (e.g. offer "export anyway" for an incomplete export). */
const refusedWithCodeSchema = z.object({ ok: z.literal(false), code: z.string(), messages: z.array(z.string()) });

const MiB = 1024 * 1024;

export const hostApiSpec = {
  getHostInfo: { params: z.object({}), result: hostInfoSchema },
  /**
   * The host's native folder dialog, opened at `defaultPath` when given; `path: null` when the user cancelled.
   * Refused with `host.error.unsupported` where getHostInfo says `dialogs: false`.
   */
  chooseFolder: {
    params: z.object({ purpose: z.enum(FOLDER_PURPOSES), defaultPath: z.string().min(1).max(4096).optional() }),
    result: z.object({ path: z.string().min(1).nullable() }),
  },
  /**
   * The host's native save dialog for a file the app writes (the standard's template), with the file name and
   * type the purpose implies; `path: null` when the user cancelled. Refused like chooseFolder without dialogs.
   */
  chooseSaveFile: {
    params: z.object({ purpose: z.enum(SAVE_FILE_PURPOSES) }),
    result: z.object({ path: z.string().min(1).nullable() }),
  },
  /** The identity in the data directory, or null before the first start made one. */
  getIdentity: { params: z.object({}), result: identitySchema.nullable() },
  /** Makes the user's key on first use; afterwards returns the existing one (`created: false`). */
  createIdentity: {
    params: z.object({ name: z.string().trim().min(1).max(100), role: z.enum(['expert', 'office']) }),
    result: z.object({ identity: identitySchema, created: z.boolean() }),
  },
  /**
   * Imports application packages (.zip) one by one, each all or nothing; progress over all of them. Each
   * accepted line carries the application as the draft keeps it (office-applications-spec.ts). A path under
   * the data directory's uploads (a dropped file) is removed afterwards, whatever the outcome.
   */
  importPackages: {
    params: z.object({ paths: z.array(z.string().min(1)).min(1).max(500) }),
    result: z.object({ results: z.array(packageImportResultSchema) }),
  },
  /**
   * Assembles a package from a folder of documents (the common case of a county that sent only files):
   * roles guessed from file names unless given, manifest computed, zip written and re-imported to verify.
   */
  assemblePackage: {
    params: z.object({ folder: z.string().min(1), metadata: packMetadataSchema, out: z.string().min(1) }),
    result: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        out: z.string(),
        documents: z.array(z.object({ path: z.string(), role: documentRoleSchema, title: z.string(), size: z.number() })),
        warnings: z.array(z.string()),
      }),
      z.object({ ok: z.literal(false), messages: z.array(z.string()) }),
    ]),
  },
  /**
   * Writes the reports (review report, application summaries, expert score sheets as PDF; the workbook) into
   * `outDir`, each read back and checked; progress over all of them. Existing files of the same name are replaced.
   */
  writeReports: {
    params: z.object({
      source: reportSourceSchema,
      outDir: z.string().min(1),
      kinds: z.array(z.enum(REPORT_KINDS)).min(1).optional(),
    }),
    result: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        /** SHA-256 of the data the reports were made from, as printed in their footers. */
        dataFingerprint: z.string(),
        files: z.array(z.object({ kind: z.enum(REPORT_KINDS), path: z.string(), bytes: z.number().int().nonnegative() })),
      }),
      refusedSchema,
    ]),
  },
  /** Whether a report (a file, or the fingerprint typed from a printed footer) was made from the source's data. */
  verifyReport: {
    params: z.object({
      source: reportSourceSchema,
      report: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('file'), path: z.string().min(1) }),
        /** As printed in the footer: groups of four, any case. */
        z.object({ kind: z.literal('fingerprint'), value: z.string().min(1).max(200) }),
      ]),
    }),
    result: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), matches: z.boolean(), reportFingerprint: z.string(), dataFingerprint: z.string() }),
      refusedSchema,
    ]),
  },
  /**
   * Opens an office's `.rdsession` for the expert: checked in full (signature, signer against `expectedOffice`,
   * the standard's fingerprint, every document's hash) while its documents are stored, then the payload is
   * saved in the data directory for exportScores. All or nothing: a refused file changes nothing. Progress
   * runs over the documents' bytes, read then stored. A file under the data directory's uploads (a dropped
   * file, see document-routes.ts) is removed afterwards, whatever the outcome.
   */
  openSession: {
    params: z.object({ path: z.string().min(1), expectedOffice: typedFingerprintSchema.optional() }),
    result: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        /** For the UI's own database; its documents are read by hash (document-routes.ts). */
        session: sessionPayloadSchema,
        /** Who signed it: the UI shows it grouped for the expert to compare when `expectedOffice` was not given. */
        officeFingerprint: sha256HexSchema,
        /** True when the signer was checked against `expectedOffice`. */
        officeChecked: z.boolean(),
        /** Distinct documents, all now in the store. */
        documents: z.number().int().nonnegative(),
        /** The roster entry the office enrolled this machine's key for; null before enrolment or without a key. */
        expertId: z.string().nullable(),
      }),
      refusedWithCodeSchema,
    ]),
  },
  /**
   * Signs the expert's sheets for a session opened here with this machine's key and writes the next numbered
   * `.rdscores` into `folder` (made if missing), read back and verified; `encrypt` seals it to the office's key
   * named in the session. Sheets are a complete snapshot from the UI's database. Refused (code
   * `expertSession.host.export.incomplete`, one message per gap) while anything is missing, unless
   * `allowIncomplete`; refused always for sheets the office could not count (another expert's, unknown or
   * unassigned applications, duplicates, values the standard does not allow).
   */
  exportScores: {
    params: z.object({
      sessionId: z.string().min(1),
      expertId: z.string().min(1),
      sheets: z.array(scoreSheetSchema).max(10_000),
      folder: z.string().min(1),
      encrypt: z.boolean(),
      allowIncomplete: z.boolean().default(false),
    }),
    result: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        path: z.string(),
        fileName: z.string(),
        sequence: z.number().int().positive(),
        exportHash: sha256HexSchema,
        previousHash: sha256HexSchema.nullable(),
        encrypted: z.boolean(),
        /** False when the file is safe but this machine's export record could not be updated (numbers still never repeat). */
        recorded: z.boolean(),
        /** What was still missing when exported with `allowIncomplete` (empty otherwise). */
        incomplete: z.array(z.string()),
      }),
      refusedWithCodeSchema,
    ]),
    /** A whole panel's sheets with opinions can pass the web host's default 1 MB (500 applications × 120 leaves). */
    requestBytes: 64 * MiB,
  },
  ...officeStandardSpec,
  ...officeCollectSpec,
  ...officeSessionSpec,
  ...officeApplicationsSpec,
  ...officeDecisionSpec,
  ...officeReportsSpec,
  ...officeAuditSpec,
  ...openRequestsSpec,
  ...programmeSpec,
  ...programmeReportsSpec,
  ...stageOutcomeSpec,
} as const;

export type HostApiSpec = typeof hostApiSpec;
export type HostMethod = keyof HostApiSpec;
export type HostParams<M extends HostMethod> = z.input<HostApiSpec[M]['params']>;
export type HostResult<M extends HostMethod> = z.output<HostApiSpec[M]['result']>;

/** What a host implements: one async function per method. A missing method is a compile error. */
export type HostApi = { [M in HostMethod]: (params: z.output<HostApiSpec[M]['params']>) => Promise<HostResult<M>> };

/** The method names, for bindings that must expose exactly these and nothing else. */
export const HOST_METHODS = Object.keys(hostApiSpec) as HostMethod[];

/** Progress of a long operation (imports, exports), pushed to the UI while the call is running. */
export const hostProgressSchema = z.object({
  /** Identifies the call it belongs to; the client sends it with the call. */
  operationId: z.string(),
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  /** What is being worked on, for the progress bar's caption (a file name, a document title). */
  label: z.string().default(''),
});
export type HostProgress = z.infer<typeof hostProgressSchema>;
