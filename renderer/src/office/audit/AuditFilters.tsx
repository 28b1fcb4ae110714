// The filters over the log: which actions (all ticked at first, as Excel's filter lists start), who or whom,
// words in the description, and a range of days. Native controls: they need no popup layer, and every clerk
// has used them.
import { Button, Input } from 'antd';
import { useMemo } from 'react';
import type { AuditLogEntryView } from '../../../../shared/contract/office-audit-spec';
import { AUDIT_ACTIONS, type AuditAction } from '../../../../shared/office/audit-log';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { useApp } from '../../app/app-context';
import { actorPerson, expertPerson, NO_FILTER, type AuditFilter } from './audit-filter';

interface Option {
  readonly value: string;
  readonly label: string;
}

/** Who acted (as the host names them) and which experts entries are about, each once, in order of first appearance. */
function usePeople(draft: SessionDraft, entries: readonly AuditLogEntryView[]): { actors: Option[]; experts: Option[] } {
  const { t } = useApp();
  return useMemo(() => {
    const actors = new Map<string, string>();
    const experts = new Set<string>();
    for (const entry of entries) {
      if (!actors.has(entry.actor)) actors.set(entry.actor, entry.actorLabel);
      if (entry.expertId !== undefined) experts.add(entry.expertId);
    }
    const names = new Map(draft.roster.map((expert) => [expert.expertId, expert.name]));
    return {
      actors: [...actors].map(([actor, label]) => ({ value: actorPerson(actor), label })),
      experts: [...experts].map((expertId) => {
        const name = names.get(expertId);
        return { value: expertPerson(expertId), label: name === undefined ? t('officeAudit.ui.expertOnly', { expert: expertId }) : t('officeAudit.ui.expertOption', { expert: expertId, name }) };
      }),
    };
  }, [draft.roster, entries, t]);
}

/** One group of people in the select; none when the log names nobody of that kind. */
function OptionGroup({ label, options }: { label: string; options: readonly Option[] }) {
  if (options.length === 0) return null;
  return (
    <optgroup label={label}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </optgroup>
  );
}

export function AuditFilters({ draft, entries, filter, onChange }: { draft: SessionDraft; entries: readonly AuditLogEntryView[]; filter: AuditFilter; onChange: (filter: AuditFilter) => void }) {
  const { t } = useApp();
  const { actors, experts } = usePeople(draft, entries);
  // Only the kinds of action this log holds: a box for one that never occurs here (a refused scores file is
  // deliberately not logged) would promise entries that cannot be found.
  const present = useMemo(() => {
    const seen = new Set(entries.map((entry) => entry.action));
    return AUDIT_ACTIONS.filter((action) => seen.has(action));
  }, [entries]);
  const set = (patch: Partial<AuditFilter>) => onChange({ ...filter, ...patch });
  const toggle = (action: AuditAction, on: boolean) => {
    const actions = new Set(filter.actions);
    if (on) actions.add(action);
    else actions.delete(action);
    set({ actions });
  };

  return (
    <div className="rd-audit-filters" data-testid="audit-filters">
      <fieldset className="rd-audit-actions">
        <legend>{t('officeAudit.ui.filter.actions')}</legend>
        {present.map((action) => (
          <label key={action} className="rd-audit-check">
            <input type="checkbox" checked={filter.actions.has(action)} onChange={(event) => toggle(action, event.target.checked)} /> {t(`officeAudit.action.${action}`)}
          </label>
        ))}
      </fieldset>
      <div className="rd-audit-filter-row">
        <label className="rd-audit-filter">
          <span>{t('officeAudit.ui.filter.person')}</span>
          <select value={filter.person} onChange={(event) => set({ person: event.target.value })}>
            <option value="">{t('officeAudit.ui.filter.everyone')}</option>
            <OptionGroup label={t('officeAudit.ui.filter.actors')} options={actors} />
            <OptionGroup label={t('officeAudit.ui.filter.experts')} options={experts} />
          </select>
        </label>
        <div className="rd-audit-filter rd-audit-filter-text">
          <label htmlFor="rd-audit-text">{t('officeAudit.ui.filter.text')}</label>
          <Input id="rd-audit-text" value={filter.text} allowClear placeholder={t('officeAudit.ui.filter.textPlaceholder')} onChange={(event) => set({ text: event.target.value })} />
        </div>
        <label className="rd-audit-filter">
          <span>{t('officeAudit.ui.filter.from')}</span>
          <input type="date" value={filter.from} max={filter.to || undefined} onChange={(event) => set({ from: event.target.value })} />
        </label>
        <label className="rd-audit-filter">
          <span>{t('officeAudit.ui.filter.to')}</span>
          <input type="date" value={filter.to} min={filter.from || undefined} onChange={(event) => set({ to: event.target.value })} />
        </label>
        <Button onClick={() => onChange(NO_FILTER)}>{t('officeAudit.ui.filter.clear')}</Button>
      </div>
    </div>
  );
}
