// A stage session for the office's tests: the demo as an acceptance inspection (graded by the demo's bands, no
// quota), its experts' sheets cut to what the stage asks for and taken in, and the county register holding the
// session's counties, some of them walked to where an acceptance applies. Setup, not the subject of a test.
import type { PanelInput } from '../../../shared/panel/run-panel';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { compileStandard } from '../../../shared/standard/compile';
import { standardSchema } from '../../../shared/standard/schema';
import { demoSheetsOf } from './expert-fixtures';
import { accepted } from './host-answers';
import { call, E2_KEY, exportE1, handMade, importAllAccepted, type OfficeWorld } from './office-collect-fixtures';

/** The demo as an acceptance inspection: graded by the demo's bands (优秀 ≥ 90, 合格 ≥ 80), no quota. */
export const asAcceptance = (demo: PanelInput): PanelInput => {
  const { quota: _quota, ...rest } = demo;
  return { ...rest, session: { ...demo.session, name: '示例省示范县创建验收', stage: 'acceptance' } };
};

/** The demo's sheets of one expert with only the values the session's stage asks for (a veto or prerequisite of another stage is not scored). */
export function sheetsFor(world: OfficeWorld, expertId: string): ScoreSheet[] {
  const active = new Set(compileStandard(standardSchema.parse(world.payload.standard), world.payload.stage).leaves.map((leaf) => leaf.id));
  return demoSheetsOf(expertId).map((sheet) => (sheet.status === 'scored' ? { ...sheet, values: Object.fromEntries(Object.entries(sheet.values).filter(([id]) => active.has(id))) } : sheet));
}

export async function takeInScores(world: OfficeWorld): Promise<void> {
  const e1 = await exportE1(world, sheetsFor(world, 'E1'));
  const e2 = await handMade(world, 'e2.rdscores', { expertId: 'E2', sequence: 1, sheets: sheetsFor(world, 'E2'), signer: E2_KEY });
  await importAllAccepted(world, [e1.path, e2], [{ expertId: 'E2', fingerprint: E2_KEY.fingerprint }]);
}

/** Adds the session's counties to the register and walks the first `ready` of them to 已中期检查. */
export async function registerCounties(world: OfficeWorld, ready: number): Promise<void> {
  const counties = world.payload.applications.map((application) => ({ code: application.countyCode, name: application.countyName, city: application.city, batch: 2, povertyAlleviated: application.poverty }));
  accepted(await call(world.officeHost, 'addCounties', { counties }));
  for (const { code } of counties.slice(0, ready)) {
    const steps = [
      { kind: 'qualificationDecided', result: 'qualified', date: '2023-03-01', documentNumber: '示文旅〔2023〕5号', sessionId: 'q-2023' },
      { kind: 'creationStarted', date: '2023-04-01' },
      { kind: 'midtermRecorded', grade: 'pass', date: '2024-10-01', documentNumber: '示文旅〔2024〕8号', sessionId: 'mid-2024' },
    ];
    for (const event of steps) accepted(await call(world.officeHost, 'recordTransition', { code, event }));
  }
}
