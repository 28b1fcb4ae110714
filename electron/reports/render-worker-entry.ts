// The report worker's body: builds the report data and model once, renders each asked-for report and posts
// its bytes (transferred, not copied). pdfmake lays a document out synchronously and holds every laid-out cell
// until the end, so rendering runs here: the host's event loop (the app's UI in Electron) stays responsive,
// and a session too large for the worker's heap limit ends this thread, not the app.
import { parentPort, workerData } from 'node:worker_threads';
import { buildReportModel } from '../../shared/reports/report-model';
import { reportSignedListSchema } from '../../shared/reports/report-signed-list';
import { reportDataOf } from '../../shared/reports/report-source';
import { REPORT_RENDERERS } from './report-renderers';
import type { RenderWorkerInput, RenderWorkerMessage } from './render-worker-messages';

const port = parentPort;
if (port === null) throw new Error('render-worker-entry must run as a worker thread');
const post = (message: RenderWorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

const input = workerData as RenderWorkerInput;
const data = reportDataOf(input.source);
// The list crossed a thread boundary: parsed, not trusted. A list decided on other data must never print
// beside these results (the host checks it first; this is the last line).
const signedList = input.signedList === undefined ? undefined : reportSignedListSchema.parse(input.signedList);
if (signedList && signedList.payload.dataFingerprint !== data.dataFingerprint) throw new Error('the signed suggestion list was decided on other data');
post({ type: 'data', dataFingerprint: data.dataFingerprint });
const model = buildReportModel(data, input.generatedAt, signedList);
for (const kind of input.kinds) {
  const bytes = await REPORT_RENDERERS[kind](model, input.locale, (fraction) => post({ type: 'progress', kind, fraction }));
  // A copy in a buffer of its own (pdfkit's may be pooled or shared): transferring it then moves exactly these bytes.
  const owned = new Uint8Array(bytes);
  post({ type: 'rendered', kind, bytes: owned }, [owned.buffer]);
}
