// Words the results screen and its charts share, so the table, the chart tooltips and the text alternatives
// never say the same thing two ways.
import type { MessageKey, MessageParams } from '../../../../shared/i18n/translate';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { groupsOf, leavesOf } from '../../../../shared/standard/walk';
import type { ApplicationResult, Results } from './results-types';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** How the panel score was made: 去掉最高最低分后平均 / 平均 / 中位数, with how many totals it used. */
export function methodText(t: Translate, application: ApplicationResult, rules: Results['rules']): string {
  const { aggregateMethod: method, counted } = application;
  if (method === 'none') return t('officeResults.method.none');
  // The trimmed mean drops exactly one highest and one lowest of the `counted` totals.
  return t(`officeResults.method.${method}`, { counted, kept: counted - 2, threshold: rules.aggregation.trimThreshold });
}

/** Expert id → "张明华（E1）"; the id alone when the results do not name the expert. */
export function expertLabels(t: Translate, results: Results): (expertId: string) => string {
  const names = new Map(results.experts.map((expert) => [expert.expertId, expert.name]));
  return (expertId) => {
    const name = names.get(expertId) ?? '';
    return name === '' ? expertId : t('officeResults.expertLabel', { name, id: expertId });
  };
}

/** Applications in the order the screen lists them: the ranking first, then the ones not ranked. */
export function applicationsInOrder(results: Results): ApplicationResult[] {
  const byId = new Map(results.applications.map((application) => [application.applicationId, application]));
  const ids = [...results.ranking.map((entry) => entry.applicationId), ...results.excluded.map((entry) => entry.applicationId)];
  const listed = new Set(ids);
  // An application neither ranked nor excluded should not happen; listed last rather than hidden if it does.
  const rest = results.applications.filter((application) => !listed.has(application.applicationId)).map((application) => application.applicationId);
  return [...ids, ...rest].flatMap((id) => {
    const application = byId.get(id);
    return application === undefined ? [] : [application];
  });
}

/**
 * Indicator id → "A1.2 name" from the draft's standard, but only when it is the very standard the results were
 * computed with (same fingerprint): a draft edited after the session was sent may name its indicators
 * differently. Otherwise, or for an id it does not know, the id alone.
 */
export function indicatorNamer(draft: SessionDraft, results: Results): (indicatorId: string) => string {
  const names = new Map<string, string>();
  if (draft.standard !== null && draft.standard.fingerprint === results.standard.fingerprint) {
    const { indicators } = draft.standard.standard;
    for (const group of groupsOf(indicators)) names.set(group.id, group.name);
    for (const { leaf } of leavesOf(indicators)) names.set(leaf.id, leaf.name);
  }
  return (indicatorId) => {
    const name = names.get(indicatorId);
    return name === undefined ? indicatorId : `${indicatorId} ${name}`;
  };
}
