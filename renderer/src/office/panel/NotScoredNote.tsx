// Beside a county in the presentation order: it stays in the session file's order, but no expert scores it.
import { useApp } from '../../app/app-context';

export function NotScoredNote({ unmet }: { unmet: readonly string[] | undefined }) {
  const { t } = useApp();
  if (unmet === undefined) return null;
  return (
    <span className="rd-help" data-testid="not-scored-note">
      {t('officePanel.presentation.notScored', { ids: unmet.join('、') })}
    </span>
  );
}
