// The counties of 写入名册, one row each: tick, county, score, grade, what the results propose and why, the
// county's state in the register (or what keeps it out), the outcome to record and, when that outcome departs
// from the proposal, the reason. A plain table with native controls: it scrolls inside its card like the
// programme's tables, and every control is named for a screen reader by its county.
import { Input } from 'antd';
import type { StageOutcomeRowView } from '../../../../shared/contract/stage-outcome-spec';
import { useApp } from '../../app/app-context';
import { departs, mayBeTicked, type OutcomeChoice, type OutcomeChoices } from './outcome-choices';

export interface OutcomeTableProps {
  rows: readonly StageOutcomeRowView[];
  outcomes: readonly { value: string; label: string }[];
  choices: OutcomeChoices;
  onChoose: (applicationId: string, change: Partial<OutcomeChoice>) => void;
}

/** Scores are printed with two decimals, as the reports print them. */
const scoreText = (score: number | null): string => (score === null ? '—' : score.toFixed(2));

export function OutcomeTable({ rows, outcomes, choices, onChoose }: OutcomeTableProps) {
  const { t } = useApp();
  const labelOf = new Map(outcomes.map((outcome) => [outcome.value, outcome.label]));
  return (
    <div className="rd-register-scroll">
      <table className="rd-register-table" data-testid="register-table">
        <thead>
          <tr>
            <th aria-label={t('stageOutcomes.title')} />
            <th>{t('stageOutcomes.column.county')}</th>
            <th>{t('stageOutcomes.column.score')}</th>
            <th>{t('stageOutcomes.column.grade')}</th>
            <th>{t('stageOutcomes.column.proposal')}</th>
            <th>{t('stageOutcomes.column.state')}</th>
            <th>{t('stageOutcomes.column.outcome')}</th>
            <th>{t('stageOutcomes.column.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const choice = choices[row.applicationId] ?? { ticked: false, outcome: '', reason: '' };
            const open = mayBeTicked(row);
            return (
              <tr key={row.applicationId} data-testid={`register-row-${row.countyCode}`} className={open ? undefined : 'rd-register-held'}>
                <td>
                  <input
                    type="checkbox"
                    data-testid={`register-tick-${row.countyCode}`}
                    aria-label={t('stageOutcomes.selectCounty', { county: row.countyName })}
                    checked={open && choice.ticked}
                    disabled={!open}
                    onChange={(event) => onChoose(row.applicationId, { ticked: event.target.checked })}
                  />
                </td>
                <td>
                  {row.countyName} <span className="rd-mono rd-help">{row.countyCode}</span>
                </td>
                <td className="rd-register-number">{scoreText(row.aggregate)}</td>
                <td>{row.grade ?? '—'}</td>
                <td>
                  <strong>{row.proposed === null ? t('stageOutcomes.noProposal') : (labelOf.get(row.proposed) ?? row.proposed)}</strong>
                  <div className="rd-help">{row.proposalLine}</div>
                </td>
                <td>
                  {row.stateLabel}
                  {row.blockedLine !== null && (
                    <div className="rd-register-blocked" data-testid={`register-blocked-${row.countyCode}`}>
                      {row.blockedLine}
                    </div>
                  )}
                </td>
                <td>
                  <select
                    data-testid={`register-outcome-${row.countyCode}`}
                    aria-label={t('stageOutcomes.outcomeFor', { county: row.countyName })}
                    value={choice.outcome}
                    disabled={!open || !choice.ticked}
                    onChange={(event) => onChoose(row.applicationId, { outcome: event.target.value })}
                  >
                    <option value="" />
                    {outcomes.map((outcome) => (
                      <option key={outcome.value} value={outcome.value}>
                        {outcome.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {open && choice.ticked && departs(row, choice) && (
                    <Input
                      data-testid={`register-reason-${row.countyCode}`}
                      aria-label={t('stageOutcomes.reasonFor', { county: row.countyName })}
                      placeholder={t('stageOutcomes.reasonPlaceholder')}
                      value={choice.reason}
                      onChange={(event) => onChoose(row.applicationId, { reason: event.target.value })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
