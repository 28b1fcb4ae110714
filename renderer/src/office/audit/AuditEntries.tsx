// The log's entries under the clerk's filters: how many are shown of how many, and the table newest first.
import { useMemo, useState } from 'react';
import type { AuditLogEntryView } from '../../../../shared/contract/office-audit-spec';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { useApp } from '../../app/app-context';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { filterAuditEntries, newestFirst, NO_FILTER, type AuditFilter } from './audit-filter';

export function AuditEntries({ draft, entries }: { draft: SessionDraft; entries: readonly AuditLogEntryView[] }) {
  const { t } = useApp();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const shown = useMemo(() => newestFirst(filterAuditEntries(entries, filter)), [entries, filter]);

  if (entries.length === 0) return <p data-testid="audit-empty">{t('officeAudit.ui.empty')}</p>;
  return (
    <section className="rd-audit-entries" aria-labelledby="rd-audit-entries-title">
      <h3 id="rd-audit-entries-title">{t('officeAudit.ui.entriesTitle')}</h3>
      <AuditFilters draft={draft} entries={entries} filter={filter} onChange={setFilter} />
      <p role="status" data-testid="audit-count">
        {t('officeAudit.ui.count', { shown: shown.length, total: entries.length })}
      </p>
      {shown.length === 0 ? <p data-testid="audit-none-match">{t('officeAudit.ui.noneMatch')}</p> : <AuditTable entries={shown} />}
    </section>
  );
}
