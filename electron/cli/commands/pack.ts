// `npm run cli -- pack FOLDER --county 清河县 --code 990102 --city 云泽市 [--poverty] --batch 2 --out FILE.zip`:
// assembles an application package from a folder of loose files. Roles are guessed from the names and
// every guess is printed with its reason, so the office can correct it (--role PATH=ROLE, or a --meta
// JSON file: the county's details and optionally documents' roles and titles; an earlier manifest works).
// Exit codes: 0 written and verified, 1 wrong details or verification failed, 2 usage or unreadable input.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import { DOCUMENT_ROLES, type DocumentRole } from '../../../shared/package/manifest';
import { manifestIssuesToProblems } from '../../../shared/package/manifest-problems';
import { packMetadataSchema, type PackMetadata } from '../../../shared/package/pack-metadata';
import type { Problem } from '../../../shared/problems';
import { writePackage } from '../../package/pack';
import { planPackage, type PackPlan, type RoleSource } from '../../package/pack-plan';
import { formatBytes } from '../../package/zip-limits';
import type { CliCommand, CliIo } from '../io';

const zh = (key: MessageKey, params: MessageParams = {}): string => translate('zh-CN', key, params);
const detailOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

const OPTIONS = {
  county: { type: 'string' },
  code: { type: 'string' },
  city: { type: 'string' },
  poverty: { type: 'boolean' },
  batch: { type: 'string' },
  out: { type: 'string' },
  'contact-name': { type: 'string' },
  'contact-phone': { type: 'string' },
  'contact-email': { type: 'string' },
  meta: { type: 'string' },
  role: { type: 'string', multiple: true },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

class UsageError extends Error {}

function printProblems(io: CliIo, problems: readonly Problem[]): void {
  for (const problem of problems) {
    io.out(zh(problem.severity === 'error' ? 'package.cli.problemLine' : 'package.cli.warningLine', { message: describeProblem('zh-CN', problem) }));
  }
}

const defined = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

/** The metadata file (if any) with the command line's values laid over it; not yet validated. */
async function metadataInput(values: Values): Promise<Record<string, unknown>> {
  let base: Record<string, unknown> = {};
  if (values.meta !== undefined) {
    try {
      const parsed: unknown = JSON.parse((await readFile(values.meta, 'utf8')).replace(/^\ufeff/, ''));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
      base = parsed as Record<string, unknown>;
    } catch (cause) {
      throw new UsageError(zh('package.cli.cannotReadMeta', { path: values.meta, detail: detailOf(cause) }));
    }
  }
  // Only what was given on the command line replaces the file's values (a contact field included).
  const contact = defined({ name: values['contact-name'], phone: values['contact-phone'], email: values['contact-email'] });
  const baseContact = typeof base['contact'] === 'object' && base['contact'] !== null ? base['contact'] : {};
  return {
    ...base,
    ...defined({
      countyName: values.county,
      countyCode: values.code,
      city: values.city,
      poverty: values.poverty,
      batch: values.batch === undefined ? undefined : Number(values.batch),
    }),
    ...(Object.keys(contact).length > 0 ? { contact: { ...baseContact, ...contact } } : {}),
  };
}

function roleOverrides(values: Values): Map<string, DocumentRole> {
  const roles = new Map<string, DocumentRole>();
  for (const option of values.role ?? []) {
    const at = option.lastIndexOf('=');
    const role = option.slice(at + 1);
    if (at <= 0 || !(DOCUMENT_ROLES as readonly string[]).includes(role)) throw new UsageError(zh('package.cli.badOption', { option: `--role ${option}` }));
    roles.set(option.slice(0, at).replaceAll('\\', '/').normalize('NFC'), role as DocumentRole);
  }
  return roles;
}

function reasonOf(source: RoleSource): string {
  if (source.kind === 'name') return zh('package.cli.reason.name', { words: source.words });
  return zh(`package.cli.reason.${source.kind}`);
}

function printPlan(io: CliIo, plan: PackPlan): void {
  for (const path of plan.skipped) io.out(zh('package.cli.skipped', { path }));
  io.out(zh('package.cli.guessHeading'));
  for (const document of plan.documents) {
    io.out(zh('package.cli.guess', { path: document.path, role: zh(`package.role.${document.role}`), reason: reasonOf(document.roleSource) }));
  }
  io.out(zh('package.cli.guessHint'));
}

async function pack(args: readonly string[], io: CliIo): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (cause) {
    throw new UsageError(zh('package.cli.badOption', { option: detailOf(cause) }));
  }
  const [folder, ...extra] = positionals;
  if (folder === undefined || extra.length > 0 || values.out === undefined) throw new UsageError('');
  const out = values.out;
  const input = await metadataInput(values);
  const parsed = packMetadataSchema.safeParse(input);
  const roles = roleOverrides(values);
  if (!parsed.success) {
    io.out(zh('package.cli.badMeta'));
    printProblems(io, manifestIssuesToProblems(parsed.error.issues, input));
    return 1;
  }
  const metadata: PackMetadata = parsed.data;
  let plan: PackPlan;
  try {
    plan = await planPackage(folder, metadata, roles, out);
  } catch (cause) {
    throw new UsageError(zh('package.cli.cannotReadFolder', { folder, detail: detailOf(cause) }));
  }
  if (plan.problems.length > 0) {
    printProblems(io, plan.problems);
    return 1;
  }
  if (plan.documents.length === 0) {
    io.out(zh('package.cli.noFiles', { folder }));
    return 1;
  }
  printPlan(io, plan);
  const outcome = await writePackage(plan, metadata, out).catch((cause: unknown) => {
    throw new UsageError(zh('package.cli.writeFailed', { path: out, detail: detailOf(cause) }));
  });
  if (!outcome.ok) {
    io.out(outcome.stage === 'verify' ? zh('package.cli.verifyFailed', { path: out }) : zh('package.cli.badMeta'));
    printProblems(io, outcome.problems);
    return 1;
  }
  printProblems(io, outcome.warnings);
  const size = outcome.manifest.documents.reduce((sum, document) => sum + document.size, 0);
  io.out(zh('package.cli.written', { path: out, count: outcome.manifest.documents.length, size: formatBytes(size) }));
  return 0;
}

export const packCommand: CliCommand = async (args, io) => {
  try {
    return await pack(args, io);
  } catch (cause) {
    if (!(cause instanceof UsageError)) throw cause;
    if (cause.message !== '') io.err(cause.message);
    io.err(zh('package.cli.packUsage'));
    return 2;
  }
};
