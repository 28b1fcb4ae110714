// The programme through the host API, on a real data directory with a real office key: a county taken from
// application to naming through a failed acceptance, rectification and re-inspection (state and history with
// 文号, review session and recorder after each step), illegal transitions refused with nothing written, a
// damaged register refused by name, the quota and the overdue reports in the overview, progress reports
// recorded into the blob store and returned, and every method refused without the office key.
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { callMethod, hostTarget } from '../../../electron/host/call-method';
import { blobStoreDirOf, countyRegisterPathOf } from '../../../electron/host/data-layout';
import { createHostServices } from '../../../electron/host/host-services';
import { newUploadPath } from '../../../electron/host/uploads';
import { BlobStore } from '../../../electron/store/blob-store';
import { translate } from '../../../shared/i18n/translate';
import { sha256Hex } from '../package/package-fixtures';
import { accepted, callHost as call, refused, type HostTarget as Target } from './host-answers';

type Locale = 'zh-CN' | 'en-US';

const OFFICE_NAME = '示例省文旅厅评审办';

async function host(role: 'office' | 'expert' | null): Promise<{ dataDir: string; target: Target; fingerprint: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rd-programme-'));
  const target = hostTarget(createHostServices({ host: 'web', dataDir }));
  if (role === null) return { dataDir, target, fingerprint: '' };
  const made = await call(target, 'createIdentity', { name: OFFICE_NAME, role });
  return { dataDir, target, fingerprint: made.identity.fingerprint };
}

const QINGHE = { code: '130102', name: '清河县', city: '邢台市', batch: 1, povertyAlleviated: false };
const FUPING = { code: '130924', name: '阜平县', city: '保定市', batch: 2, povertyAlleviated: true };

const record = (target: Target, code: string, event: Record<string, unknown>, locale: Locale = 'zh-CN') => call(target, 'recordTransition', { code, event }, locale);

