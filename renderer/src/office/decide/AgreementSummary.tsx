// 一致性: ICC(2,k), ICC(2,1) and Kendall's W with their reading for non-statisticians, in the very words and
// bands of the review report (shared/reports/pdf/review-agreement.ts), so the screen and the signed PDF
// never read the same numbers two ways.
import { iccLevel, kendallLevel } from '../../../../shared/reports/pdf/review-agreement';
import { statText } from '../../../../shared/reports/pdf/pdf-text';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { useApp } from '../../app/app-context';
import type { Results } from './results-types';

export function AgreementSummary({ agreement }: { agreement: Results['agreement'] }) {
  const { t } = useApp();
  const rows: { key: string; title: MessageKey; value: number | null; level: MessageKey }[] = [
    { key: 'iccAverage', title: 'reportPdf.agreement.iccAverage', value: agreement.iccAverage, level: iccLevel(agreement.iccAverage) },
    { key: 'iccSingle', title: 'reportPdf.agreement.iccSingle', value: agreement.iccSingle, level: iccLevel(agreement.iccSingle) },
    { key: 'kendallW', title: 'reportPdf.agreement.kendallW', value: agreement.kendallW, level: kendallLevel(agreement.kendallW) },
  ];
  return (
    <section aria-labelledby="rd-results-agreement-title" data-testid="results-agreement">
      <h3 id="rd-results-agreement-title">{t('officeResults.agreement.title')}</h3>
      <dl className="rd-results-facts">
        <div>
          <dt>{t('reportPdf.agreement.basis')}</dt>
          <dd>{t('reportPdf.agreement.basisValue', { applications: agreement.applications, experts: agreement.experts })}</dd>
        </div>
        {rows.map((row) => (
          <div key={row.key} data-testid={`results-agreement-${row.key}`}>
            <dt>{t(row.title)}</dt>
            <dd>{t('reportPdf.agreement.statValue', { value: statText(row.value), level: t(row.level) })}</dd>
          </div>
        ))}
      </dl>
      <p data-testid="results-agreement-reading">
        {t('reportPdf.agreement.reading', { average: t(iccLevel(agreement.iccAverage)), single: t(iccLevel(agreement.iccSingle)), w: t(kendallLevel(agreement.kendallW)) })}
      </p>
      <p className="rd-help">{t('reportPdf.agreement.bands')}</p>
    </section>
  );
}
