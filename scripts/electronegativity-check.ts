// `npm run security` (part of `npm test`): see electronegativity/check-command.ts for what it checks and why.
import { runCheck } from './electronegativity/check-command';

const code = await runCheck(process.argv.slice(2), process.cwd(), (line) => console.log(line));
// Exit at once: the scanner's dependencies must not keep `npm test` waiting on a stray handle.
process.exit(code);
