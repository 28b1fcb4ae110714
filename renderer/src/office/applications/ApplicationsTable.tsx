// The draft's applications: county, code, city, poverty-alleviated or not, how many documents, and the
// necessary conditions with the reason for any exclusion. Removing one asks first, in its own row.
import { Button, Table } from 'antd';
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
      <Table<DraftApplication>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...applications]}
        locale={{ emptyText: t('officeApplications.table.empty') }}
        columns={[
          { key: 'county', title: t('officeApplications.table.county'), dataIndex: 'countyName' },
          { key: 'code', title: t('officeApplications.table.code'), dataIndex: 'countyCode' },
          { key: 'city', title: t('officeApplications.table.city'), dataIndex: 'city' },
          {
            key: 'poverty',
            title: t('officeApplications.table.poverty'),
            render: (_, application) => t(application.poverty ? 'officeApplications.table.yes' : 'officeApplications.table.no'),
          },
          { key: 'documents', title: t('officeApplications.table.documents'), render: (_, application) => application.documents.length },
          {
            key: 'prerequisites',
            title: t('officeApplications.table.prerequisites'),
            render: (_, application) => <PrerequisiteStatus application={application} compiled={compiled} />,
          },
          {
            key: 'actions',
            title: t('officeApplications.table.actions'),
            render: (_, application) =>
              confirming === application.id ? (
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
              ),
          },
        ]}
      />
    </section>
  );
}
