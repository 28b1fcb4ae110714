// The sheet's total as the domain computes it (computeSheetTotal), with the reasons it is what it is: the
// bonus cap, capped deductions, the floor at 0, and — in words, not just a number — a failed veto or an
// unmet prerequisite, which decide the outcome whatever the points.
import { useId, useMemo } from 'react';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { plainNumber, scoreText } from '../../../shared/reports/report-text';
import type { ScoredSheet } from '../../../shared/scoring/score-sheet';
import { computeSheetTotal } from '../../../shared/scoring/sheet-total';
import { validateSheet } from '../../../shared/scoring/validate-sheet';
import type { CompiledStandard } from '../../../shared/standard/compile';

export interface RunningTotalProps {
  compiled: CompiledStandard;
  sheet: ScoredSheet;
  locale: Locale;
}

const points = (hundredths: number): string => scoreText(hundredths / 100);

export function RunningTotal({ compiled, sheet, locale }: RunningTotalProps) {
  const headingId = useId();
  const total = useMemo(() => computeSheetTotal(compiled, sheet), [compiled, sheet]);
  const unscored = useMemo(() => validateSheet(compiled, sheet).filter((p) => p.code === 'sheet.missingValue').length, [compiled, sheet]);
  const nameOf = (id: string): string => compiled.leafById.get(id)?.name ?? id;
  const hasKind = (kind: string): boolean => compiled.leaves.some((leaf) => leaf.kind === kind);

  return (
    <section className="rd-score-total" aria-labelledby={headingId}>
      <h3 id={headingId}>{translate(locale, 'scoringPanel.total.heading')}</h3>
      <output className="rd-score-total-value" aria-live="polite">
        {translate(locale, 'scoringPanel.total.value', { total: points(total.totalH), max: plainNumber(compiled.totalH / 100) })}
      </output>
      <ul className="rd-score-total-parts">
        <li>{translate(locale, 'scoringPanel.total.base', { base: points(total.baseH) })}</li>
        {hasKind('bonus') && <li>{translate(locale, 'scoringPanel.total.bonus', { bonus: points(total.bonusH) })}</li>}
        {hasKind('deduction') && <li>{translate(locale, 'scoringPanel.total.deductions', { deduction: points(total.deductionH) })}</li>}
      </ul>
      <ul className="rd-score-total-notes">
        {total.vetoFailed.map((id) => (
          <li key={`veto-${id}`} className="rd-score-verdict">
            {translate(locale, 'scoringPanel.total.vetoFailed', { id, name: nameOf(id) })}
          </li>
        ))}
        {total.prerequisitesUnmet.map((id) => (
          <li key={`prerequisite-${id}`} className="rd-score-verdict">
            {translate(locale, 'scoringPanel.total.prerequisiteUnmet', { id, name: nameOf(id) })}
          </li>
        ))}
        {total.bonusCappedH > 0 && (
          <li>
            {translate(locale, 'scoringPanel.total.bonusCapped', {
              raw: points(total.bonusRawH),
              cap: plainNumber(compiled.bonusCapH / 100),
              cut: points(total.bonusCappedH),
            })}
          </li>
        )}
        {total.deductions
          .filter((deduction) => deduction.capped)
          .map((deduction) => (
            <li key={`deduction-${deduction.id}`}>
              {translate(locale, 'scoringPanel.total.deductionCapped', {
                id: deduction.id,
                name: nameOf(deduction.id),
                count: deduction.occurrences,
                deducted: points(deduction.deductedH),
              })}
            </li>
          ))}
        {total.flooredAtZero && <li>{translate(locale, 'scoringPanel.total.floored')}</li>}
        <li>{unscored > 0 ? translate(locale, 'scoringPanel.total.unscored', { count: unscored }) : translate(locale, 'scoringPanel.total.complete')}</li>
      </ul>
    </section>
  );
}
