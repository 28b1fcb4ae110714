// The CLI's command table and dispatcher; main.ts is only the process entry.
import type { CliCommand, CliIo } from './io';
import { demoCommand } from './commands/demo';
import { standardTemplateCommand } from './commands/standard-template';
import { standardCheckCommand } from './commands/standard-check';
import { packCommand } from './commands/pack';
import { identityCommand } from './commands/identity';
import { sessionCreateCommand } from './commands/session-create';
import { sessionOpenCommand } from './commands/session-open';
import { scoresExportCommand } from './commands/scores-export';
import { verifyCommand } from './commands/verify';
import { mergeCommand } from './commands/merge';
import { reportCommand } from './commands/report';
import { verifyReportCommand } from './commands/verify-report';
import { programmeCommand } from './commands/programme';
import { translate } from '../../shared/i18n/translate';

const COMMANDS: Record<string, CliCommand> = {
  demo: demoCommand,
  'standard-template': standardTemplateCommand,
  'standard-check': standardCheckCommand,
  pack: packCommand,
  identity: identityCommand,
  'session-create': sessionCreateCommand,
  'session-open': sessionOpenCommand,
  'scores-export': scoresExportCommand,
  verify: verifyCommand,
  merge: mergeCommand,
  report: reportCommand,
  'verify-report': verifyReportCommand,
  programme: programmeCommand,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.err(translate('zh-CN', 'cli.usage', { commands: Object.keys(COMMANDS).join(', ') }));
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  return command(args, io);
}

