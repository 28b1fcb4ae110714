// `npm run web -- [--port N] [--data-dir DIR] [--no-open] [--help]`, parsed without a library.
import type { MessageKey, MessageParams } from '../../shared/i18n/translate';

export interface WebArgs {
  /** 0 asks the system for a free port. */
  port: number;
  dataDir: string | undefined;
  open: boolean;
  help: boolean;
}

export type ParsedWebArgs = { ok: true; args: WebArgs } | { ok: false; code: MessageKey; params: MessageParams };

export function parseWebArgs(argv: readonly string[]): ParsedWebArgs {
  const args: WebArgs = { port: 0, dataDir: undefined, open: true, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const raw = argv[i] ?? '';
    // Accept both `--port 8080` and `--port=8080`.
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i += 1;
      return next;
    };
    switch (name) {
      case '--port': {
        const text = value();
        if (text === undefined) return { ok: false, code: 'host.web.args.missingValue', params: { arg: name } };
        const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
        if (!(port >= 0 && port <= 65535)) return { ok: false, code: 'host.web.args.badPort', params: { value: text } };
        args.port = port;
        break;
      }
      case '--data-dir': {
        const text = value();
        if (text === undefined || text === '') return { ok: false, code: 'host.web.args.missingValue', params: { arg: name } };
        args.dataDir = text;
        break;
      }
      case '--no-open':
        args.open = false;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        return { ok: false, code: 'host.web.args.unknown', params: { arg: raw } };
    }
  }
  return { ok: true, args };
}
