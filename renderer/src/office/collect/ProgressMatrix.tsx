// Who has handed in what: a row per expert (name, the key's first groups, the latest export's number and
// time), a column per application, and in each cell what that expert's latest accepted export says. The
// header row and the experts' column stay in place (CSS sticky) while the office scrolls a 15 × 60 panel
// either way. A plain table in antd's look rather than antd's Table: rc-table measures the scrollbar on every
// mount with a <style> element that lacks the page's nonce, which the CSP blocks (seen in Chromium).
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
    <th scope="row" className="rd-collect-expert" data-testid={`expert-${row.expert.expertId}`}>
      <strong>{row.expert.name}</strong>
      <span className="rd-help rd-mono">{key === null ? t('officeCollect.progress.noKey') : t('officeCollect.progress.key', { fingerprint: `${groupedFingerprint(key, KEY_GROUPS)}…` })}</span>
      <span className="rd-help">
        {row.latest === null ? t('officeCollect.progress.nothingYet') : t('officeCollect.progress.latest', { sequence: row.latest.sequence, time: exportTime(row.latest, locale) })}
      </span>
    </th>
  );
}

export function ProgressMatrix({ overview, rows }: { overview: Overview; rows: readonly ExpertProgress[] }) {
  const { t } = useApp();
  const { applications } = overview;
  return (
    // Focusable so a keyboard can scroll it; named by the section's heading.
    <div className="rd-collect-matrix" data-testid="progress-matrix" tabIndex={0} role="region" aria-labelledby="rd-collect-progress-title">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('officeCollect.progress.expert')}</th>
            {applications.map((application) => (
              <th scope="col" key={application.id} title={`${application.countyName} ${application.countyCode}`} className={application.excludedByOffice ? 'rd-collect-excluded' : undefined}>
                {application.countyName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.expert.expertId}>
              <ExpertCell row={row} />
              {applications.map((application, j) => {
                const cell = row.cells[j] ?? 'notAssigned';
                const state = t(`officeCollect.cell.${cell}`);
                return (
                  <td key={application.id}>
                    <span
                      className={`rd-collect-cell rd-collect-cell-${cell}`}
                      data-testid={`cell-${row.expert.expertId}-${application.id}`}
                      data-cell={cell}
                      aria-label={t('officeCollect.cell.label', { expert: row.expert.name, county: application.countyName, state })}
                    >
                      <span aria-hidden="true">{SIGN[cell]}</span>
                      {state}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
