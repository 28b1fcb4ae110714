// A stage session's outcome into the county register through the host API, on a real signed acceptance
// session (no quota, the demo's grade bands) with E1's and E2's exports taken in: nothing reaches the
// register until the office confirms; a confirmation records the outcome with the session, 文号, score and
// recorder, is entered in the session's audit log and is not offered twice; later scores and a refused
// county each refuse the lot with the register untouched. Then a qualification session, whose outcome
// follows the signed suggestion list.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { countyRegisterPathOf } from '../../../electron/host/data-layout';
import { loadWorkspace } from '../../../electron/office/office-workspace';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { accepted, refused } from './host-answers';
import { call, officeWorld, SESSION_ID, type OfficeWorld } from './office-collect-fixtures';
import { asAcceptance, registerCounties, takeInScores } from './stage-session-fixtures';

type Outcomes = Extract<HostResult<'stageOutcomes'>, { ok: true }>;
const DOC = '示文旅公服〔2026〕31号';

describe('stageOutcomes and confirmStageOutcomes on an acceptance session', () => {
  let world: OfficeWorld;
  let outcomes: Outcomes;

  beforeAll(async () => {
    world = await officeWorld({ reshape: asAcceptance });
    await takeInScores(world);
    await registerCounties(world, 3);
    outcomes = accepted(await call(world.officeHost, 'stageOutcomes', { sessionId: SESSION_ID }));
  }, 120_000);

  it('shows every application with its score, grade, proposal and the county where it stands', () => {
    expect(outcomes.session.stage).toBe('acceptance');
    expect(outcomes.eventLabel).toBe('验收结果');
    expect(outcomes.outcomes.map((outcome) => outcome.value)).toEqual(['excellent', 'pass', 'fail']);
    expect(outcomes.rows).toHaveLength(world.payload.applications.length);
    const ready = outcomes.rows.filter((row) => row.blockedLine === null);
    expect(ready).toHaveLength(3);
    for (const row of ready) {
      expect(row.state).toBe('midtermChecked');
      expect(row.aggregate).not.toBeNull();
      expect(row.proposed).not.toBeNull();
    }
    const first = world.payload.applications.find((application) => application.id === ready[0]?.applicationId);
    expect(ready[0]).toMatchObject({ city: first?.city, poverty: first?.poverty });
    expect(outcomes.session.batch).toBe(world.payload.batch);
    const waiting = outcomes.rows.filter((row) => row.blockedLine !== null);
    expect(waiting.every((row) => row.state === 'applied')).toBe(true);
    expect(waiting[0]?.blockedLine).toContain('需要处于「已中期检查」');
  });

  it('writes nothing to the register before the office confirms', async () => {
    const overview = accepted(await call(world.officeHost, 'programmeOverview', {}));
    expect(overview.counties.every((county) => county.state !== 'named' && county.state !== 'acceptanceFailed')).toBe(true);
  });

  it('refuses the lot when one ticked county cannot be recorded, or when scores came in since', async () => {
    const [first] = outcomes.rows.filter((row) => row.blockedLine === null);
    const blocked = outcomes.rows.find((row) => row.blockedLine !== null);
    if (!first || !blocked) throw new Error('the demo has ready and blocked counties');
    const before = await readFile(countyRegisterPathOf(world.officeDir));
    const refusal = refused(
      await call(world.officeHost, 'confirmStageOutcomes', {
        sessionId: SESSION_ID,
        dataFingerprint: outcomes.dataFingerprint,
        date: '2026-11-20',
        documentNumber: DOC,
        decisions: [
          { applicationId: first.applicationId, outcome: first.proposed },
          { applicationId: blocked.applicationId, outcome: 'pass' },
        ],
      }),
    );
    expect(refusal.code).toBe('stageOutcomes.refused');
    expect(refusal.messages.join('\n')).toContain(blocked.countyName);
    const stale = refused(
      await call(world.officeHost, 'confirmStageOutcomes', { sessionId: SESSION_ID, dataFingerprint: 'f'.repeat(64), date: '2026-11-20', documentNumber: DOC, decisions: [{ applicationId: first.applicationId, outcome: first.proposed }] }),
    );
    expect(stale.code).toBe('stageOutcomes.refused.dataChanged');
    expect(await readFile(countyRegisterPathOf(world.officeDir))).toEqual(before);
  });

  it('records the confirmed counties with session, 文号, score and recorder, logs it, and does not offer them again', async () => {
    const ready = outcomes.rows.filter((row) => row.blockedLine === null);
    const [departed, ...followed] = ready;
    if (!departed) throw new Error('no ready county');
    const departure = departed.proposed === 'fail' ? 'pass' : 'fail';
    const confirmed = accepted(
      await call(world.officeHost, 'confirmStageOutcomes', {
        sessionId: SESSION_ID,
        dataFingerprint: outcomes.dataFingerprint,
        date: '2026-11-20',
        documentNumber: DOC,
        decisions: [{ applicationId: departed.applicationId, outcome: departure, reason: '现场复核发现材料不实' }, ...followed.map((row) => ({ applicationId: row.applicationId, outcome: row.proposed }))],
      }),
    );
    expect(confirmed.recorded).toHaveLength(ready.length);

    const overview = accepted(await call(world.officeHost, 'programmeOverview', {}));
    for (const row of ready) {
      const county = overview.counties.find((candidate) => candidate.code === row.countyCode);
      const last = county?.history.at(-1)?.event;
      expect(last).toMatchObject({ kind: 'acceptanceDecided', date: '2026-11-20', documentNumber: DOC, sessionId: SESSION_ID, score: row.aggregate, recordedBy: { name: world.office.identity.name, keyFingerprint: world.office.identity.fingerprint } });
      expect(county?.state).toBe(last !== undefined && 'result' in last && last.result === 'fail' ? 'acceptanceFailed' : 'named');
    }
    const departedCounty = overview.counties.find((candidate) => candidate.code === departed.countyCode);
    expect(departedCounty?.history.at(-1)?.event).toMatchObject({ result: departure, note: '现场复核发现材料不实' });

    const { auditLog } = await loadWorkspace(world.workspace);
    const logged = auditLog.at(-1);
    expect(logged?.action).toBe('outcomesRecorded');
    expect(logged?.details).toMatchObject({ event: 'acceptanceDecided', documentNumber: DOC, counties: ready.map((row) => ({ code: row.countyCode })) });

    const described = accepted(await call(world.officeHost, 'officeAuditLog', { sessionId: SESSION_ID }));
    expect(described.entries.at(-1)?.description).toBe(`${ready.length} 个县的评审结果已写入示范县名册（文号 ${DOC}）`);

    const again = accepted(await call(world.officeHost, 'stageOutcomes', { sessionId: SESSION_ID }));
    for (const row of ready) expect(again.rows.find((candidate) => candidate.applicationId === row.applicationId)?.blockedLine).toContain('已写入名册');
  });
});

describe('stageOutcomes on a qualification session', () => {
  it('follows the signed suggestion list, and holds every county back until one is signed', async () => {
    const world = await officeWorld();
    await takeInScores(world);
    await registerCounties(world, 0);
    const unsigned = accepted(await call(world.officeHost, 'stageOutcomes', { sessionId: SESSION_ID }));
    expect(unsigned.rows.every((row) => row.blockedLine?.includes('请先在「建议名单」签署'))).toBe(true);

    const results = accepted(await call(world.officeHost, 'officeResults', { sessionId: SESSION_ID }));
    accepted(await call(world.officeHost, 'signSuggestionList', { sessionId: SESSION_ID, dataFingerprint: results.dataFingerprint, previousHash: null, adjustments: [], dissent: [], note: '' }));
    const signed = accepted(await call(world.officeHost, 'stageOutcomes', { sessionId: SESSION_ID }));
    const listed = new Set((results.results.suggestionList?.entries ?? []).map((entry) => entry.applicationId));
    expect(listed.size).toBeGreaterThan(0);
    for (const row of signed.rows) {
      expect(row.blockedLine).toBeNull();
      expect(row.proposed).toBe(listed.has(row.applicationId) ? 'qualified' : 'notQualified');
    }
  }, 120_000);
});
