// The overdue progress reports of every county in one list, in the host's words (one line saying none is
// overdue when the list is empty), and the reports that answer no owed period — shown, never dropped.
import { useApp } from '../../app/app-context';
import type { ProgrammeOverview } from './programme-answer';

export function OverdueSection({ overview }: { overview: ProgrammeOverview }) {
  const { t } = useApp();
  return (
    <section className="rd-office-section" data-testid="programme-overdue" aria-labelledby="rd-programme-overdue-title">
      <h3 id="rd-programme-overdue-title">{t('programmeUi.overdue.title')}</h3>
      <ul>
        {overview.overdueLines.map((line, index) => (
          <li key={index} className={overview.overdue.length > 0 ? 'rd-programme-alarm' : undefined} data-testid="programme-overdue-line">
            {line}
          </li>
        ))}
      </ul>
      {overview.unmatchedLines.length > 0 && (
        <>
          <h4>{t('programmeUi.unmatched.title')}</h4>
          <ul data-testid="programme-unmatched">
            {overview.unmatchedLines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
