// A review session's outcome into the county register (shared/contract/stage-outcome-spec.ts): the session's
// results, computed exactly as the reports compute them, beside the register; and the office's confirmation,
// written to the register under the programme's lock and entered in the session's audit log.
import type { StageOutcomeRowView } from '../../../shared/contract/stage-outcome-spec';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type Locale, type MessageKey } from '../../../shared/i18n/translate';
import type { CountyRegister } from '../../../shared/lifecycle/county-register';
import { STAGE_EVENT, type StageResult } from '../../../shared/lifecycle/stage-outcome-proposal';
import { confirmStageOutcomes, stageOutcomes, type QualificationList, type StageOutcomeRow, type StageOutcomes } from '../../../shared/lifecycle/stage-outcomes';
import type { SessionPayload } from '../../../shared/files/session-payload';
import type { OfficeState } from '../../../shared/office/office-state';
import { reportDataOf } from '../../../shared/reports/report-source';
import { eventWord, outcomeWord, stateWord } from '../../../shared/reports/county-lifecycle-words';
import { beijingDateOf } from '../../programme/beijing-today';
import { ProgrammeFileDamaged } from '../../programme/programme-file-error';
import { programmeFiles, withProgramme, type ProgrammeFiles } from '../../programme/programme-files';
import { appendAuditAfter } from '../../office/commit-audit';
import { loadWorkspace, type OfficeWorkspace } from '../../office/office-workspace';
import { loadSignedLists } from '../../office/suggestion-lists';
import { reportSourceOfState } from '../../office/workspace-report-source';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { officeAccess } from './office-access';
import { refusal, type Refusal } from './refusal';

interface SessionOutcomes {
  outcomes: StageOutcomes;
  dataFingerprint: string;
  register: CountyRegister;
  files: ProgrammeFiles;
}

/** Which counties the latest signed suggestion list names, if it was decided on the data held now. */
async function qualificationList(workspace: OfficeWorkspace, officeFingerprint: string, dataFingerprint: string): Promise<QualificationList> {
  const latest = (await loadSignedLists(workspace, officeFingerprint)).at(-1);
  if (latest === undefined) return { kind: 'notSigned' };
  if (latest.payload.dataFingerprint !== dataFingerprint) return { kind: 'outdated', version: latest.payload.version };
  return { kind: 'signed', version: latest.payload.version, listedCodes: new Set(latest.payload.entries.map((entry) => entry.countyCode)) };
}

function rowView(locale: Locale, row: StageOutcomeRow, application: { city: string; poverty: boolean } | undefined): StageOutcomeRowView {
  const who = { county: row.countyName, code: row.countyCode };
  return {
    applicationId: row.applicationId,
    countyCode: row.countyCode,
    countyName: row.countyName,
    city: application?.city ?? '',
    poverty: application?.poverty ?? false,
    aggregate: row.aggregate,
    grade: row.grade,
    proposed: row.proposal.outcome,
    proposalLine: translate(locale, `stageOutcomes.basis.${row.proposal.basis}`, { grade: row.grade ?? '' }),
    state: row.state,
    stateLabel: row.state === null ? translate(locale, 'stageOutcomes.notInRegister') : stateWord(locale, row.state),
    blockedLine: row.blocker === null ? null : translate(locale, `stageOutcomes.blocker.${row.blocker}`, { ...who, expected: stateWord(locale, row.expectedState) }),
  };
}

