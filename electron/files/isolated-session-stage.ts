// Reading an expert's `.rdsession` with the container parsed through the isolated-worker port (Electron: a
// utilityProcess; see session-container-job.ts). The worker has read untrusted bytes, so nothing it says is
// taken on its word: its answer is parsed, session.json's bytes are verified here again (signature, signer,
// standard fingerprint), and its list of staged documents must be exactly the one the verified payload
// implies. The documents' bytes themselves are hashed again by the blob store as it takes them.
import { z } from 'zod';
import { error } from '../../shared/problems';
import type { IsolatedWorkerPort } from '../host/ports';
import { refused, type ImportRefused, type ProgressListener } from '../package/import-types';
import { runWatchedJob } from '../package/watched-job';
import { messageKeySchema, problemSchema } from '../package/worker-messages';
import type { ZipLimits } from '../package/zip-limits';
import { checkSigner, verifySessionBytes } from './session-container-checks';
import { sessionContainerJobOf } from './session-container-job';
import { containerDocuments } from './session-container-layout';
import type { ContainerReadOutcome } from './session-container-reader';
import { containerRefusal, WHOLE_CONTAINER } from './session-container-refusal';

export interface IsolatedSessionOptions {
  limits?: Partial<ZipLimits>;
  expectedOfficeFingerprint?: string;
  onProgress?: ProgressListener;
  /** The caller gave up: the job is stopped and the read rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Default 30 minutes in all, and 2 minutes without progress (it reports every MB). */
  timeoutMs?: number;
  idleTimeoutMs?: number;
}

const MINUTE = 60_000;

const answerSchema = z.union([
  z
    .object({
      ok: z.literal(true),
      sessionBytes: z.instanceof(Uint8Array),
      documents: z.array(
        z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.number().int().nonnegative(), file: z.string().regex(/^doc-\d+$/), label: z.string() }).strict(),
      ),
    })
    .strict(),
  z.object({ ok: z.literal(false), code: messageKeySchema, problems: z.array(problemSchema).min(1) }).strict(),
]);

const crashed = (detail: string): ImportRefused => refused([error('session.container.workerCrashed', WHOLE_CONTAINER, { detail })]);

/** Reads and stages a `.rdsession` through the port. Throws only when `signal` aborts. */
export async function readSessionThroughPort(port: IsolatedWorkerPort, path: string, stagingDir: string, options: IsolatedSessionOptions = {}): Promise<ContainerReadOutcome> {
  const { expectedOfficeFingerprint } = options;
  const job = sessionContainerJobOf({ path, stagingDir, limits: options.limits ?? {}, ...(expectedOfficeFingerprint === undefined ? {} : { expectedOfficeFingerprint }) });
  const run = await runWatchedJob(port, job, {
    timeoutMs: options.timeoutMs ?? 30 * MINUTE,
    idleTimeoutMs: options.idleTimeoutMs ?? 2 * MINUTE,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  if (!run.ok) return run.failure === 'timeout' ? refused([error('session.container.workerTimeout', WHOLE_CONTAINER, { seconds: run.seconds })]) : crashed(run.detail);
  const parsed = answerSchema.safeParse(run.answer);
  if (!parsed.success) return crashed(`unexpected answer: ${parsed.error.message.slice(0, 200)}`);
  const answer = parsed.data;
  if (!answer.ok) return refused(answer.problems);

  let signed;
  try {
    signed = verifySessionBytes(answer.sessionBytes);
    checkSigner(signed, expectedOfficeFingerprint);
  } catch (cause) {
    return containerRefusal(cause, path);
  }
  const { documents, sizeConflicts } = containerDocuments(signed.payload);
  const asListed =
    sizeConflicts.length === 0 &&
    documents.length === answer.documents.length &&
    documents.every(({ sha256, size }, index) => {
      const staged = answer.documents[index];
      return staged !== undefined && staged.sha256 === sha256 && staged.size === size && staged.file === `doc-${index}`;
    });
  if (!asListed) return crashed('staged documents differ from the session file');
  return {
    ok: true,
    signed,
    sessionBytes: answer.sessionBytes,
    // Labels from the verified payload, not from the worker.
    documents: documents.map(({ sha256, size, application, title }, index) => ({ sha256, size, file: `doc-${index}`, label: `${application} ${title}` })),
  };
}
