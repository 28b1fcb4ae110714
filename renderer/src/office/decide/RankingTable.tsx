// 排名: the ranked applications best first, with the panel score and how it was made, the grade, and every
// expert's total in a column of its own. A total dropped by the trimmed mean is struck through (a CSS class,
// named in words for screen readers), a deviation flag is marked, and the legend under the table says so.
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { scoreText } from '../../../../shared/reports/report-text';
import { useApp } from '../../app/app-context';
import { expertLabels, methodText } from './results-text';
import type { ApplicationResult, ExpertOnApplication, Results } from './results-types';

export function ExpertCell({ entry }: { entry: ExpertOnApplication | undefined }) {
  const { t } = useApp();
  if (entry === undefined) return null;
  if (entry.state !== 'scored') return <span className="rd-results-state">{t(`officeResults.cell.${entry.state}`)}</span>;
  const dropped = entry.dropped ?? null;
  const flagged = entry.deviationFlagged === true;
  return (
    <span className={flagged ? 'rd-results-total rd-results-flagged' : 'rd-results-total'} data-dropped={dropped ?? undefined} data-flagged={flagged || undefined}>
      <span className={dropped === null ? undefined : 'rd-results-dropped'}>{scoreText(entry.total)}</span>
      {dropped !== null && <span className="rd-results-sr">{t(dropped === 'highest' ? 'officeResults.cell.droppedHighest' : 'officeResults.cell.droppedLowest')}</span>}
      {flagged && (
        <span className="rd-results-flag" title={t('officeResults.cell.flagged')}>
          <span aria-hidden="true">⚠</span>
          <span className="rd-results-sr">{t('officeResults.cell.flagged')}</span>
        </span>
      )}
    </span>
  );
}

/** The expert columns every results table shares: one per expert of the panel, headed by name and id. */
export function expertColumns(results: Results, label: (expertId: string) => string): ColumnsType<ApplicationResult> {
  return results.experts.map((expert) => ({
    key: `expert-${expert.expertId}`,
    title: label(expert.expertId),
    align: 'right',
    render: (_, application) => <ExpertCell entry={application.experts.find((entry) => entry.expertId === expert.expertId)} />,
  }));
}

export function RankingTable({ results }: { results: Results }) {
  const { t } = useApp();
  const label = expertLabels(t, results);
  const byId = new Map(results.applications.map((application) => [application.applicationId, application]));
  const ranked = results.ranking.flatMap((entry) => {
    const application = byId.get(entry.applicationId);
    return application === undefined ? [] : [application];
  });
  const columns: ColumnsType<ApplicationResult> = [
    {
      key: 'rank',
      title: t('officeResults.ranking.rank'),
      render: (_, application) => (
        <>
          <strong>{application.rank}</strong>
          {application.tieWithPreviousDecidedBy !== null && (
            <div className="rd-help" data-testid="results-tie-note">
              {application.tieWithPreviousDecidedBy.kind === 'indicator'
                ? t('officeResults.ranking.tieIndicator', { indicator: application.tieWithPreviousDecidedBy.indicatorId })
                : t('officeResults.ranking.tieCountyCode')}
            </div>
          )}
        </>
      ),
    },
    {
      key: 'county',
      title: t('officeResults.ranking.county'),
      render: (_, application) => (
        <>
          {application.countyName}
          {application.poverty && <Tag className="rd-results-tag">{t('officeResults.ranking.poverty')}</Tag>}
        </>
      ),
    },
    {
      key: 'aggregate',
      title: t('officeResults.ranking.aggregate'),
      align: 'right',
      render: (_, application) => (
        <>
          <strong>{scoreText(application.aggregate)}</strong>
          <div className="rd-help">{methodText(t, application, results.rules)}</div>
        </>
      ),
    },
    { key: 'grade', title: t('officeResults.ranking.grade'), render: (_, application) => application.grade ?? '—' },
    ...expertColumns(results, label),
  ];
  return (
    <section aria-labelledby="rd-results-ranking-title" data-testid="results-ranking">
      <h3 id="rd-results-ranking-title">{t('officeResults.ranking.title')}</h3>
      <Table<ApplicationResult>
        size="small"
        rowKey="applicationId"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={ranked}
        columns={columns}
        locale={{ emptyText: t('officeResults.ranking.empty') }}
      />
      <ul className="rd-results-legend" data-testid="results-legend">
        <li>
          <span className="rd-results-dropped" aria-hidden="true">88.00</span> {t('officeResults.legend.dropped')}
        </li>
        <li>{t('officeResults.legend.flagged')}</li>
        <li>{t('officeResults.legend.states')}</li>
      </ul>
    </section>
  );
}
