// What is still missing before export, one line per application rather than one per indicator: an expert
// with ten applications left would otherwise face a list of hundreds. Each line says what kind of thing is
// missing, offers to go to that application, and keeps the indicator-by-indicator list folded beneath it.
import { Button } from 'antd';
import { gapProblem, type Completeness, type CompletenessGap } from '../../../shared/expert/completeness';
import type { SessionPayload } from '../../../shared/files/session-payload';
import { useApp } from './app-context';

interface ApplicationGaps {
  applicationId: string;
  gaps: CompletenessGap[];
}

/** The gaps by application, in the order the completeness check found them (the session's order). */
function byApplication(gaps: readonly CompletenessGap[]): ApplicationGaps[] {
  const groups = new Map<string, CompletenessGap[]>();
  for (const gap of gaps) groups.set(gap.applicationId, [...(groups.get(gap.applicationId) ?? []), gap]);
  return [...groups].map(([applicationId, list]) => ({ applicationId, gaps: list }));
}

const count = (gaps: readonly CompletenessGap[], kind: CompletenessGap['kind']): number => gaps.filter((gap) => gap.kind === kind).length;

export interface ExportGapsProps {
  payload: Pick<SessionPayload, 'applications'>;
  completeness: Completeness;
  /** Goes to the application to fill in what is missing; absent where the screen cannot navigate. */
  onOpenApplication?: (applicationId: string) => void;
}

export function ExportGaps({ payload, completeness, onOpenApplication }: ExportGapsProps) {
  const { t, describe } = useApp();
  const groups = byApplication(completeness.gaps);
  const summary = (gaps: readonly CompletenessGap[]): string => {
    if (gaps.some((gap) => gap.kind === 'notScored')) return t('expertSession.ui.export.gapNotStarted');
    const values = count(gaps, 'missingValue');
    const reasons = count(gaps, 'vetoReasonMissing');
    const parts = [
      values > 0 ? t('expertSession.ui.export.gapValues', { count: values }) : '',
      reasons > 0 ? t('expertSession.ui.export.gapVetoReasons', { count: reasons }) : '',
      count(gaps, 'noOpinion') > 0 ? t('expertSession.ui.export.gapOpinion') : '',
    ];
    return parts.filter((part) => part !== '').join(t('expertSession.ui.export.gapSeparator'));
  };
  return (
    <div data-testid="export-gaps" className="rd-export-gaps">
      <p>{t('expertSession.ui.export.incomplete', { finished: completeness.finished, required: completeness.required.length, applications: groups.length })}</p>
      <ul>
        {groups.map(({ applicationId, gaps }) => {
          const county = payload.applications.find((application) => application.id === applicationId)?.countyName ?? applicationId;
          const detailed = gaps.filter((gap) => gap.kind !== 'notScored');
          return (
            <li key={applicationId} data-testid={`gaps-${applicationId}`}>
              <strong>{t('expertSession.ui.export.gapApplication', { county, applicationId })}</strong>
              {t('expertSession.ui.export.gapSeparatorAfterName')}
              {summary(gaps)}
              {onOpenApplication && (
                <Button type="link" size="small" onClick={() => onOpenApplication(applicationId)}>
                  {t('expertSession.ui.export.gapOpen')}
                </Button>
              )}
              {detailed.length > 1 && (
                <details>
                  <summary>{t('expertSession.ui.export.gapDetails', { count: detailed.length })}</summary>
                  <ul>
                    {detailed.map((gap, index) => (
                      <li key={index}>{describe(gapProblem(payload, gap))}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
