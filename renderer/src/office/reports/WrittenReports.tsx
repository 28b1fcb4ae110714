// What was written: each file with where it is and its size, the signed list version the reports carry (none
// for a stage that grades each county), and
// the data fingerprint grouped in fours exactly as every report's footer prints it, to compare by eye.
import { Alert } from 'antd';
import type { HostResult } from '../../../../shared/contract/host-api-spec';
import { REPORT_FILE_NAMES } from '../../../../shared/reports/report-files';
import { useApp } from '../../app/app-context';
import { Fingerprint } from '../../app/Fingerprint';
import { fileSize } from '../../app/format';

export type Written = Extract<HostResult<'writeSessionReports'>, { ok: true }>;

export function WrittenReports({ written }: { written: Written }) {
  const { t } = useApp();
  return (
    <section className="rd-reports-written" data-testid="reports-written" aria-labelledby="rd-reports-written-title">
      <Alert
        type="success"
        showIcon
        title={written.list === null ? t('officeReports.doneGraded', { count: written.files.length }) : t('officeReports.done', { count: written.files.length, version: written.list.version })}
      />
      {written.warning !== undefined && <Alert type="warning" showIcon title={written.warning} data-testid="reports-warning" />}
      <h3 id="rd-reports-written-title" className="rd-visually-hidden">
        {t('officeReports.writtenTitle')}
      </h3>
      <div className="rd-table-scroll">
        <table className="rd-table">
          <thead>
            <tr>
              <th scope="col">{t('officeReports.column.file')}</th>
              <th scope="col">{t('officeReports.column.size')}</th>
              <th scope="col">{t('officeReports.column.path')}</th>
            </tr>
          </thead>
          <tbody>
            {written.files.map((file) => (
              <tr key={file.kind}>
                <th scope="row">{REPORT_FILE_NAMES[file.kind]}</th>
                <td>{fileSize(file.bytes)}</td>
                <td className="rd-mono">{file.path}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('officeReports.fingerprint')}</h3>
      <Fingerprint hex={written.dataFingerprint} testId="reports-fingerprint" />
      <p className="rd-help">{t('officeReports.fingerprintHelp')}</p>
    </section>
  );
}
