// Who has handed in what: a row per expert (name, the key's first groups, the latest export's number and
// time), a column per application, and in each cell what that expert's latest accepted export says. The
// header and the experts' column stay in place while the office scrolls a 15 × 60 panel either way.
import { Table, type TableColumnsType } from 'antd';
import type { ProgressCell } from '../../../../shared/office/progress-matrix';
import { groupedFingerprint } from '../../../../shared/util/fingerprint';
import { useApp } from '../../app/app-context';
import { exportTime, type ExpertProgress, type Overview } from './overview';

/** A sign beside each word, so the states tell apart at a glance and without colour. */
const SIGN: Record<ProgressCell, string> = { scored: '✓', recused: '⊘', missing: '○', notAssigned: '—', excludedByOffice: '×' };

/** Enough of the key for the clerk to see which one it is; the whole one is compared aloud at enrolment. */
const KEY_GROUPS = 2;

function ExpertCell({ row }: { row: ExpertProgress }) {
  const { t, locale } = useApp();
  const key = row.expert.keyFingerprint ?? row.latest?.signerFingerprint ?? null;
  return (
    <div className="rd-collect-expert" data-testid={`expert-${row.expert.expertId}`}>
      <strong>{row.expert.name}</strong>
      <span className="rd-help rd-mono">{key === null ? t('officeCollect.progress.noKey') : t('officeCollect.progress.key', { fingerprint: `${groupedFingerprint(key, KEY_GROUPS)}…` })}</span>
      <span className="rd-help">
        {row.latest === null ? t('officeCollect.progress.nothingYet') : t('officeCollect.progress.latest', { sequence: row.latest.sequence, time: exportTime(row.latest, locale) })}
      </span>
    </div>
  );
}

export function ProgressMatrix({ overview, rows }: { overview: Overview; rows: readonly ExpertProgress[] }) {
  const { t } = useApp();
  const columns: TableColumnsType<ExpertProgress> = [
    { key: 'expert', title: t('officeCollect.progress.expert'), fixed: 'left', width: 200, render: (_, row) => <ExpertCell row={row} /> },
    ...overview.applications.map(
      (application, j): TableColumnsType<ExpertProgress>[number] => ({
        key: application.id,
        title: (
          <span title={`${application.countyName} ${application.countyCode}`} className={application.excludedByOffice ? 'rd-collect-excluded' : undefined}>
            {application.countyName}
          </span>
        ),
        width: 76,
        align: 'center',
        render: (_, row) => {
          const cell = row.cells[j] ?? 'notAssigned';
          const state = t(`officeCollect.cell.${cell}`);
          return (
            <span
              className={`rd-collect-cell rd-collect-cell-${cell}`}
              data-testid={`cell-${row.expert.expertId}-${application.id}`}
              data-cell={cell}
              aria-label={t('officeCollect.cell.label', { expert: row.expert.name, county: application.countyName, state })}
            >
              <span aria-hidden="true">{SIGN[cell]}</span>
              {state}
            </span>
          );
        },
      }),
    ),
  ];
  return (
    <div data-testid="progress-matrix">
      <Table<ExpertProgress>
        className="rd-collect-matrix"
        size="small"
        bordered
        rowKey={(row) => row.expert.expertId}
        pagination={false}
        dataSource={[...rows]}
        columns={columns}
        // x: the columns keep their width and scroll sideways past the fixed experts' column; y: the header stays.
        scroll={{ x: 'max-content', y: 520 }}
      />
    </div>
  );
}