describe('programme services', () => {
  let office: Awaited<ReturnType<typeof host>>;
  beforeAll(async () => {
    office = await host('office');
    accepted(await call(office.target, 'addCounties', { counties: [QINGHE, FUPING] }));
  }, 30_000);

  it('takes a county from application to naming through a failed acceptance, rectification and re-inspection', async () => {
    const steps: [Record<string, unknown>, string][] = [
      [{ kind: 'qualificationDecided', result: 'qualified', date: '2023-03-01', documentNumber: '冀文旅发〔2023〕12号', sessionId: 'qual-2023' }, 'qualified'],
      [{ kind: 'creationStarted', date: '2023-04-01' }, 'inCreation'],
      [{ kind: 'midtermRecorded', grade: 'pass', date: '2024-04-10', documentNumber: '冀文旅函〔2024〕30号', sessionId: 'mid-2024' }, 'midtermChecked'],
      [{ kind: 'acceptanceDecided', result: 'fail', date: '2025-04-15', documentNumber: '冀文旅发〔2025〕8号', sessionId: 'acc-2025' }, 'acceptanceFailed'],
      [{ kind: 'retentionGranted', date: '2025-05-01', documentNumber: '冀文旅函〔2025〕41号' }, 'rectifying'],
      [{ kind: 'reinspectionDecided', result: 'pass', date: '2025-10-20', documentNumber: '冀文旅发〔2025〕77号', sessionId: 'reinsp-2025' }, 'named'],
    ];
    for (const [event, state] of steps) {
      const result = accepted(await record(office.target, QINGHE.code, event));
      expect(result.entry.state).toBe(state);
      expect(result.entry.history.at(-1)?.event).toMatchObject(event);
    }
    const overview = accepted(await call(office.target, 'programmeOverview', {}));
    const qinghe = overview.counties.find((county) => county.code === QINGHE.code);
    expect(qinghe?.state).toBe('named');
    expect(qinghe?.stateLabel).toBe('已命名');
    expect(qinghe?.lastTransition?.event).toMatchObject({ documentNumber: '冀文旅发〔2025〕77号', sessionId: 'reinsp-2025' });
    // The whole way there, oldest first, for the county's panel.
    expect(qinghe?.history.map((record) => record.state)).toEqual(['qualified', 'inCreation', 'midtermChecked', 'acceptanceFailed', 'rectifying', 'named']);
    // The recorder is the office key's owner, set by the host.
    expect(qinghe?.lastTransition?.event.recordedBy).toEqual({ name: OFFICE_NAME, keyFingerprint: office.fingerprint });
    // Re-checks count 36 months from the re-inspection that named it.
    expect(qinghe?.nextDue).toMatchObject({ kind: 'dated', event: 'recheckDecided', dueDate: '2028-10-20' });
    expect(qinghe?.nextDueLine).toMatch(/^下一步：定期复查结果，应于 2028-10-20 前完成/);
    // The register on disk is signed with the office key.
    const stored = JSON.parse(await readFile(countyRegisterPathOf(office.dataDir), 'utf8')) as { signer: { fingerprint: string }; payload: { counties: { code: string; history: unknown[] }[] } };
    expect(stored.signer.fingerprint).toBe(office.fingerprint);
    expect(stored.payload.counties.find((county) => county.code === QINGHE.code)?.history).toHaveLength(steps.length);
  });

  it('refuses an illegal transition with the rules’ message and writes nothing', async () => {
    // Bytes and inode: a rewrite of the same register gives the same bytes, but a new file renamed into place.
    const path = countyRegisterPathOf(office.dataDir);
    const before = await readFile(path);
    const inode = (await stat(path)).ino;
    const event = { kind: 'acceptanceDecided', result: 'pass', date: '2025-01-01', documentNumber: '冀文旅发〔2025〕1号', sessionId: 'acc' };
    const result = refused(await record(office.target, FUPING.code, event));
    expect(result.code).toBe('lifecycle.refused.illegal.applied');
    expect(result.messages).toEqual([translate('zh-CN', 'lifecycle.refused.illegal.applied')]);
    expect(refused(await record(office.target, FUPING.code, event, 'en-US')).messages[0]).toBe(translate('en-US', 'lifecycle.refused.illegal.applied'));
    // A decision without its 文号, and one for a county not in the register.
    const noNumber = refused(await record(office.target, FUPING.code, { kind: 'qualificationDecided', result: 'qualified', date: '2024-01-02', sessionId: 'q' }));
    expect(noNumber.code).toBe('lifecycle.refused.documentNumberMissing');
    expect(refused(await record(office.target, '130999', { kind: 'creationStarted', date: '2024-01-02' })).messages[0]).toContain('130999');
    expect(Buffer.compare(before, await readFile(path))).toBe(0);
    expect((await stat(path)).ino).toBe(inode);
  });

  it('takes the recorder from the office key, never from the caller', async () => {
    const outcome = await callMethod(office.target, 'recordTransition', {
      code: FUPING.code,
      event: { kind: 'qualificationDecided', result: 'qualified', date: '2024-01-02', documentNumber: '冀文旅发〔2024〕2号', sessionId: 'q', recordedBy: { name: '冒名者', keyFingerprint: 'a'.repeat(64) } },
    });
    expect(outcome.ok).toBe(false);
  });

  it('refuses duplicate counties and bad codes in Chinese, adding none of the lot', async () => {
    const before = await readFile(countyRegisterPathOf(office.dataDir));
    const result = refused(
      await call(office.target, 'addCounties', {
        counties: [
          { ...QINGHE, name: '清河' },
          { code: '13010', name: '短码县', city: '石家庄市', batch: 1, povertyAlleviated: false },
          { code: '130200', name: '新县', city: '唐山市', batch: 4, povertyAlleviated: false },
          { code: '130300', name: '重复县', city: '秦皇岛市', batch: 3, povertyAlleviated: false },
          { code: '130300', name: '重复县', city: '秦皇岛市', batch: 3, povertyAlleviated: false },
        ],
      }),
    );
    expect(result.messages).toEqual([
      '有 4 处问题，未添加任何县：请改正后重新添加。',
      '清河（130102）已在台账中（登记为“清河县”），不能重复添加。',
      '短码县 的行政区划代码“13010”不对：应为 6 位数字。',
      '新县（130200）的批次 4 不对：示范县分 3 批创建，批次应为 1 至 3。',
      '重复县（130300）在本次添加的名单中出现了两次。',
    ]);
    expect(Buffer.compare(before, await readFile(countyRegisterPathOf(office.dataDir)))).toBe(0);
  });

  it('shows the quota per batch and the overdue reports, and records, returns and accepts progress reports', async () => {
    accepted(await record(office.target, FUPING.code, { kind: 'qualificationDecided', result: 'qualified', date: '2024-01-02', documentNumber: '冀文旅发〔2024〕2号', sessionId: 'q-2024' }));
    accepted(await record(office.target, FUPING.code, { kind: 'creationStarted', date: '2024-01-05' }));
    const settings = accepted(await call(office.target, 'programmeSettings', {})).settings;
    expect(settings.quota).toBeNull();
    const quota = { countyLevelDivisions: 167, divisionsAsOf: '2023-12-31', capPercent: 40, rounding: 'floor', batches: 3 };
    accepted(await call(office.target, 'setProgrammeSettings', { settings: { ...settings, quota } }));

    const overview = accepted(await call(office.target, 'programmeOverview', {}));
    expect(overview.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(overview.quota).toMatchObject({ cap: 66, used: 2, remaining: 64, exceeded: false });
    expect(overview.quota?.byBatch).toEqual([
      { batch: 1, used: 1, freed: 0 },
      { batch: 2, used: 1, freed: 0 },
      { batch: 3, used: 0, freed: 0 },
    ]);
    expect(overview.quota?.lines[0]).toContain('167');
    const fupingOverdue = (o: typeof overview) => o.overdue.filter((item) => item.county === FUPING.code).map((item) => `${item.kind} ${item.period}`);
    expect(fupingOverdue(overview)).toContain('quarterly 2024-Q1');
    expect(fupingOverdue(overview)).toContain('annual 2024');
    expect(overview.overdueLines.some((line) => line.includes('阜平县') && line.includes('2024年第一季度'))).toBe(true);

    const root = await mkdtemp(join(tmpdir(), 'rd-programme-report-'));
    const file = join(root, '阜平县2024年第一季度工作动态.pdf');
    const bytes = new TextEncoder().encode('%PDF-1.4 阜平县 2024 Q1');
    await writeFile(file, bytes);
    const recorded = accepted(await call(office.target, 'recordProgressReport', { county: FUPING.code, kind: 'quarterly', period: '2024-Q1', receivedOn: '2024-04-12', path: file }));
    expect(recorded.report.report).toMatchObject({ status: 'received', file: { name: '阜平县2024年第一季度工作动态.pdf', sha256: sha256Hex(bytes) } });
    const store = await BlobStore.open(blobStoreDirOf(office.dataDir));
    expect(await store.has(sha256Hex(bytes))).toBe(true);
    expect(fupingOverdue(accepted(await call(office.target, 'programmeOverview', {})))).not.toContain('quarterly 2024-Q1');

    accepted(await call(office.target, 'setProgressReportStatus', { id: recorded.report.id, status: 'returned' }));
    const afterReturn = accepted(await call(office.target, 'programmeOverview', {}));
    expect(afterReturn.overdue.find((item) => item.county === FUPING.code && item.period === '2024-Q1')?.returned).toBe(true);
    expect(afterReturn.reports.map((stored) => stored.report.status)).toEqual(['returned']);

    const accepting = accepted(await call(office.target, 'setProgressReportStatus', { id: recorded.report.id, status: 'accepted' }));
    expect(accepting.report.report.status).toBe('accepted');
    expect(fupingOverdue(accepted(await call(office.target, 'programmeOverview', {})))).not.toContain('quarterly 2024-Q1');

    // A file dropped into the web page: kept under the name the office saw, the upload removed afterwards.
    const upload = await newUploadPath(office.dataDir, '清河县2026年第一季度工作动态.pdf');
    await writeFile(upload, 'named counties owe no reports');
    const unowed = accepted(
      await call(office.target, 'recordProgressReport', { county: QINGHE.code, kind: 'quarterly', period: '2026-Q1', receivedOn: '2026-04-10', path: upload, fileName: '清河县2026年第一季度工作动态.pdf' }),
    );
    expect(unowed.report.report.file.name).toBe('清河县2026年第一季度工作动态.pdf');
    await expect(stat(upload)).rejects.toMatchObject({ code: 'ENOENT' });
    // Named in 2025, 清河县 owed no report for 2026-Q1: the report is shown as answering nothing, not dropped.
    const withUnmatched = accepted(await call(office.target, 'programmeOverview', {}));
    expect(withUnmatched.unmatchedLines).toHaveLength(1);
    expect(withUnmatched.unmatchedLines[0]).toContain('清河县2026年第一季度工作动态.pdf');

    const badPeriod = refused(await call(office.target, 'recordProgressReport', { county: FUPING.code, kind: 'quarterly', period: '2024', receivedOn: '2024-04-12', path: file }));
    expect(badPeriod.messages).toEqual(['季度工作动态的报告期“2024”不对：应写成 2025-Q3 这样的季度。']);
    expect(refused(await call(office.target, 'recordProgressReport', { county: FUPING.code, kind: 'annual', period: '2024', receivedOn: '2024-04-12', path: join(root, 'missing.pdf') })).code).toBe('programme.report.fileMissing');
    expect(refused(await call(office.target, 'setProgressReportStatus', { id: 'no-such-report', status: 'accepted' })).code).toBe('programme.report.unknownReport');
  });
});

describe('programme files that cannot be trusted', () => {
  it('refuses a damaged register by name and leaves it as it was', async () => {
    const { dataDir, target } = await host('office');
    accepted(await call(target, 'addCounties', { counties: [QINGHE] }));
    const path = countyRegisterPathOf(dataDir);
    const cut = (await readFile(path, 'utf8')).slice(0, 40);
    await writeFile(path, cut);
    const result = refused(await call(target, 'programmeOverview', {}));
    expect(result.code).toBe('programme.file.damaged');
    expect(result.messages[0]).toContain(path);
    expect(refused(await call(target, 'addCounties', { counties: [FUPING] })).code).toBe('programme.file.damaged');
    expect(await readFile(path, 'utf8')).toBe(cut);
  });

  it('refuses a register edited by hand: a 文号 changed within the rules breaks the signature', async () => {
    const { dataDir, target } = await host('office');
    accepted(await call(target, 'addCounties', { counties: [QINGHE] }));
    accepted(await record(target, QINGHE.code, { kind: 'qualificationDecided', result: 'qualified', date: '2023-03-01', documentNumber: '冀文旅发〔2023〕12号', sessionId: 'q' }));
    const path = countyRegisterPathOf(dataDir);
    const edited = (await readFile(path, 'utf8')).replace('冀文旅发〔2023〕12号', '冀文旅发〔2023〕13号');
    await writeFile(path, edited);
    const result = refused(await call(target, 'programmeOverview', {}));
    expect(result.code).toBe('programme.file.damaged');
    expect(result.messages[0]).toContain(path);
    expect(await readFile(path, 'utf8')).toBe(edited);
  });
});

describe('without the office key', () => {
  it.each([null, 'expert'] as const)('refuses every programme method (key: %s)', async (role) => {
    const { target } = await host(role);
    for (const [method, params] of [
      ['programmeOverview', {}],
      ['addCounties', { counties: [QINGHE] }],
      ['recordTransition', { code: QINGHE.code, event: { kind: 'creationStarted', date: '2024-01-01' } }],
      ['programmeSettings', {}],
    ] as const) {
      expect(refused(await call(target, method, params)).code).toBe('report.needOfficeKey');
    }
  });
});

describe('calls that arrive together', () => {
  it('applies every change: one read-modify-write at a time per data directory', async () => {
    const { target } = await host('office');
    const codes = ['130101', '130102', '130103', '130104'];
    const results = await Promise.all(codes.map((code) => call(target, 'addCounties', { counties: [{ ...QINGHE, code, name: `县${code}` }] })));
    for (const result of results) accepted(result);
    const overview = accepted(await call(target, 'programmeOverview', {}));
    expect(overview.counties.map((county) => county.code).sort()).toEqual(codes);
  });
});

describe("the programme's today", () => {
  it('is read from the host clock in Beijing: what is due counts down, then lapses, and a decision may not be dated after it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rd-programme-clock-'));
    // 2025-08-31 16:30 UTC is already 2025-09-01 00:30 in Beijing: the deadline day itself.
    let now = new Date('2025-08-01T03:00:00Z');
    const target = hostTarget(createHostServices({ host: 'web', dataDir, clock: () => now }));
    await call(target, 'createIdentity', { name: OFFICE_NAME, role: 'office' });
    accepted(await call(target, 'addCounties', { counties: [QINGHE] }));
    for (const event of [
      { kind: 'qualificationDecided', result: 'qualified', date: '2023-03-01', documentNumber: '冀文旅〔2023〕1号', sessionId: 'Q' },
      { kind: 'creationStarted', date: '2023-04-01' },
      { kind: 'midtermRecorded', grade: 'pass', date: '2024-04-01', documentNumber: '冀文旅〔2024〕2号', sessionId: 'M' },
      { kind: 'acceptanceDecided', result: 'fail', date: '2025-01-10', documentNumber: '冀文旅〔2025〕3号', sessionId: 'A' },
      { kind: 'retentionGranted', date: '2025-03-01', documentNumber: '冀文旅〔2025〕4号' },
    ]) {
      accepted(await record(target, QINGHE.code, event));
    }
    const dueOn = async () => accepted(await call(target, 'programmeOverview', {}));
    expect(await dueOn()).toMatchObject({ today: '2025-08-01', counties: [{ nextDue: { kind: 'dated', event: 'reinspectionDecided', dueDate: '2025-09-01', daysLeft: 31 } }] });
    expect(refused(await record(target, QINGHE.code, { kind: 'reinspectionDecided', result: 'pass', date: '2025-08-02', documentNumber: '冀文旅〔2025〕9号', sessionId: 'R' })).code).toBe('lifecycle.refused.dateInFuture');

    now = new Date('2025-08-31T16:30:00Z');
    expect(await dueOn()).toMatchObject({ today: '2025-09-01', counties: [{ nextDue: { daysLeft: 0 } }] });
    now = new Date('2025-09-03T02:00:00Z');
    expect(await dueOn()).toMatchObject({ today: '2025-09-03', counties: [{ nextDue: { daysLeft: -2 } }] });
  });
});
