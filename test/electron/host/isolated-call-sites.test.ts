// The host services hand untrusted archives to the isolated-worker port when it is isolated (the desktop app):
// importPackages (a county's package, as stagePackage), openSession (an office's .rdsession, as
// stageSessionContainer), verifyReport (a report file, as readReportFingerprint), readStandard (a workbook,
// as readXlsxSheets). Called through the one dispatcher
// every binding uses, with a port that runs the real jobs in this process and records them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSessionContainer } from '../../../electron/files/session-container';
import { callMethod, hostTarget } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import { inProcessWorker, type IsolatedJob, type IsolatedWorkerPort } from '../../../electron/host/ports';
import { writeStandardTemplate } from '../../../electron/standard/xlsx-template';
import { PDF_FINGERPRINT_INFO_KEY } from '../../../shared/reports/report-files';
import { DISTINCT_DOCUMENTS, office, sessionPayload, storeWith } from '../files/session-fixtures';
import { samplePackage } from '../package/package-fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rd-isolated-calls-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function hostWithSpy() {
  const jobs: IsolatedJob[] = [];
  const spy: IsolatedWorkerPort = { isolated: true, run: (job, options) => (jobs.push(job), inProcessWorker.run(job, options)) };
  const dataDir = await mkdtemp(join(dir, 'data-'));
  return { jobs, target: hostTarget(createHostServices({ host: 'electron', dataDir, ports: { isolatedWorker: spy } })) };
}

describe('untrusted files through the isolated port', () => {
  it('imports a package as the stagePackage job', async () => {
    const { jobs, target } = await hostWithSpy();
    const zip = join(dir, 'package.zip');
    await writeFile(zip, await samplePackage());
    expect(await callMethod(target, 'importPackages', { paths: [zip] })).toMatchObject({ ok: true, result: { results: [{ ok: true }] } });
    expect(jobs.map((job) => job.name)).toEqual(['stagePackage']);
  });

  it('opens a session file as the stageSessionContainer job', async () => {
    const { jobs, target } = await hostWithSpy();
    const path = join(dir, 'session.rdsession');
    const written = await writeSessionContainer(path, sessionPayload(), office, await storeWith(join(dir, 'office'), DISTINCT_DOCUMENTS));
    expect(written.ok).toBe(true);
    expect(await callMethod(target, 'openSession', { path, expectedOffice: office.fingerprint })).toMatchObject({ ok: true, result: { ok: true } });
    expect(jobs.map((job) => job.name)).toEqual(['stageSessionContainer']);
  });

  it('reads the fingerprint of a report to verify as the readReportFingerprint job, and refuses a nonsense answer', async () => {
    const { jobs, target } = await hostWithSpy();
    const path = join(dir, 'report.pdf');
    await writeFile(path, `%PDF-1.7\n1 0 obj << /${PDF_FINGERPRINT_INFO_KEY} (${'ab'.repeat(32)}) >> endobj\n%%EOF\n`, 'latin1');
    const request = { source: { kind: 'demo' }, report: { kind: 'file', path } } as const;
    expect(await callMethod(target, 'verifyReport', request)).toMatchObject({ ok: true, result: { ok: true, matches: false, reportFingerprint: 'ab'.repeat(32) } });
    expect(jobs.map((job) => job.name)).toEqual(['readReportFingerprint']);

    const lying: IsolatedWorkerPort = { isolated: true, run: () => Promise.resolve({ ok: true, fingerprint: 'not hex' }) };
    const lied = hostTarget(createHostServices({ host: 'electron', dataDir: await mkdtemp(join(dir, 'data-')), ports: { isolatedWorker: lying } }));
    expect(await callMethod(lied, 'verifyReport', request)).toMatchObject({ ok: true, result: { ok: false, messages: [expect.stringContaining('unexpected answer')] } });
  });

  it('reads a standard workbook as the readXlsxSheets job', async () => {
    const { jobs, target } = await hostWithSpy();
    const path = join(dir, 'standard.xlsx');
    await writeFile(path, await writeStandardTemplate());
    expect(await callMethod(target, 'readStandard', { path })).toMatchObject({ ok: true, result: { ok: true } });
    expect(jobs.map((job) => job.name)).toEqual(['readXlsxSheets']);
  });
});
