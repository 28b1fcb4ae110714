// 回避建议: each same-city pair (county, expert, city) with 确认回避 / 不回避, the decision shown and still
// changeable, and how many wait: the session file cannot be made while any does.
import { Button, Tag } from 'antd';
import { decideRecusal, undecidedCount } from '../../../../shared/office/panel-recusals';
import type { PanelDraft, PanelPatch } from '../../../../shared/office/panel-patch';
import type { DraftRecusal } from '../../../../shared/office/session-draft';
import { useApp } from '../../app/app-context';

const TAG_COLOR: Record<DraftRecusal['decision'], string> = { pending: 'gold', confirmed: 'blue', dismissed: 'default' };

export function RecusalSection({ draft, onChange }: { draft: PanelDraft; onChange: (patch: PanelPatch) => void }) {
  const { t } = useApp();
  const { recusals } = draft;
  const experts = new Map(draft.roster.map((entry) => [entry.expertId, entry]));
  const applications = new Map(draft.applications.map((application) => [application.id, application]));
  const undecided = undecidedCount(recusals);

  const decide = (recusal: DraftRecusal, decision: DraftRecusal['decision']): void =>
    onChange({ recusals: decideRecusal(recusals, recusal.expertId, recusal.applicationId, decision) });

  return (
    <section className="rd-office-section" aria-labelledby="rd-panel-recusal">
      <h3 id="rd-panel-recusal">{t('officePanel.recusal.title')}</h3>
      {recusals.length === 0 ? (
        <p className="rd-help">{t('officePanel.recusal.none')}</p>
      ) : (
        <>
          <p className="rd-help">{t('officePanel.recusal.help')}</p>
          <p data-testid="recusal-undecided" role="status">
            {undecided === 0 ? t('officePanel.recusal.allDecided') : t('officePanel.recusal.undecided', { count: undecided })}
          </p>
          <ul className="rd-panel-list">
            {recusals.map((recusal) => {
              const expert = experts.get(recusal.expertId);
              const application = applications.get(recusal.applicationId);
              const name = expert?.name ?? recusal.expertId;
              const county = application?.countyName ?? recusal.applicationId;
              return (
                <li key={`${recusal.expertId}/${recusal.applicationId}`} data-testid={`recusal-${recusal.expertId}-${recusal.applicationId}`}>
                  <span>
                    {t('officePanel.recusal.pair', { county, name, expertId: recusal.expertId, city: application?.city ?? expert?.city ?? '' })}{' '}
                    <Tag color={TAG_COLOR[recusal.decision]}>{t(`officePanel.recusal.decision.${recusal.decision}`)}</Tag>
                  </span>
                  <div className="rd-actions">
                    <Button
                      size="small"
                      type={recusal.decision === 'confirmed' ? 'primary' : 'default'}
                      aria-pressed={recusal.decision === 'confirmed'}
                      aria-label={t('officePanel.recusal.confirmLabel', { name, county })}
                      onClick={() => decide(recusal, 'confirmed')}
                    >
                      {t('officePanel.recusal.confirm')}
                    </Button>
                    <Button
                      size="small"
                      type={recusal.decision === 'dismissed' ? 'primary' : 'default'}
                      aria-pressed={recusal.decision === 'dismissed'}
                      aria-label={t('officePanel.recusal.dismissLabel', { name, county })}
                      onClick={() => decide(recusal, 'dismissed')}
                    >
                      {t('officePanel.recusal.dismiss')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
