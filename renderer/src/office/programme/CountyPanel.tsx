// The selected county: its state, its whole history (and its timeline PDF exported from it), the form for its
// next step and its progress reports.
import { Button } from 'antd';
import type { HistoryRecord } from '../../../../shared/lifecycle/county-entry';
import { useApp } from '../../app/app-context';
import { CountyHistory } from './CountyHistory';
import { ProgrammeExport } from './ProgrammeExport';
import { ProgressReports } from './ProgressReports';
import type { CountyOverview, ProgrammeOverview } from './programme-answer';
import { TransitionForm } from './TransitionForm';

interface CountyPanelProps {
  county: CountyOverview;
  /** The history recordTransition just answered with, fresher than the overview until it is read again; else null. */
  history: readonly HistoryRecord[] | null;
  reports: ProgrammeOverview['reports'];
  /** A step was recorded: the county's full history as the host returned it; the overview is read again. */
  onRecorded: (history: readonly HistoryRecord[]) => void;
  /** Something else changed (a progress report): read the overview again. */
  onChanged: () => void;
  onClose: () => void;
}

export function CountyPanel({ county, history, reports, onRecorded, onChanged, onClose }: CountyPanelProps) {
  const { host, t } = useApp();
  const shown = history ?? county.history;
  return (
    <section className="rd-office-section rd-programme-panel" data-testid="county-panel" aria-labelledby="rd-county-panel-title">
      <div className="rd-inline">
        <h3 id="rd-county-panel-title">{t('programmeUi.panel.title', { name: county.name, code: county.code })}</h3>
        <Button onClick={onClose} data-testid="county-panel-close">
          {t('programmeUi.panel.close')}
        </Button>
      </div>
      <p data-testid="county-panel-state">{t('programmeUi.panel.state', { state: county.stateLabel })}</p>
      <p className="rd-help">{county.nextDueLine}</p>
      <h4>{t('programmeUi.history.title')}</h4>
      <CountyHistory history={shown} />
      <ProgrammeExport testId="county-export-timeline" label={t('programmeUi.export.timeline')} write={(folder) => host.writeCountyTimeline({ code: county.code, folder })} />
      <TransitionForm county={county} onRecorded={onRecorded} />
      <ProgressReports county={county.code} reports={reports} onChanged={onChanged} />
    </section>
  );
}
