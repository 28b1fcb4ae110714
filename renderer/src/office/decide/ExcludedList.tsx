// 不参与排名的申报: each application the ranking leaves out, with why — a veto found failed by the panel's
// consensus rule (with how many experts found it and their reasons, the same words grouped), a prerequisite
// the experts found unmet, one the office found missing at intake, or no scores at all.
import { scoreText } from '../../../../shared/reports/report-text';
import { useApp } from '../../app/app-context';
import { expertLabels, type Translate } from './results-text';
import type { ExcludedApplication, Finding, Results } from './results-types';

/** The experts' reasons, one line per distinct wording, naming everyone who wrote it. */
function groupedReasons(t: Translate, finding: Finding, label: (expertId: string) => string): string[] {
  const byText = new Map<string, string[]>();
  for (const expertId of finding.foundBy) {
    if (expertId === 'office') continue;
    const text = finding.reasons[expertId]?.trim() || t('officeResults.excluded.noReason');
    byText.set(text, [...(byText.get(text) ?? []), label(expertId)]);
  }
  return [...byText].map(([reason, experts]) => t('officeResults.excluded.reasons', { experts: experts.join(t('officeResults.charts.listSeparator')), reason }));
}

function findingText(t: Translate, finding: Finding, rule: Results['rules']['vetoConsensus']): string {
  const byOffice = finding.foundBy.includes('office');
  if (finding.kind === 'prerequisite' && byOffice) return t('officeResults.excluded.prerequisiteByOffice', { leaf: finding.leafName });
  const params = { leaf: finding.leafName, count: finding.foundBy.length, outOf: finding.outOf, rule: t(`officeResults.consensus.${rule}`) };
  return t(finding.kind === 'veto' ? 'officeResults.excluded.veto' : 'officeResults.excluded.prerequisiteByExperts', params);
}

function ExcludedItem({ excluded, results }: { excluded: ExcludedApplication; results: Results }) {
  const { t } = useApp();
  const label = expertLabels(t, results);
  const application = results.applications.find((entry) => entry.applicationId === excluded.applicationId);
  const status = excluded.status === 'eligible' ? 'ineligible' : excluded.status;
  return (
    <li data-testid={`results-excluded-${excluded.applicationId}`}>
      <strong>{excluded.countyName}</strong> <span className="rd-results-status">{t(`officeResults.excluded.${status}`)}</span>
      <ul>
        {excluded.status === 'noScores' && <li>{t('officeResults.excluded.noScoresReason')}</li>}
        {excluded.findings.map((finding) => (
          <li key={`${finding.kind}-${finding.leafId}`}>
            {findingText(t, finding, results.rules.vetoConsensus)}
            {groupedReasons(t, finding, label).map((line) => (
              <div key={line} className="rd-results-reason">
                {line}
              </div>
            ))}
          </li>
        ))}
        {application !== undefined && application.aggregate !== null && <li className="rd-help">{t('officeResults.excluded.aggregate', { score: scoreText(application.aggregate) })}</li>}
      </ul>
    </li>
  );
}

export function ExcludedList({ results }: { results: Results }) {
  const { t } = useApp();
  return (
    <section aria-labelledby="rd-results-excluded-title" data-testid="results-excluded">
      <h3 id="rd-results-excluded-title">{t('officeResults.excluded.title')}</h3>
      {results.excluded.length === 0 ? (
        <p>{t('officeResults.excluded.none')}</p>
      ) : (
        <ul className="rd-results-excluded">
          {results.excluded.map((excluded) => (
            <ExcludedItem key={excluded.applicationId} excluded={excluded} results={results} />
          ))}
        </ul>
      )}
    </section>
  );
}
