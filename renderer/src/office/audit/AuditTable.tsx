// The entries as a plain table, newest first: number, time on this computer's clock, who, what, the line
// describing it, and the hash shortened (the full one and the previous one folded under it, for comparing
// with an exported copy or a printed anchor).
import type { AuditLogEntryView } from '../../../../shared/contract/office-audit-spec';
import { useApp } from '../../app/app-context';
import { localTime } from './audit-filter';

const SHORT_HASH = 12;

export function AuditTable({ entries }: { entries: readonly AuditLogEntryView[] }) {
  const { t } = useApp();
  return (
    <div className="rd-table-scroll">
      <table className="rd-table rd-audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('officeAudit.column.number')}</th>
            <th scope="col">{t('officeAudit.column.time')}</th>
            <th scope="col">{t('officeAudit.column.actor')}</th>
            <th scope="col">{t('officeAudit.column.action')}</th>
            <th scope="col">{t('officeAudit.column.description')}</th>
            <th scope="col">{t('officeAudit.column.hash')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.index} data-testid="audit-row">
              <th scope="row">{entry.index + 1}</th>
              <td>
                <time dateTime={entry.recordedAt}>{localTime(entry.recordedAt)}</time>
              </td>
              <td className="rd-table-wrap">{entry.actorLabel}</td>
              <td>{t(`officeAudit.action.${entry.action}`)}</td>
              <td className="rd-table-wrap rd-audit-description">{entry.description}</td>
              <td>
                <details className="rd-audit-hash-fold">
                  <summary title={entry.hash}>
                    <code className="rd-mono">{entry.hash.slice(0, SHORT_HASH)}…</code>
                    <span className="rd-visually-hidden">{t('officeAudit.ui.hashShow')}</span>
                  </summary>
                  <dl>
                    <dt>{t('officeAudit.column.hash')}</dt>
                    <dd>
                      <code className="rd-mono rd-audit-hash">{entry.hash}</code>
                    </dd>
                    <dt>{t('officeAudit.column.previousHash')}</dt>
                    <dd>{entry.previousHash === null ? t('officeAudit.ui.firstEntry') : <code className="rd-mono rd-audit-hash">{entry.previousHash}</code>}</dd>
                  </dl>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
