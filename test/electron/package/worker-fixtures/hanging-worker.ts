// A worker stuck in a loop that never yields (a parser hanging on a crafted archive), after leaving a
// half-written file in its staging directory.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';

writeFileSync(join((workerData as { stagingDir: string }).stagingDir, 'doc-0'), 'half a document');
for (;;) {
  // spin
}
