// `npm run web -- [--port N] [--data-dir DIR] [--no-open]`: the process entry of the local web host.
import { processIo } from '../cli/io';
import { runWeb, stopOnSignals } from './run-web';

const run = await runWeb(process.argv.slice(2), processIo);
if (run.ok) stopOnSignals(run.host, processIo);
else process.exitCode = run.exitCode;
