// The office's 收集专家评分 step (issue #6): experts' .rdscores taken into the session the office sent, and
// who has handed in what. Built out in the commits that follow this one.
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { useApp } from '../../app/app-context';

export function CollectStep({ draft }: { draft: SessionDraft }) {
  const { t } = useApp();
  return (
    <div className="rd-office-step" data-session-id={draft.sessionId}>
      <h2>{t('officeCollect.title')}</h2>
    </div>
  );
}
