// A real data directory for the `programme` CLI tests: the office key made with the CLI's own `identity
// --create`, and the register filled in through the host API the window uses (the same services the command
// reads back), so the CLI is tested against what the office would really have on disk:
//  - 清河县 (batch 1): qualified, creating, mid-term, acceptance failed with its panel's score, six months to rectify;
//  - 阜平县 (batch 2): creating since 2024-01-05 with no progress report in, so every one of them is overdue;
//  - 临西县 (batch 3): applied, nothing recorded yet.
import { join } from 'node:path';
import { runCli } from '../../../electron/cli/run';
import { callMethod, hostTarget, type DispatchTarget } from '../../../electron/host/call-method';
import { createHostServices } from '../../../electron/host/host-services';
import type { HostApiSpec, HostMethod, HostResult } from '../../../shared/contract/host-api-spec';
import { tempDir } from '../office/exchange-fixtures';

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
  /** stdout and stderr as one text, in the order printed. */
  text: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const both: string[] = [];
  const code = await runCli(argv, {
    out: (line) => (out.push(line), both.push(line)),
    err: (line) => (err.push(line), both.push(line)),
  });
  return { code, out, err, text: both.join('\n') };
}

export async function hostCall<M extends HostMethod>(target: DispatchTarget<HostApiSpec>, method: M, params: unknown): Promise<Extract<HostResult<M>, { ok: true }>> {
  const outcome = await callMethod(target, method, params, { locale: 'zh-CN' });
  const result = outcome.ok ? (outcome.result as { ok?: boolean }) : null;
  if (result === null || result.ok === false) throw new Error(`${method}: ${JSON.stringify(outcome)}`);
  return result as Extract<HostResult<M>, { ok: true }>;
}

export const QINGHE = { code: '130102', name: '清河县', city: '邢台市', batch: 1, povertyAlleviated: false };
export const FUPING = { code: '130924', name: '阜平县', city: '保定市', batch: 2, povertyAlleviated: true };
export const LINXI = { code: '130535', name: '临西县', city: '邢台市', batch: 3, povertyAlleviated: false };

/** 清河县's failed acceptance: the panel's total and its session, as confirmStageOutcomes would record them. */
export const QINGHE_ACCEPTANCE = {
  kind: 'acceptanceDecided',
  result: 'fail',
  date: '2025-04-15',
  documentNumber: '冀文旅发〔2025〕8号',
  sessionId: 'acc-2025',
  score: 71.25,
} as const;
export const QINGHE_RETENTION = { kind: 'retentionGranted', date: '2025-05-01', documentNumber: '冀文旅函〔2025〕41号' } as const;

export const QUOTA = { countyLevelDivisions: 167, divisionsAsOf: '2023-12-31', capPercent: 40, rounding: 'floor', batches: 3 } as const;

export interface ProgrammeDir {
  root: string;
  dataDir: string;
  target: DispatchTarget<HostApiSpec>;
  /** Sets the quota's base (the overview workbook is refused until then). */
  setQuota(): Promise<void>;
}

/** A data directory with the office key and the three counties above; the quota's base not yet set. */
export async function programmeDir(): Promise<ProgrammeDir> {
  const root = await tempDir('review-desk-cli-programme-');
  const dataDir = join(root, 'office');
  const made = await cli('identity', '--create', '--name', '示例省文旅厅评审办', '--role', 'office', '--data-dir', dataDir);
  if (made.code !== 0) throw new Error(made.text);
  const target = hostTarget(createHostServices({ host: 'web', dataDir }));
  await hostCall(target, 'addCounties', { counties: [QINGHE, FUPING, LINXI] });
  const record = (code: string, event: Record<string, unknown>) => hostCall(target, 'recordTransition', { code, event });
  await record(QINGHE.code, { kind: 'qualificationDecided', result: 'qualified', date: '2023-03-01', documentNumber: '冀文旅发〔2023〕12号', sessionId: 'qual-2023' });
  await record(QINGHE.code, { kind: 'creationStarted', date: '2023-04-01' });
  await record(QINGHE.code, { kind: 'midtermRecorded', grade: 'pass', date: '2024-04-10', documentNumber: '冀文旅函〔2024〕30号', sessionId: 'mid-2024' });
  await record(QINGHE.code, QINGHE_ACCEPTANCE);
  await record(QINGHE.code, QINGHE_RETENTION);
  await record(FUPING.code, { kind: 'qualificationDecided', result: 'qualified', date: '2024-01-02', documentNumber: '冀文旅发〔2024〕2号', sessionId: 'qual-2024' });
  await record(FUPING.code, { kind: 'creationStarted', date: '2024-01-05' });
  return {
    root,
    dataDir,
    target,
    async setQuota() {
      const { settings } = await hostCall(target, 'programmeSettings', {});
      await hostCall(target, 'setProgrammeSettings', { settings: { ...settings, quota: QUOTA } });
    },
  };
}
