// `npm run cli -- <command> …`: the office's headless verbs on the same services the app uses.
import { processIo } from './io';
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), processIo);
