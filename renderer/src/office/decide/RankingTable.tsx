// 排名: the ranked applications best first, with the panel score and how it was made, the grade, and every
// expert's total in a column of its own. A total dropped by the trimmed mean is struck through (a CSS class,
// named in words for screen readers), a deviation flag is marked, and the legend under the table says so.
// An expert with no entry on an application was not assigned it: 「回避」 when the office confirmed a recusal
// there (that takes the expert off the assignment, so the results do not say it), 「—」 otherwise.
import { Tag } from 'antd';
import { scoreText } from '../../../../shared/reports/report-text';
import { useApp } from '../../app/app-context';
import { expertLabels, methodText } from './results-text';
import type { ExpertOnApplication, Results } from './results-types';

export function ExpertCell({ entry, recusedByOffice = false }: { entry: ExpertOnApplication | undefined; recusedByOffice?: boolean }) {
  const { t } = useApp();
  if (entry === undefined) {
    return recusedByOffice ? (
      <span className="rd-results-state">{t('officeResults.cell.recused')}</span>
    ) : (
      <span className="rd-results-state" title={t('officeResults.cell.notAssigned')}>
        <span aria-hidden="true">—</span>
        <span className="rd-visually-hidden">{t('officeResults.cell.notAssigned')}</span>
      </span>
    );
  }
  if (entry.state !== 'scored') return <span className="rd-results-state">{t(`officeResults.cell.${entry.state}`)}</span>;
  const dropped = entry.dropped ?? null;
  const flagged = entry.deviationFlagged === true;
  return (
    <span className={flagged ? 'rd-results-total rd-results-flagged' : 'rd-results-total'} data-dropped={dropped ?? undefined} data-flagged={flagged || undefined}>
      <span className={dropped === null ? undefined : 'rd-results-dropped'}>{scoreText(entry.total)}</span>
      {dropped !== null && <span className="rd-visually-hidden">{t(dropped === 'highest' ? 'officeResults.cell.droppedHighest' : 'officeResults.cell.droppedLowest')}</span>}
      {flagged && (
        <span className="rd-results-flag" title={t('officeResults.cell.flagged')}>
          <span aria-hidden="true">⚠</span>
          <span className="rd-visually-hidden">{t('officeResults.cell.flagged')}</span>
        </span>
      )}
    </span>
  );
}

export interface RankingTableProps {
  results: Results;
  indicatorName: (indicatorId: string) => string;
  /** The office's confirmed recusals, as `expertId\napplicationId`. */
  recusals?: ReadonlySet<string>;
}

export function RankingTable({ results, indicatorName, recusals = new Set<string>() }: RankingTableProps) {
  const { t } = useApp();
  const label = expertLabels(t, results);
  const byId = new Map(results.applications.map((application) => [application.applicationId, application]));
  const ranked = results.ranking.flatMap((entry) => {
    const application = byId.get(entry.applicationId);
    return application === undefined ? [] : [application];
  });
  return (
    <section aria-labelledby="rd-results-ranking-title" data-testid="results-ranking">
      <h3 id="rd-results-ranking-title">{t('officeResults.ranking.title')}</h3>
      {/* A plain table styled like antd's, not antd's Table: rc-table measures the scrollbar on every mount by
          adding a <style> element without the page nonce, which the CSP blocks and reports (seen in Chromium). */}
      <div className="rd-table-scroll">
        <table className="rd-table">
          <thead>
            <tr>
              <th scope="col">{t('officeResults.ranking.rank')}</th>
              <th scope="col" className="rd-results-sticky">
                {t('officeResults.ranking.county')}
              </th>
              <th scope="col" className="rd-results-number">
                {t('officeResults.ranking.aggregate')}
              </th>
              <th scope="col">{t('officeResults.ranking.grade')}</th>
              {results.experts.map((expert) => (
                <th key={expert.expertId} scope="col" className="rd-results-number">
                  {label(expert.expertId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranked.length === 0 && (
              <tr>
                <td colSpan={4 + results.experts.length}>{t('officeResults.ranking.empty')}</td>
              </tr>
            )}
            {ranked.map((application) => (
              <tr key={application.applicationId} data-testid={`results-row-${application.applicationId}`}>
                <td>
                  <strong>{application.rank}</strong>
                  {application.tieWithPreviousDecidedBy !== null && (
                    <div className="rd-help" data-testid="results-tie-note">
                      {application.tieWithPreviousDecidedBy.kind === 'indicator'
                        ? t('officeResults.ranking.tieIndicator', { indicator: indicatorName(application.tieWithPreviousDecidedBy.indicatorId) })
                        : t('officeResults.ranking.tieCountyCode')}
                    </div>
                  )}
                </td>
                <th scope="row" className="rd-results-sticky">
                  {application.countyName}
                  {application.poverty && <Tag className="rd-results-tag">{t('officeResults.ranking.poverty')}</Tag>}
                </th>
                <td className="rd-results-number">
                  <strong>{scoreText(application.aggregate)}</strong>
                  <div className="rd-help">{methodText(t, application, results.rules)}</div>
                </td>
                <td>{application.grade ?? '—'}</td>
                {results.experts.map((expert) => (
                  <td key={expert.expertId} className="rd-results-number">
                    <ExpertCell
                      entry={application.experts.find((entry) => entry.expertId === expert.expertId)}
                      recusedByOffice={recusals.has(`${expert.expertId}\n${application.applicationId}`)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="rd-results-legend" data-testid="results-legend">
        <li>
          <span className="rd-results-dropped" aria-hidden="true">
            88.00
          </span>{' '}
          {t('officeResults.legend.dropped')}
        </li>
        <li>{t('officeResults.legend.flagged')}</li>
        <li>{t('officeResults.legend.states')}</li>
        <li>{t('officeResults.legend.notAssigned')}</li>
      </ul>
    </section>
  );
}
