// The panel results as terminal text, in the reader's language: method, quota, ranking, the suggestion
// list with its cut line and preference moves, what was not ranked and why, agreement and deviations. A
// stage that grades each county (no quota) prints the stage and the count per grade instead of the quota
// and the list; each county's grade is in the ranking's 等次 column.
import { translate, type Locale } from '../../shared/i18n/translate';
import type { QuotaComputation } from '../../shared/panel/quota';
import type { ApplicationResult, PanelResults } from '../../shared/panel/results';
import type { SuggestionListResult } from '../../shared/panel/suggestion-list';
import { groupedFingerprint } from '../../shared/util/fingerprint';
import { padToWidth } from './text-columns';

const score = (value: number): string => value.toFixed(2);
const scoreH = (hundredths: number): string => (hundredths / 100).toFixed(2);
const stat = (value: number | null): string => (value === null ? '—' : value.toFixed(3));

type Translator = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => string;

function quotaLine(t: Translator, q: QuotaComputation): string {
  return t('cli.demo.quota', {
    divisions: q.countyLevelDivisions,
    asOf: q.divisionsAsOf,
    percent: q.capPercent,
    exact: q.exactCap,
    rounding: t(`cli.demo.rounding.${q.rounding}`),
    rounded: q.roundedCap,
    given: q.alreadyGiven,
    places: q.places,
  });
}

/** For a graded stage: how many ranked counties reached each band, best band first (the others are listed as not ranked). */
function gradeLines(t: Translator, results: PanelResults): string[] {
  const bands = [...results.rules.grades].sort((a, b) => b.min - a.min);
  const ranked = new Set(results.ranking.map((entry) => entry.applicationId));
  const applications = results.applications.filter((app) => ranked.has(app.applicationId));
  const counts = bands.map((band) => t('cli.demo.gradeCount', { grade: band.name, count: applications.filter((app) => app.grade === band.name).length }));
  const ungraded = applications.filter((app) => app.grade === null).length;
  if (ungraded > 0) counts.push(t('cli.demo.ungradedCount', { count: ungraded }));
  return ['', t('cli.demo.gradesHeading'), bands.length === 0 ? t('cli.demo.noGrades') : counts.join('、')];
}

function listLines(t: Translator, locale: Locale, list: SuggestionListResult, apps: ReadonlyMap<string, ApplicationResult>): string[] {
  const lines = ['', t('cli.demo.listHeading', { places: list.places, count: list.entries.length })];
  for (const entry of list.entries) {
    lines.push(
      t('cli.demo.listEntry', {
        position: entry.position,
        county: entry.countyName,
        city: apps.get(entry.applicationId)?.city ?? '',
        score: scoreH(entry.scoreH),
        note: entry.movedBy ? t('cli.demo.movedNote') : '',
      }),
    );
  }
  if (list.cutLine) {
    lines.push(t('cli.demo.cutLine', { lastIn: scoreH(list.cutLine.lastInScoreH), firstOut: scoreH(list.cutLine.firstOutScoreH) }));
  }
  if (list.notListed.length > 0) {
    lines.push(t('cli.demo.notListed', { names: list.notListed.map((e) => `${e.countyName} ${scoreH(e.scoreH)}`).join('、') }));
  }
  lines.push(t('cli.demo.preference', { summary: translate(locale, list.ruleSummary.key, list.ruleSummary.params) }));
  for (const move of list.moves) lines.push(t('cli.demo.move', { text: translate(locale, move.explanation.key, move.explanation.params) }));
  if (list.tieAtCutLine) {
    lines.push(t('cli.demo.tieAtCut', { text: translate(locale, list.tieAtCutLine.explanation.key, list.tieAtCutLine.explanation.params) }));
  }
  return lines;
}

