// A county's progress reports: those recorded (kind, period, received on, file, status, with 审核通过 / 退回)
// and a form to record one — the file goes to the host by upload, its path then to recordProgressReport.
import { Button } from 'antd';
import { useState } from 'react';
import { PROGRESS_REPORT_KINDS, type ProgressReportKind, type ProgressReportStatus } from '../../../../shared/lifecycle/progress-report-schema';
import { useApp } from '../../app/app-context';
import { ActionNote, useAction } from './action-outcome';
import type { ProgrammeOverview } from './programme-answer';
import { Field } from './TransitionForm';

type StoredReport = ProgrammeOverview['reports'][number];

interface ProgressReportsProps {
  county: string;
  reports: readonly StoredReport[];
  onChanged: () => void;
}

export function ProgressReports({ county, reports, onChanged }: ProgressReportsProps) {
  const { host, t } = useApp();
  const mine = reports.filter((stored) => stored.report.county === county);
  const [status, runStatus] = useAction();
  const setStatus = (id: string, next: ProgressReportStatus): Promise<void> =>
    runStatus(
      () => host.setProgressReportStatus({ id, status: next }),
      () => {
        onChanged();
        return t(`lifecycleProgress.status.${next}`);
      },
      (message) => t('programmeUi.reports.failed', { message }),
    );
  return (
    <section className="rd-office-section" data-testid="county-reports">
      <h4>{t('programmeUi.reports.title')}</h4>
      {mine.length === 0 ? (
        <p className="rd-help">{t('programmeUi.reports.empty')}</p>
      ) : (
        <div className="rd-table-scroll">
          <table className="rd-table">
            <thead>
              <tr>
                <th>{t('programmeUi.reports.kind')}</th>
                <th>{t('programmeUi.reports.period')}</th>
                <th>{t('programmeUi.reports.receivedOn')}</th>
                <th>{t('programmeUi.reports.fileName')}</th>
                <th>{t('programmeUi.reports.status')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {mine.map(({ id, report }) => (
                <tr key={id} data-testid="county-report-row">
                  <td>{t(`lifecycleProgress.kind.${report.kind}`)}</td>
                  <td>{report.period}</td>
                  <td>{report.receivedOn}</td>
                  <td>{report.file.name}</td>
                  <td>{t(`lifecycleProgress.status.${report.status}`)}</td>
                  <td className="rd-inline">
                    {report.status !== 'accepted' && (
                      <Button size="small" onClick={() => void setStatus(id, 'accepted')} data-testid="county-report-accept">
                        {t('programmeUi.reports.accept')}
                      </Button>
                    )}
                    {report.status !== 'returned' && (
                      <Button size="small" onClick={() => void setStatus(id, 'returned')} data-testid="county-report-return">
                        {t('programmeUi.reports.return')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ActionNote outcome={status} testId="county-report-status" />
      <RecordReportForm county={county} onRecorded={onChanged} />
    </section>
  );
}

function RecordReportForm({ county, onRecorded }: { county: string; onRecorded: () => void }) {
  const { host, t } = useApp();
  const [kind, setKind] = useState<ProgressReportKind>('quarterly');
  const [period, setPeriod] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [outcome, run] = useAction();

  const submit = async (): Promise<void> => {
    if (file === null) {
      return run(() => Promise.resolve({ ok: false as const, code: 'programme.form.noFile', messages: [t('programmeUi.reports.noFile')] }), () => '', (message) => message);
    }
    await run(
      async () => {
        const uploaded = await host.upload(file);
        return host.recordProgressReport({ county, kind, period: period.trim(), receivedOn: receivedOn.trim(), path: uploaded.path, fileName: file.name });
      },
      () => {
        setPeriod('');
        setFile(null);
        onRecorded();
        return t('programmeUi.reports.done');
      },
      (message) => t('programmeUi.reports.failed', { message }),
    );
  };

  return (
    <form
      className="rd-programme-form"
      data-testid="report-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label className="rd-field">
        <span className="rd-field-label">{t('programmeUi.reports.kind')}</span>
        <select data-testid="report-kind" value={kind} onChange={(event) => setKind(event.target.value as ProgressReportKind)}>
          {PROGRESS_REPORT_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`lifecycleProgress.kind.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <Field label={`${t('programmeUi.reports.period')}（${t('programmeUi.reports.periodHint')}）`} testId="report-period" value={period} onChange={setPeriod} />
      <Field label={t('programmeUi.reports.receivedOn')} testId="report-received" type="date" value={receivedOn} onChange={setReceivedOn} />
      <label className="rd-field">
        <span className="rd-field-label">{t('programmeUi.reports.file')}</span>
        <input type="file" data-testid="report-file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </label>
      <Button htmlType="submit" disabled={outcome.kind === 'busy'} data-testid="report-submit">
        {t(outcome.kind === 'busy' ? 'programmeUi.reports.busy' : 'programmeUi.reports.record')}
      </Button>
      <ActionNote outcome={outcome} testId="report" />
    </form>
  );
}
