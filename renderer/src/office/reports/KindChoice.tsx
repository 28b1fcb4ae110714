// Which reports to write: the four, each with one plain line saying what it is for; all ticked at first.
import { Checkbox } from 'antd';
import { REPORT_FILE_NAMES, REPORT_KINDS, type ReportKind } from '../../../../shared/reports/report-files';
import { useApp } from '../../app/app-context';

export interface KindChoiceProps {
  kinds: readonly ReportKind[];
  onChange: (kinds: ReportKind[]) => void;
  disabled: boolean;
}

export function KindChoice({ kinds, onChange, disabled }: KindChoiceProps) {
  const { t } = useApp();
  const toggle = (kind: ReportKind, on: boolean): void => onChange(REPORT_KINDS.filter((k) => (k === kind ? on : kinds.includes(k))));
  return (
    <fieldset className="rd-field rd-report-kinds" data-testid="report-kinds">
      <legend>{t('officeReports.kinds')}</legend>
      <ul>
        {REPORT_KINDS.map((kind) => (
          <li key={kind}>
            <Checkbox checked={kinds.includes(kind)} disabled={disabled} onChange={(event) => toggle(kind, event.target.checked)}>
              <strong>{REPORT_FILE_NAMES[kind]}</strong>
              {' — '}
              {t(`officeReports.kind.${kind}`)}
            </Checkbox>
          </li>
        ))}
      </ul>
      {kinds.length === 0 && (
        <p className="rd-field-error" role="alert">
          {t('officeReports.kindsRequired')}
        </p>
      )}
    </fieldset>
  );
}
