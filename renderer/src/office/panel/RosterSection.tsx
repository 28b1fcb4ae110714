// 专家名单: the roster as a table, with the inline form to add an expert (below it) or edit one (in place of
// the row), removal with an inline question, and a word when the panel size is unusual (5–9, odd).
import { Alert, Button } from 'antd';
import { Fragment, useState } from 'react';
import type { RosterEntry } from '../../../../shared/files/session-payload';
import type { PanelDraft, PanelPatch } from '../../../../shared/office/panel-patch';
import { addExpert, editExpert, nextExpertId, panelSizeWarnings, removeExpert } from '../../../../shared/office/panel-roster';
import { groupedFingerprint } from '../../../../shared/util/fingerprint';
import { useApp } from '../../app/app-context';
import { ExpertForm } from './ExpertForm';
import { RemoveConfirm } from './RemoveConfirm';

/** What is open below or in the table: nothing, the add form, one row's edit form, or one row's removal question. */
type Open = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; expertId: string } | { kind: 'remove'; expertId: string };

const COLUMNS = ['id', 'name', 'organisation', 'title', 'city', 'key', 'actions'] as const;

export function RosterSection({ draft, onChange }: { draft: PanelDraft; onChange: (patch: PanelPatch) => void }) {
  const { t } = useApp();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const { roster } = draft;
  const close = (): void => setOpen({ kind: 'none' });

  const row = (entry: RosterEntry) => {
    const label = { name: entry.name, expertId: entry.expertId };
    if (open.kind === 'edit' && open.expertId === entry.expertId) {
      return (
        <tr key={entry.expertId}>
          <td colSpan={COLUMNS.length}>
            <ExpertForm
              roster={roster}
              expertId={entry.expertId}
              editing={entry}
              onSubmit={(details) => {
                onChange(editExpert(draft, entry.expertId, details));
                close();
              }}
              onCancel={close}
            />
          </td>
        </tr>
      );
    }
    return (
      <Fragment key={entry.expertId}>
        <tr data-testid={`roster-row-${entry.expertId}`}>
          <td className="rd-mono">{entry.expertId}</td>
          <td>{entry.name}</td>
          <td>{entry.organisation}</td>
          <td>{entry.title}</td>
          <td>{entry.city}</td>
          <td>{entry.keyFingerprint === null ? <span className="rd-help">{t('officePanel.roster.noKey')}</span> : <span className="rd-panel-key">{groupedFingerprint(entry.keyFingerprint)}</span>}</td>
          <td>
            <div className="rd-actions">
              <Button size="small" onClick={() => setOpen({ kind: 'edit', expertId: entry.expertId })} aria-label={t('officePanel.roster.editLabel', label)}>
                {t('officePanel.roster.edit')}
              </Button>
              <Button size="small" danger onClick={() => setOpen({ kind: 'remove', expertId: entry.expertId })} aria-label={t('officePanel.roster.removeLabel', label)}>
                {t('officePanel.roster.remove')}
              </Button>
            </div>
          </td>
        </tr>
        {open.kind === 'remove' && open.expertId === entry.expertId && (
          <tr>
            <td colSpan={COLUMNS.length}>
              <RemoveConfirm
                expert={entry}
                onConfirm={() => {
                  onChange(removeExpert(draft, entry.expertId));
                  close();
                }}
                onCancel={close}
              />
            </td>
          </tr>
        )}
      </Fragment>
    );
  };

  return (
    <section className="rd-office-section" aria-labelledby="rd-panel-roster">
      <h3 id="rd-panel-roster">{t('officePanel.roster.title')}</h3>
      <p className="rd-help">{t('officePanel.roster.help')}</p>
      {roster.length === 0 ? (
        <p className="rd-help">{t('officePanel.roster.empty')}</p>
      ) : (
        <>
          <p data-testid="roster-count">{t('officePanel.roster.count', { count: roster.length })}</p>
          <table className="rd-panel-table" data-testid="roster-table">
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col">
                    {t(`officePanel.roster.column.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{roster.map(row)}</tbody>
          </table>
        </>
      )}
      {panelSizeWarnings(roster.length).map((warning) => (
        <Alert key={warning} type="warning" showIcon title={t(`officePanel.roster.warning.${warning}`, { count: roster.length })} data-testid={`panel-size-${warning}`} />
      ))}
      {open.kind === 'add' ? (
        <ExpertForm
          roster={roster}
          expertId={nextExpertId(draft)}
          onSubmit={(details) => {
            onChange(addExpert(draft, details));
            close();
          }}
          onCancel={close}
        />
      ) : (
        <div className="rd-actions">
          <Button onClick={() => setOpen({ kind: 'add' })}>{t('officePanel.roster.add')}</Button>
        </div>
      )}
    </section>
  );
}
