// `npm run cli -- programme status [--json] | overview [--out DIR] | timeline CODE [--out DIR]  [--en] [--data-dir DIR]`
// (office): where every county of the demonstration-county programme stands and what is due next, without
// the window — the register, the quota and the overdue progress reports as the host's programmeOverview
// answers them (`--json` prints that answer as it is, for scripts), and the programme overview workbook or a
// county's timeline PDF written by the same host services the window's 示范县管理 uses (default folder: the
// window's, <dataDir>/示范县报告). Every subcommand needs this data directory's office key.
// Exit codes: 0 answered or written, 1 refused (no office key, a damaged programme file, no quota base for the
// overview, a county not in the register, a folder that cannot be written), 2 usage.
import { join } from 'node:path';
import type { HostMethod, HostResult } from '../../../shared/contract/host-api-spec';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { dataDirFrom, parseCommandArgs, UsageError, withUsage } from '../command-kit';
import type { CliIo } from '../io';
import { programmeHost, type ProgrammeCall } from './programme-host';
import { programmeStatusLines } from './programme-status-lines';

const OPTIONS = { json: { type: 'boolean' }, out: { type: 'string' }, en: { type: 'boolean' } } as const;

type Answer<M extends HostMethod> = Extract<HostResult<M>, { ok: true }>;

/** The code of the host's refusal when this data directory holds no office key (office-access.ts). */
const NO_OFFICE_KEY = 'report.needOfficeKey';

interface Printer {
  io: CliIo;
  locale: Locale;
  dataDir: string;
}

/** The host's sentence for a missing office key cannot know it was asked from a command line: add the command that makes one. */
function officeKeyHint({ io, locale, dataDir }: Printer, code: string): void {
  if (code === NO_OFFICE_KEY) io.err(translate(locale, 'cli.identity.needOffice', { dataDir }));
}

/** The answer when the host gave one; otherwise prints why not (the refusal's own sentences) and gives null. */
function answerOf<M extends HostMethod>(printer: Printer, call: ProgrammeCall<M>): Answer<M> | null {
  const { io } = printer;
  if (call.kind === 'failed') {
    io.err(call.message);
    return null;
  }
  const result = call.result as { ok: true } | { ok: false; code: string; messages: string[] };
  if (result.ok) return call.result as Answer<M>;
  for (const message of result.messages) io.err(message);
  officeKeyHint(printer, result.code);
  return null;
}

export const programmeCommand = withUsage('cli.programme.usage', async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const [subcommand, ...rest] = positionals;
  const locale: Locale = values.en === true ? 'en-US' : 'zh-CN';
  const writes = subcommand === 'overview' || subcommand === 'timeline';
  if (subcommand !== 'status' && !writes) throw new UsageError('');
  // Each subcommand takes only its own options: a --json on a report or an --out on status is a mistake, not a no-op.
  if (writes ? values.json === true : values.out !== undefined) throw new UsageError('');
  if (rest.length !== (subcommand === 'timeline' ? 1 : 0)) throw new UsageError('');

  const dataDir = await dataDirFrom(values['data-dir']);
  const host = programmeHost(dataDir, locale);
  const printer: Printer = { io, locale, dataDir };

  if (subcommand === 'status') {
    const call = await host.call('programmeOverview', {});
    if (values.json === true && call.kind === 'answer') {
      io.out(JSON.stringify(call.result, null, 2));
      if (call.result.ok) return 0;
      officeKeyHint(printer, call.result.code);
      return 1;
    }
    const overview = answerOf(printer, call);
    if (overview === null) return 1;
    for (const line of programmeStatusLines(overview, locale)) io.out(line);
    return 0;
  }

  const folder = values.out ?? join(dataDir, translate(locale, 'programmeUi.export.defaultFolder'));
  const [code = ''] = rest;
  const call: ProgrammeCall<'writeProgrammeOverview' | 'writeCountyTimeline'> =
    subcommand === 'overview' ? await host.call('writeProgrammeOverview', { folder }) : await host.call('writeCountyTimeline', { code, folder });
  const written = answerOf(printer, call);
  if (written === null) return 1;
  io.out(translate(locale, 'cli.programme.written', { path: written.path }));
  return 0;
});
