// The suggestion list through the host API (shared/contract/office-decision-spec.ts): the signed versions of a
// session's list, and signing the next one with this machine's office key. The work is in
// electron/office/suggestion-lists.ts and sign-suggestion-list.ts; this file loads, calls and phrases.
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { AdjustmentProblem } from '../../../shared/office/adjust-suggestion-list';
import { reportDataOf } from '../../../shared/reports/report-source';
import { loadWorkspace } from '../../office/office-workspace';
import { signSuggestionList } from '../../office/sign-suggestion-list';
import { loadSignedLists, type StoredList } from '../../office/suggestion-lists';
import { reportSourceOfState } from '../../office/workspace-report-source';
import type { HostServices } from '../call-method';
import type { HostContext } from '../host-context';
import { officeAccess } from './office-access';
import { refusal } from './refusal';

const versionOf = (stored: StoredList, currentDataFingerprint: string | null) => ({
  hash: stored.hash,
  matchesCurrentData: stored.payload.dataFingerprint === currentDataFingerprint,
  payload: stored.payload,
});

function adjustmentMessage(locale: Locale, problem: AdjustmentProblem, countyOf: (id: string) => string): string {
  if (problem.code === 'overQuota') return translate(locale, 'office.list.adjustment.overQuota', { listed: problem.listed, places: problem.places });
  return translate(locale, `office.list.adjustment.${problem.code}`, { index: problem.index + 1, county: countyOf(problem.applicationId) });
}

export function officeDecisionServices(context: HostContext): Pick<HostServices, 'officeSuggestionLists' | 'signSuggestionList'> {
  const { sentSession, onWorkspace } = officeAccess(context);

  return {
    officeSuggestionLists: async ({ sessionId }, call) => {
      const { locale } = call;
      const sent = await sentSession(locale, sessionId);
      if (!sent.ok) return sent;
      const { session, workspace, office } = sent;
      return onWorkspace(locale, async () => {
        const { state } = await loadWorkspace(workspace);
        const source = state.held.length === 0 ? null : reportSourceOfState(session, state);
        const current = source === null ? null : reportDataOf(source).dataFingerprint;
        const lists = await loadSignedLists(workspace, office.identity.fingerprint);
        return { ok: true as const, versions: lists.map((stored) => versionOf(stored, current)), currentDataFingerprint: current };
      });
    },

    signSuggestionList: async (params, call) => {
      const { locale } = call;
      const sent = await sentSession(locale, params.sessionId);
      if (!sent.ok) return sent;
      const { session, workspace, office } = sent;
      return onWorkspace(locale, async () => {
        const outcome = await signSuggestionList(workspace, {
          session,
          dataFingerprint: params.dataFingerprint,
          previousHash: params.previousHash,
          adjustments: params.adjustments,
          dissent: params.dissent,
          note: params.note,
          signer: office.signer,
          signerName: office.identity.name,
          signerFingerprint: office.identity.fingerprint,
        });
        if (!outcome.ok) {
          switch (outcome.code) {
            case 'staleVersion':
              return refusal(locale, 'office.list.staleVersion', { version: outcome.latestVersion });
            case 'noResults':
              return refusal(locale, 'office.list.noResults', { session: session.name });
            case 'noList':
              return refusal(locale, 'office.list.noList', { session: session.name, stage: translate(locale, `standard.stage.${session.stage}`) });
            case 'dataChanged':
              return refusal(locale, 'office.list.dataChanged');
            case 'versionExists':
              return refusal(locale, 'office.list.versionExists', { path: outcome.path });
            case 'invalidAdjustment': {
              const names = new Map(session.applications.map((a) => [a.id, a.countyName]));
              const countyOf = (id: string): string => names.get(id) ?? id;
              const head = refusal(locale, 'office.list.invalidAdjustment', { count: outcome.problems.length });
              return { ...head, messages: [...head.messages, ...outcome.problems.map((p) => adjustmentMessage(locale, p, countyOf))] };
            }
          }
        }
        return {
          ok: true as const,
          version: versionOf(outcome.stored, outcome.stored.payload.dataFingerprint),
          path: outcome.path,
          ...(outcome.auditProblem === null ? {} : { warning: translate(locale, 'office.list.notLogged', { message: describeProblem(locale, outcome.auditProblem) }) }),
        };
      });
    },
  };
}
