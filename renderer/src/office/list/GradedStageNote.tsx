// The 建议名单 step of a stage session that grades each county (mid-term, acceptance, re-inspection): there is
// no quota and so no list to adjust or sign. Says so plainly, with the grade bands the counties are judged by,
// and offers the way on to the reports, which are written without a list for such a session.
import { Alert, Button } from 'antd';
import { useApp } from '../../app/app-context';
import type { GradeBand, Stage } from '../../../../shared/standard/schema';
import { stepToSettle, type StepLinks } from '../StepRefusal';

export interface GradedStageNoteProps extends StepLinks {
  stage: Stage;
  /** The bands the counties are graded by: the results' once there are any, the draft's standard's before. */
  grades: readonly GradeBand[];
}

export function GradedStageNote({ stage: stageId, grades, onGoTo, available }: GradedStageNoteProps) {
  const { t } = useApp();
  const stage = t(`standard.stage.${stageId}`);
  const bands = [...grades].sort((a, b) => b.min - a.min);
  const bandsText = bands.length === 0 ? t('officeList.graded.noBands') : bands.map((band) => `${band.name} ≥ ${band.min}`).join(t('officeList.separator'));
  const reports = stepToSettle('reports', onGoTo, available);
  return (
    <Alert
      type="info"
      showIcon
      data-testid="list-graded-stage"
      title={t('officeList.graded.title', { stage })}
      description={t('officeList.graded.body', { stage, bands: bandsText })}
      action={
        reports === null || onGoTo === undefined ? undefined : (
          <Button size="small" onClick={() => onGoTo(reports)} data-testid="list-graded-to-reports">
            {t('officeList.graded.toReports')}
          </Button>
        )
      }
    />
  );
}