export function formatResults(results: PanelResults, locale: Locale): string[] {
  const t: Translator = (key, params = {}) => translate(locale, key, params);
  const apps = new Map(results.applications.map((a) => [a.applicationId, a]));
  const lines: string[] = [t('cli.demo.title', { session: results.session.name }), ''];
  lines.push(t('cli.demo.standard', { title: results.standard.title, version: results.standard.version }));
  lines.push(t('cli.demo.fingerprint', { fingerprint: groupedFingerprint(results.standard.fingerprint, 8) }));
  const { aggregation } = results.rules;
  lines.push(t(`cli.demo.method.${aggregation.policy}`, { threshold: aggregation.trimThreshold }));
  lines.push(results.quota === null ? t('cli.demo.gradedStage', { stage: t(`standard.stage.${results.session.stage}`) }) : quotaLine(t, results.quota));

  lines.push('', t('cli.demo.rankingHeading', { count: results.ranking.length }), t('cli.demo.rankingHeader'));
  for (const entry of results.ranking) {
    const app = apps.get(entry.applicationId);
    const notes: string[] = [];
    if (app?.poverty) notes.push(t('cli.demo.poverty'));
    const tie = entry.tieWithPreviousDecidedBy;
    if (tie?.kind === 'indicator') notes.push(t('cli.demo.tieByIndicator', { id: tie.indicatorId }));
    if (tie?.kind === 'countyCode') notes.push(t('cli.demo.tieByCode'));
    lines.push(
      [
        padToWidth(String(entry.rank), 6),
        padToWidth(entry.countyName, 16),
        padToWidth(app?.city ?? '', 12),
        padToWidth(score(entry.score), 9),
        padToWidth(app?.grade ?? '', 8),
        notes.join('；'),
      ].join(''),
    );
  }

  lines.push(...(results.suggestionList === null ? gradeLines(t, results) : listLines(t, locale, results.suggestionList, apps)));

  lines.push('', t('cli.demo.excludedHeading', { count: results.excluded.length }));
  for (const excluded of results.excluded) {
    const app = apps.get(excluded.applicationId);
    if (excluded.status === 'noScores') {
      lines.push(t('cli.demo.excluded.noScores', { county: excluded.countyName }));
      continue;
    }
    for (const finding of excluded.findings) {
      if (excluded.status === 'notScored') {
        lines.push(t('cli.demo.excluded.notScored', { county: excluded.countyName, leaf: `${finding.leafId} ${finding.leafName}` }));
        continue;
      }
      lines.push(
        t('cli.demo.excluded.ineligible', {
          county: excluded.countyName,
          kind: t(`standard.kind.${finding.kind}`),
          leaf: `${finding.leafId} ${finding.leafName}`,
          outOf: finding.outOf,
          found: finding.foundBy.length,
          failed: t(finding.kind === 'veto' ? 'cli.demo.vetoFailed' : 'cli.demo.prerequisiteUnmet'),
          score: t('cli.demo.scoreIgnored', { score: app?.aggregate === null || app === undefined ? '—' : score(app.aggregate) }),
        }),
      );
    }
  }

  const a = results.agreement;
  lines.push('', t('cli.demo.agreement', { applications: a.applications, experts: a.experts, single: stat(a.iccSingle), average: stat(a.iccAverage), w: stat(a.kendallW) }));
  const { deviation } = results.rules;
  lines.push(t('cli.demo.deviationHeading', { absolute: deviation.absolute ?? '—', z: deviation.z ?? '—' }));
  const flagged = results.experts.filter((e) => e.flagged > 0);
  if (flagged.length === 0) lines.push(t('cli.demo.noDeviation'));
  for (const expert of flagged) {
    lines.push(t('cli.demo.deviation', { name: expert.name, count: expert.flagged, mean: expert.meanDifference === null ? '—' : score(expert.meanDifference) }));
  }
  const recusals = results.applications.flatMap((app) =>
    app.experts
      .filter((e) => e.state === 'recused')
      .map((e) => `${results.experts.find((x) => x.expertId === e.expertId)?.name ?? e.expertId} → ${app.countyName}（${e.recusalReason ?? ''}）`),
  );
  lines.push(t('cli.demo.recusals', { list: recusals.length > 0 ? recusals.join('；') : t('cli.demo.none') }));
  if (!results.complete) lines.push(t('cli.demo.incomplete'));
  return lines;
}
