// 偏离提示: every expert × application flagged as far from the panel score, with the numbers and what the
// expert wrote (opinion, comments on indicators, recommendation) — a flag is for discussion, not a verdict,
// and the panel discusses it with the expert's own words at hand (DOMAIN.md: 偏离说明).
import { scoreText } from '../../../../shared/reports/report-text';
import { signedScoreText } from '../../../../shared/reports/pdf/pdf-text';
import { useApp } from '../../app/app-context';
import { expertLabels } from './results-text';
import type { DeviationExplanation, Results } from './results-types';

const OPINION_PARTS = ['strengths', 'problems', 'suggestions'] as const;

interface ItemProps {
  deviation: DeviationExplanation;
  label: (expertId: string) => string;
  indicatorName: (indicatorId: string) => string;
}

function DeviationItem({ deviation, label, indicatorName }: ItemProps) {
  const { t } = useApp();
  const parts = OPINION_PARTS.filter((part) => deviation.opinion[part].trim() !== '');
  const comments = Object.entries(deviation.comments).filter(([, text]) => text.trim() !== '');
  return (
    <li className="rd-results-deviation" data-testid={`results-deviation-${deviation.applicationId}-${deviation.expertId}`}>
      <h4>{t('officeResults.deviation.heading', { county: deviation.countyName, expert: label(deviation.expertId) })}</h4>
      <p>
        {t('officeResults.deviation.numbers', {
          total: scoreText(deviation.total),
          aggregate: scoreText(deviation.aggregate),
          difference: signedScoreText(deviation.difference),
          z: deviation.z === null ? '—' : deviation.z.toFixed(2),
        })}
      </p>
      {parts.length === 0 && comments.length === 0 ? (
        <p className="rd-results-no-words">{t('officeResults.deviation.noWords')}</p>
      ) : (
        <dl className="rd-results-words">
          {parts.map((part) => (
            <div key={part}>
              <dt>{t(`officeResults.deviation.${part}`)}</dt>
              <dd>{deviation.opinion[part]}</dd>
            </div>
          ))}
          {comments.length > 0 && (
            <div>
              <dt>{t('officeResults.deviation.comments')}</dt>
              <dd>
                <ul>
                  {comments.map(([indicator, text]) => (
                    <li key={indicator}>
                      {t('officeResults.deviation.comment', { indicator: indicatorName(indicator), text })}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}
      {deviation.recommendation !== null && (
        <p>{t('officeResults.deviation.recommendation', { value: t(`reportPdf.recommendation.${deviation.recommendation}`) })}</p>
      )}
    </li>
  );
}

export function DeviationList({ results, deviations, indicatorName }: { results: Results; deviations: readonly DeviationExplanation[]; indicatorName: (indicatorId: string) => string }) {
  const { t } = useApp();
  const label = expertLabels(t, results);
  const { absolute, z } = results.rules.deviation;
  const off = t('officeResults.deviation.off');
  return (
    <section aria-labelledby="rd-results-deviation-title" data-testid="results-deviations">
      <h3 id="rd-results-deviation-title">{t('officeResults.deviation.title')}</h3>
      <p className="rd-help">{t('officeResults.deviation.rule', { absolute: absolute === null ? off : String(absolute), z: z === null ? off : String(z) })}</p>
      {deviations.length === 0 ? (
        <p>{t('officeResults.deviation.none')}</p>
      ) : (
        <ul className="rd-results-deviations">
          {deviations.map((deviation) => (
            <DeviationItem key={`${deviation.applicationId}-${deviation.expertId}`} deviation={deviation} label={label} indicatorName={indicatorName} />
          ))}
        </ul>
      )}
    </section>
  );
}
