// The office's "Collect" and "Decide" through the host API (shared/contract/office-collect-spec.ts): every
// method reads the session the office sent (sent-session.ts, signed by this machine's office key) and the
// workspace beside it; the work is electron/office/'s and shared/office/'s, this file loads, calls and
// phrases the answers in the caller's language.
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { COLLECT_OUTCOMES, type CollectOutcome } from '../../../shared/contract/office-collect-spec';
import { deviationExplanations } from '../../../shared/office/deviation-explanations';
import { enrolmentsWithHeld } from '../../../shared/office/held-enrolment';
import { progressMatrix, excludedByOffice } from '../../../shared/office/progress-matrix';
import { rosterSchema } from '../../../shared/office/roster';
import { lacksRequiredQuota, rosterOfSession } from '../../../shared/office/session-derived';
import { reportDataOf } from '../../../shared/reports/report-source';
import { collectScores, type CollectedFile } from '../../office/collect-scores';
import { listSentSessions } from '../../office/list-sent-sessions';
import { loadWorkspace } from '../../office/office-workspace';
import { reportSourceOfState } from '../../office/workspace-report-source';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { removeIfUpload } from '../uploads';
import { officeAccess } from './office-access';
import { refusal } from './refusal';

/** Outcomes that leave nothing for the clerk to put right. */
const NOTHING_TO_DO: ReadonlySet<CollectOutcome> = new Set<CollectOutcome>(['accepted', 'alreadyHeld', 'duplicate']);

function summaryOf(locale: Locale, files: readonly CollectedFile[]) {
  const counts = Object.fromEntries(COLLECT_OUTCOMES.map((outcome) => [outcome, 0])) as Record<CollectOutcome, number>;
  for (const file of files) counts[file.outcome] += 1;
  const refused = files.filter((file) => !NOTHING_TO_DO.has(file.outcome)).length;
  const params = { total: files.length, accepted: counts.accepted, unchanged: counts.alreadyHeld + counts.duplicate, refused };
  const message = [translate(locale, 'office.collect.summary', params), ...(refused > 0 ? [translate(locale, 'office.collect.summaryRefused')] : [])].join('');
  return { total: files.length, counts, refused, message };
}

export function officeCollectServices(
  context: HostContext,
): Pick<HostServices, 'importScores' | 'officeSessionOverview' | 'officeResults' | 'listOfficeSessions'> {
  const { dataDir } = context;

  const { officeKey, sentSession, onWorkspace } = officeAccess(context);

  return {
    importScores: async ({ sessionId, paths, enrol }, call) => {
      const { locale } = call;
      try {
        const sent = await sentSession(locale, sessionId);
        if (!sent.ok) return sent;
        const { session, workspace, office } = sent;
        const unknown = enrol.find((e) => !session.roster.some((entry) => entry.expertId === e.expertId));
        if (unknown !== undefined) return refusal(locale, 'office.collect.enrolUnknownExpert', { expert: unknown.expertId });
        return await onWorkspace(locale, async () => {
          const { state } = await loadWorkspace(workspace);
          const explicit = new Map(enrol.map((e) => [e.expertId, e.fingerprint]));
          const candidate = rosterOfSession(session, enrolmentsWithHeld(state, explicit));
          const roster = rosterSchema.safeParse(candidate);
          if (!roster.success) {
            // The roster's only rule an enrolment can break: one key for two experts (issue path experts.<i>.keyFingerprint).
            const experts = roster.error.issues.map((issue) => candidate.experts[Number(issue.path[1])]?.id ?? '').filter((id) => id !== '');
            return refusal(locale, 'office.collect.enrolKeyShared', { expert: experts.join('、') });
          }
          call.signal.throwIfAborted();
          const options = { officeSigner: office.signer, roster: roster.data };
          const lines = await collectScores(workspace, paths, options, (done, total, label) => call.progress(done, total, label));
          const files = lines.map(({ message, ...line }) => ({ ...line, message: translate(locale, message.code, message.params) }));
          return { ok: true as const, files, summary: summaryOf(locale, lines) };
        });
      } finally {
        for (const path of paths) await removeIfUpload(dataDir, path);
      }
    },

    officeSessionOverview: async ({ sessionId }, call) => {
      const sent = await sentSession(call.locale, sessionId);
      if (!sent.ok) return sent;
      const { session, workspace, office } = sent;
      return onWorkspace(call.locale, async () => {
        const { state, auditLog } = await loadWorkspace(workspace);
        const excluded = excludedByOffice(session);
        return {
          ok: true as const,
          session: {
            sessionId: session.sessionId,
            name: session.name,
            stage: session.stage,
            ...(session.batch === undefined ? {} : { batch: session.batch }),
            createdAt: session.createdAt,
            officeFingerprint: office.identity.fingerprint,
            standardTitle: session.standard.title,
            standardFingerprint: session.standardFingerprint,
            hasQuota: session.quota !== undefined,
          },
          roster: session.roster.map(({ expertId, name, organisation, title, city, keyFingerprint }) => ({ expertId, name, organisation, title, city, keyFingerprint })),
          applications: session.applications.map(({ id, countyName, countyCode, city, poverty }) => ({
            id,
            countyName,
            countyCode,
            city,
            poverty,
            excludedByOffice: excluded.has(id),
          })),
          matrix: progressMatrix(session, state, auditLog),
        };
      });
    },

    officeResults: async ({ sessionId }, call) => {
      const { locale } = call;
      const sent = await sentSession(locale, sessionId);
      if (!sent.ok) return sent;
      const { session, workspace } = sent;
      // Only a qualification session needs a quota; a stage session's results grade each county without one.
      if (lacksRequiredQuota(session)) return refusal(locale, 'report.noQuota');
      return onWorkspace(locale, async () => {
        const { state, auditLog } = await loadWorkspace(workspace);
        if (state.held.length === 0) return refusal(locale, 'office.collect.noExports', { session: session.name });
        // Exactly as the reports compute them (each expert's latest accepted export), with their fingerprint.
        const source = reportSourceOfState(session, state);
        if (source === null) return refusal(locale, 'report.noQuota');
        const { results, dataFingerprint } = reportDataOf(source);
        return {
          ok: true as const,
          results,
          deviations: deviationExplanations(results, source.sheets),
          exports: progressMatrix(session, state, auditLog).latestExports,
          dataFingerprint,
        };
      });
    },

    listOfficeSessions: async (_params, call) => {
      const { locale } = call;
      const office = await officeKey(locale);
      if ('ok' in office) return office;
      const entries = await listSentSessions(dataDir, office.identity.fingerprint);
      return {
        ok: true as const,
        sessions: entries.map((entry) => {
          if (!entry.ok) return { ok: false as const, folder: entry.folder, code: entry.code, messages: entry.problems.map((p) => describeProblem(locale, p)) };
          const { session } = entry;
          return {
            ok: true as const,
            folder: entry.folder,
            sessionId: session.sessionId,
            name: session.name,
            stage: session.stage,
            ...(session.batch === undefined ? {} : { batch: session.batch }),
            createdAt: session.createdAt,
            acceptedExports: entry.acceptedExports,
            experts: session.roster.length,
          };
        }),
      };
    },
  };
}
