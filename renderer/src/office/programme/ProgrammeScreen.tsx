// 示范县管理 (issue #8): where every county stands and what is due next, from programmeOverview — the quota and
// overdue count on top, the county table, the selected county's panel, the overview exported as a workbook,
// adding a county, the overdue list and the settings. After a change the overview is read again in place, so the office's form and its message stay.
import { Alert, Button } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { HistoryRecord } from '../../../../shared/lifecycle/county-entry';
import { errorText, useApp } from '../../app/app-context';
import { AddCountyForm } from './AddCountyForm';
import { CountyPanel } from './CountyPanel';
import { CountyTable } from './CountyTable';
import { OverdueSection } from './OverdueSection';
import { ProgrammeExport } from './ProgrammeExport';
import type { ProgrammeOverview } from './programme-answer';
import { ProgrammeSettingsForm } from './ProgrammeSettingsForm';
import { QuotaSummary } from './QuotaSummary';
import './programme.css';

type Loaded = { kind: 'loading' } | { kind: 'refused'; messages: string[] } | { kind: 'failed'; message: string } | { kind: 'done'; overview: ProgrammeOverview };

export function ProgrammeScreen() {
  const { host, t } = useApp();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  // Full histories the host returned with recorded steps: the overview carries only each county's latest.
  const [histories, setHistories] = useState<ReadonlyMap<string, readonly HistoryRecord[]>>(new Map());
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    host.programmeOverview().then(
      (answer) => live && setLoaded(answer.ok ? { kind: 'done', overview: answer } : { kind: 'refused', messages: answer.messages }),
      (cause: unknown) => live && setLoaded({ kind: 'failed', message: t('programmeUi.failed', { message: errorText(cause) }) }),
    );
    return () => {
      live = false;
    };
  }, [host, t, attempt]);

  const retry = <Button onClick={reload}>{t('programmeUi.retry')}</Button>;
  return (
    <section className="rd-screen rd-programme" data-testid="programme-screen" aria-labelledby="rd-programme-title">
      <h2 id="rd-programme-title">{t('programmeUi.title')}</h2>
      <p className="rd-help">{t('programmeUi.intro')}</p>
      {loaded.kind === 'loading' && <p role="status">{t('programmeUi.loading')}</p>}
      {loaded.kind === 'failed' && <Alert type="error" showIcon data-testid="programme-failed" title={loaded.message} action={retry} />}
      {loaded.kind === 'refused' && <Alert type="warning" showIcon data-testid="programme-refused" title={loaded.messages.join(' ')} action={retry} />}
      {loaded.kind === 'done' && (
        <Overview
          overview={loaded.overview}
          selected={selected}
          onSelect={setSelected}
          histories={histories}
          onRecorded={(code, history) => {
            setHistories(new Map(histories).set(code, history));
            reload();
          }}
          onChanged={reload}
        />
      )}
    </section>
  );
}

interface OverviewProps {
  overview: ProgrammeOverview;
  selected: string | null;
  onSelect: (code: string | null) => void;
  histories: ReadonlyMap<string, readonly HistoryRecord[]>;
  onRecorded: (code: string, history: readonly HistoryRecord[]) => void;
  onChanged: () => void;
}

function Overview({ overview, selected, onSelect, histories, onRecorded, onChanged }: OverviewProps) {
  const { host, t } = useApp();
  const county = overview.counties.find((candidate) => candidate.code === selected) ?? null;
  return (
    <>
      <QuotaSummary overview={overview} />
      <CountyTable counties={overview.counties} selected={selected} onSelect={onSelect} />
      {county !== null && (
        <CountyPanel
          key={county.code}
          county={county}
          history={histories.get(county.code) ?? null}
          reports={overview.reports}
          onRecorded={(history) => onRecorded(county.code, history)}
          onChanged={onChanged}
          onClose={() => onSelect(null)}
        />
      )}
      <section className="rd-office-section" aria-labelledby="rd-programme-export-title">
        <h3 id="rd-programme-export-title">{t('programmeUi.export.title')}</h3>
        <p className="rd-help">{t('programmeUi.export.intro')}</p>
        <ProgrammeExport testId="programme-export-overview" label={t('programmeUi.export.overview')} write={(folder) => host.writeProgrammeOverview({ folder })} />
      </section>
      <AddCountyForm onAdded={onChanged} />
      <OverdueSection overview={overview} />
      <ProgrammeSettingsForm settings={overview.settings} onSaved={onChanged} />
    </>
  );
}
