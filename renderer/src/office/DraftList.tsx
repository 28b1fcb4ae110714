// The sessions this computer is preparing, most recently changed first, each to continue; 「新建评审会」 starts
// another. A stored draft that no longer reads is reported in place and the others stay usable.
import { Alert, Button } from 'antd';
import type { SessionDraft } from '../../../shared/office/session-draft';
import type { Problem } from '../../../shared/problems';
import { useApp } from '../app/app-context';
import { dateTime } from '../app/format';

export interface DraftListProps {
  drafts: readonly SessionDraft[];
  problems: readonly Problem[];
  onOpen: (sessionId: string) => void;
  onNew: () => void;
}

export function DraftList({ drafts, problems, onOpen, onNew }: DraftListProps) {
  const { t, describe } = useApp();
  return (
    <section className="rd-screen rd-office-drafts" aria-labelledby="rd-drafts-title" data-testid="draft-list">
      <h2 id="rd-drafts-title">{t('officeWorkspace.drafts.title')}</h2>
      {problems.map((problem, index) => (
        <Alert key={index} type="error" showIcon title={describe(problem)} />
      ))}
      {drafts.length === 0 ? (
        <p className="rd-help">{t('officeWorkspace.drafts.none')}</p>
      ) : (
        <ul className="rd-draft-list">
          {drafts.map((draft) => (
            <li key={draft.sessionId} className="rd-draft">
              <div>
                <strong>{draft.basics.name}</strong>
                <p className="rd-help">
                  {t('officeWorkspace.drafts.line', {
                    stage: t(`standard.stage.${draft.basics.stage}`),
                    dates: draft.basics.startsOn === draft.basics.endsOn ? draft.basics.startsOn : `${draft.basics.startsOn} – ${draft.basics.endsOn}`,
                    changed: dateTime(new Date(draft.updatedAt)),
                  })}
                </p>
                <p className="rd-help rd-mono">{draft.sessionId}</p>
              </div>
              <Button onClick={() => onOpen(draft.sessionId)} aria-label={t('officeWorkspace.drafts.openNamed', { name: draft.basics.name })}>
                {t('officeWorkspace.drafts.open')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button type="primary" onClick={onNew}>
        {t('officeWorkspace.drafts.new')}
      </Button>
    </section>
  );
}