export function stageOutcomeServices(context: HostContext): Pick<HostServices, 'stageOutcomes' | 'confirmStageOutcomes'> {
  const access = officeAccess(context);
  const today = (): string => beijingDateOf(context.now());

  /** The session's results and the register, under the programme's lock, or the refusal that says why not. */
  async function withOutcomes<T>(locale: Locale, sessionId: string, work: (found: SessionOutcomes, session: SessionPayload, workspace: OfficeWorkspace, office: { name: string; fingerprint: string }) => Promise<T>): Promise<T | Refusal> {
    const sent = await access.sentSession(locale, sessionId);
    if (!sent.ok) return sent;
    const { session, workspace, office } = sent;
    return access.onWorkspace(locale, async () => {
      const { state } = await loadWorkspace(workspace);
      const computed = resultsOf(session, state);
      if (computed === null) return refusal(locale, 'stageOutcomes.refused.noResults', { session: session.name });
      const list = await qualificationList(workspace, office.identity.fingerprint, computed.dataFingerprint);
      const files = programmeFiles(context.dataDir, { signer: office.signer, fingerprint: office.identity.fingerprint });
      return withProgramme(context.dataDir, async () => {
        try {
          const register = await files.readRegister();
          const outcomes = stageOutcomes(register, { sessionId: session.sessionId, name: session.name, stage: session.stage }, computed.results, list);
          return await work({ outcomes, dataFingerprint: computed.dataFingerprint, register, files }, session, workspace, office.identity);
        } catch (cause) {
          if (cause instanceof ProgrammeFileDamaged) return refusal(locale, 'programme.file.damaged', { path: cause.path }, cause.problems);
          throw cause;
        }
      });
    });
  }

  return {
    stageOutcomes: async ({ sessionId }, { locale }) =>
      withOutcomes(locale, sessionId, async ({ outcomes, dataFingerprint }, session) => {
        const applications = new Map(session.applications.map((application) => [application.id, application]));
        return {
          ok: true as const,
          session: { ...outcomes.session, ...(session.batch === undefined ? {} : { batch: session.batch }) },
          eventLabel: eventWord(locale, outcomes.eventKind),
          outcomes: outcomes.outcomes.map((value) => ({ value, label: outcomeWord(locale, value) })),
          rows: outcomes.rows.map((row) => rowView(locale, row, applications.get(row.applicationId))),
          dataFingerprint,
          today: today(),
        };
      }),

    confirmStageOutcomes: async ({ sessionId, dataFingerprint, date, documentNumber, decisions }, { locale }) =>
      withOutcomes(locale, sessionId, async (found, session, workspace, office) => {
        if (found.dataFingerprint !== dataFingerprint) return refusal(locale, 'stageOutcomes.refused.dataChanged');
        const recordedBy = { name: office.name, keyFingerprint: office.fingerprint };
        const confirmed = confirmStageOutcomes(found.register, found.outcomes, decisions, {
          date,
          ...(documentNumber === undefined ? {} : { documentNumber }),
          recordedBy,
          today: today(),
        });
        if (!confirmed.ok) return refusal(locale, 'stageOutcomes.refused', { count: confirmed.problems.length }, confirmed.problems);
        await found.files.writeRegister(confirmed.register);
        // The register is written whatever the log says: its problem travels as a warning.
        const problem = await appendAuditAfter(
          workspace,
          [
            {
              action: 'outcomesRecorded',
              details: {
                event: STAGE_EVENT[session.stage],
                date,
                ...(documentNumber === undefined ? {} : { documentNumber }),
                counties: confirmed.recorded.map(({ code, name, outcome, state }) => ({ code, name, outcome, state })),
                dataFingerprint,
              },
            },
          ],
          { actor: office.fingerprint, recordedAt: context.now().toISOString() },
        );
        return {
          ok: true as const,
          recorded: confirmed.recorded.map(({ code, name, state }) => ({ code, name, state, stateLabel: stateWord(locale, state) })),
          warnings: confirmed.recorded.flatMap(({ name, warnings }) => warnings.map((key: MessageKey) => translate(locale, 'stageOutcomes.warningFor', { county: name, warning: translate(locale, key) }))),
          ...(problem === null ? {} : { auditWarning: translate(locale, 'stageOutcomes.notLogged', { message: describeProblem(locale, problem) }) }),
        };
      }),
  };
}

/** The panel's results as the reports compute them (each expert's latest accepted export), or null before any is in. */
function resultsOf(session: SessionPayload, state: OfficeState): { results: StageResult[]; dataFingerprint: string } | null {
  if (state.held.length === 0) return null;
  const source = reportSourceOfState(session, state);
  if (source === null) return null;
  const { results, dataFingerprint } = reportDataOf(source);
  return {
    results: results.applications.map((application) => ({
      applicationId: application.applicationId,
      countyCode: application.countyCode,
      countyName: application.countyName,
      aggregate: application.aggregate,
      grade: application.grade,
      status: application.status,
      complete: application.complete,
    })),
    dataFingerprint,
  };
}
