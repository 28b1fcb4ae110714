// The draft's applications: county, code, city, poverty-alleviated or not, how many documents, and the
// necessary conditions with the reason for any exclusion. Removing one asks first, in its own row. A plain
// table in antd's look (app.css .rd-table): antd's Table injects a <style> the page's CSP blocks.
import { Button } from 'antd';
import { useState } from 'react';
import type { DraftApplication } from '../../../../shared/office/session-draft';
import type { CompiledStandard } from '../../../../shared/standard/compile';
import { useApp } from '../../app/app-context';
import { InlineConfirm } from './InlineConfirm';
import { PrerequisiteStatus } from './PrerequisiteStatus';

export interface ApplicationsTableProps {
  applications: readonly DraftApplication[];
  compiled: CompiledStandard | null;
  onRemove: (id: string) => void;
}

export function ApplicationsTable({ applications, compiled, onRemove }: ApplicationsTableProps) {
  const { t } = useApp();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section aria-labelledby="rd-applications-table-title" data-testid="applications-table">
      <h3 id="rd-applications-table-title">{t('officeApplications.table.title', { count: applications.length })}</h3>
      <div className="rd-table-scroll">
        <table className="rd-table">
          <thead>
            <tr>
              <th scope="col">{t('officeApplications.table.county')}</th>
              <th scope="col">{t('officeApplications.table.code')}</th>
              <th scope="col">{t('officeApplications.table.city')}</th>
              <th scope="col">{t('officeApplications.table.poverty')}</th>
              <th scope="col">{t('officeApplications.table.documents')}</th>
              <th scope="col">{t('officeApplications.table.prerequisites')}</th>
              <th scope="col">{t('officeApplications.table.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {applications.length === 0 && (
              <tr>
                <td colSpan={7} className="rd-help">
                  {t('officeApplications.table.empty')}
                </td>
              </tr>
            )}
            {applications.map((application) => (
              <tr key={application.id} data-row-key={application.id}>
                <th scope="row">{application.countyName}</th>
                <td>{application.countyCode}</td>
                <td>{application.city}</td>
                <td>{t(application.poverty ? 'officeApplications.table.yes' : 'officeApplications.table.no')}</td>
                <td>{application.documents.length}</td>
                <td className="rd-table-wrap">
                  <PrerequisiteStatus application={application} compiled={compiled} />
                </td>
                <td>
                  {confirming === application.id ? (
                    <InlineConfirm
                      danger
                      testId="remove-question"
                      question={t('officeApplications.remove.question', { county: application.countyName, code: application.countyCode })}
                      yes={t('officeApplications.remove.yes')}
                      no={t('officeApplications.remove.no')}
                      onYes={() => {
                        setConfirming(null);
                        onRemove(application.id);
                      }}
                      onNo={() => setConfirming(null)}
                    />
                  ) : (
                    <Button size="small" onClick={() => setConfirming(application.id)} aria-label={t('officeApplications.remove.label', { county: application.countyName, code: application.countyCode })}>
                      {t('officeApplications.remove.button')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
