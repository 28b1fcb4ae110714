// What the round-trip commands (identity, session-*, scores-export, verify, merge) share: option parsing
// that turns every mistake into a usage error (exit 2), the data directory, fingerprints as people type
// them, `--enrol E1=<fingerprint>` lists, and one wrapper that maps failures to the CLI's exit codes.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { describeProblem } from '../../shared/i18n/describe-problem';
import { translate, type MessageKey, type MessageParams } from '../../shared/i18n/translate';
import { detailOf, FileError } from '../files/file-error';
import { dataDirOfThisProcess, ensureDataDir } from '../host/data-dir';
import type { CliCommand, CliIo } from './io';

export const zh = (key: MessageKey, params: MessageParams = {}): string => translate('zh-CN', key, params);

/** Wrong options or arguments: the message (if any) and the command's usage go to stderr, exit 2. */
export class UsageError extends Error {}

/** Every round-trip command takes `--data-dir`. */
const DATA_DIR_OPTION = { 'data-dir': { type: 'string' } } as const;

export function parseCommandArgs<O extends ParseArgsOptionsConfig>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options: { ...DATA_DIR_OPTION, ...options }, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new UsageError(zh('cli.badOption', { detail: detailOf(cause) }));
  }
}

/** The data directory (`--data-dir`, else the environment, else the platform's default), made if missing. */
export async function dataDirFrom(override: string | boolean | undefined): Promise<string> {
  const path = dataDirOfThisProcess(typeof override === 'string' ? override : undefined);
  await ensureDataDir(path);
  return path;
}

/** A key fingerprint as read out (grouped, any case, spaces) → 64 lowercase hex digits, or null. */
export function plainFingerprint(text: string): string | null {
  const plain = text.replace(/[\s:-]/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(plain) ? plain : null;
}

/** `--enrol E1=<fingerprint>` options → expert id → fingerprint; a malformed one is a usage error. */
export function enrolmentsOf(options: readonly string[] | undefined): Map<string, string> {
  const enrolled = new Map<string, string>();
  for (const option of options ?? []) {
    const at = option.indexOf('=');
    const fingerprint = at > 0 ? plainFingerprint(option.slice(at + 1)) : null;
    if (fingerprint === null) throw new UsageError(zh('cli.badEnrol', { option }));
    enrolled.set(option.slice(0, at).trim(), fingerprint);
  }
  return enrolled;
}

/**
 * Runs a command body: a UsageError prints the usage and gives 2; a FileError (a key file others can read,
 * a disk that refuses a write…) prints its sentence and gives 1. Anything else is a bug and is rethrown.
 */
export function withUsage(usage: MessageKey, body: (args: readonly string[], io: CliIo) => Promise<number>): CliCommand {
  return async (args, io) => {
    try {
      return await body(args, io);
    } catch (cause) {
      if (cause instanceof FileError) {
        io.err(describeProblem('zh-CN', cause.problem));
        return 1;
      }
      if (!(cause instanceof UsageError)) throw cause;
      if (cause.message !== '') io.err(cause.message);
      io.err(zh(usage));
      return 2;
    }
  };
}
