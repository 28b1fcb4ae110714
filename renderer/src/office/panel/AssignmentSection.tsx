// 评审分配: every expert scores every application unless the office chooses some experts for one. Each
// application shows how many will score it once confirmed recusals are taken off (as the session file will
// say), and says so plainly when nobody would, since the session file cannot be made then. An application
// excluded at intake (a necessary condition unmet) is scored by nobody whatever its assignment, so it says
// that instead of a count.
import { Checkbox, Radio } from 'antd';
import type { DraftApplication } from '../../../../shared/office/session-draft';
import { assignSubset, assignToAll, isSubset, scorersOf, setAssigned } from '../../../../shared/office/panel-assignments';
import type { PanelDraft, PanelPatch } from '../../../../shared/office/panel-patch';
import { useApp } from '../../app/app-context';

export interface AssignmentSectionProps {
  draft: PanelDraft;
  onChange: (patch: PanelPatch) => void;
  /** Application id → unmet prerequisites' ids, for those not scored (notScoredOf). */
  notScored?: ReadonlyMap<string, readonly string[]>;
}

export function AssignmentSection({ draft, onChange, notScored = new Map<string, readonly string[]>() }: AssignmentSectionProps) {
  const { t } = useApp();
  const { roster, assignments, recusals, applications } = draft;

  const item = (application: DraftApplication) => {
    const subset = isSubset(assignments, application.id);
    const scorers = scorersOf(assignments, roster, recusals, application.id);
    const recused = new Set(recusals.filter((r) => r.decision === 'confirmed' && r.applicationId === application.id).map((r) => r.expertId));
    const assigned = new Set(assignments[application.id] ?? []);
    const labelId = `rd-panel-assign-${application.id}`;
    const unmet = notScored.get(application.id);
    return (
      <li key={application.id} data-testid={`assignment-${application.id}`}>
        <strong id={labelId}>
          {application.countyName}（{application.city}）
        </strong>
        <Radio.Group
          aria-label={t('officePanel.assign.modeLabel', { county: application.countyName })}
          value={subset ? 'subset' : 'all'}
          onChange={(event) =>
            onChange({ assignments: event.target.value === 'subset' ? assignSubset(assignments, application.id, roster) : assignToAll(assignments, application.id) })
          }
          options={[
            { value: 'all', label: t('officePanel.assign.all') },
            { value: 'subset', label: t('officePanel.assign.subset') },
          ]}
        />
        {subset && (
          <div className="rd-inline" role="group" aria-labelledby={labelId}>
            {roster.map((expert) => (
              <Checkbox
                key={expert.expertId}
                checked={assigned.has(expert.expertId)}
                aria-label={`${t('officePanel.assign.expertLabel', { county: application.countyName, name: expert.name, expertId: expert.expertId })}${recused.has(expert.expertId) ? t('officePanel.assign.recused') : ''}`}
                onChange={(event) => onChange({ assignments: setAssigned(assignments, application.id, expert.expertId, event.target.checked, roster) })}
              >
                {expert.name}
                {recused.has(expert.expertId) ? t('officePanel.assign.recused') : ''}
              </Checkbox>
            ))}
          </div>
        )}
        {scorers.length === 0 ? (
          <p className="rd-panel-problem" role="alert">
            {t('officePanel.assign.nobody')}
          </p>
        ) : unmet !== undefined ? (
          <p className="rd-help" data-testid={`scorers-${application.id}`}>
            {t('officePanel.assign.notScored', { ids: unmet.join('、') })}
          </p>
        ) : (
          <p className="rd-help" data-testid={`scorers-${application.id}`}>
            {t('officePanel.assign.scorers', { count: scorers.length })}
          </p>
        )}
      </li>
    );
  };

  return (
    <section className="rd-office-section" aria-labelledby="rd-panel-assign">
      <h3 id="rd-panel-assign">{t('officePanel.assign.title')}</h3>
      <p className="rd-help">{t('officePanel.assign.help')}</p>
      {applications.length === 0 ? (
        <p className="rd-help">{t('officePanel.assign.noApplications')}</p>
      ) : roster.length === 0 ? (
        <p className="rd-help">{t('officePanel.assign.noExperts')}</p>
      ) : (
        <ul className="rd-panel-list rd-panel-assign">{applications.map(item)}</ul>
      )}
    </section>
  );
}
