// What became of the files the operating system asked us to open, said above the workspace: each kind is
// either offered to the screen that takes it (a session file to the expert, scores files to the office's
// 收集专家评分) or explained (the other role's files; archives, which no version opens yet). Nothing is
// opened or imported without the user's click.
import { Alert, Button, Flex, Space } from 'antd';
import type { OpenRequest, OpenRequestKind } from '../../../shared/contract/open-requests-spec';
import { useApp } from './app-context';
import { fileNameOf } from './open-requests-context';

export interface OpenRequestBannerProps {
  role: 'expert' | 'office';
  files: readonly OpenRequest[];
  /** The user is done with these (知道了). */
  onDismiss: (paths: string[]) => void;
  /** Expert: go to the open-session screen with this file chosen. */
  onOpenSession?: (path: string) => void;
  /** Office: take these into the open session's 收集专家评分; absent while no session is open. */
  onImportScores?: (paths: string[]) => void;
}

const pathsOf = (files: readonly OpenRequest[]): string[] => files.map((file) => file.path);

export function OpenRequestBanner({ role, files, onDismiss, onOpenSession, onImportScores }: OpenRequestBannerProps) {
  const { t } = useApp();
  const ofKind = (kind: OpenRequestKind): OpenRequest[] => files.filter((file) => file.kind === kind);
  const names = (group: readonly OpenRequest[]): string => group.map((file) => fileNameOf(file.path)).join(t('openRequests.nameSeparator'));
  const dismiss = (group: readonly OpenRequest[]) => (
    <Button size="small" onClick={() => onDismiss(pathsOf(group))}>
      {t('openRequests.dismiss')}
    </Button>
  );

  const sessions = ofKind('session');
  const scores = ofKind('scores');
  const archives = ofKind('archive');
  // The newest session file is the one offered: an expert opens one at a time.
  const newestSession = sessions.at(-1);

  if (files.length === 0) return null;
  return (
    // Stacked with a gap, as antd spaces its own blocks (no stylesheet of ours to keep in step).
    <Flex vertical gap="small" className="rd-open-requests" data-testid="open-requests">
      {role === 'expert' && newestSession !== undefined && (
        <Alert
          type="info"
          showIcon
          data-testid="open-request-session"
          title={t('openRequests.session.received', { name: fileNameOf(newestSession.path) })}
          description={t('openRequests.session.receivedHelp')}
          action={
            <Space orientation="vertical">
              {onOpenSession && (
                <Button size="small" type="primary" onClick={() => onOpenSession(newestSession.path)}>
                  {t('openRequests.session.open')}
                </Button>
              )}
              {dismiss(sessions)}
            </Space>
          }
        />
      )}
      {role === 'office' && sessions.length > 0 && (
        <Alert type="warning" showIcon data-testid="open-request-session" title={t('openRequests.session.forOffice', { names: names(sessions) })} description={t('openRequests.session.forOfficeHelp')} action={dismiss(sessions)} />
      )}
      {role === 'office' && scores.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="open-request-scores"
          title={t('openRequests.scores.received', { count: scores.length })}
          description={
            <>
              <p>{t('openRequests.scores.names', { names: names(scores) })}</p>
              {!onImportScores && <p>{t('openRequests.scores.openDraftFirst')}</p>}
            </>
          }
          action={
            <Space orientation="vertical">
              {onImportScores && (
                <Button size="small" type="primary" onClick={() => onImportScores(pathsOf(scores))}>
                  {t('openRequests.scores.import')}
                </Button>
              )}
              {dismiss(scores)}
            </Space>
          }
        />
      )}
      {role === 'expert' && scores.length > 0 && (
        <Alert type="warning" showIcon data-testid="open-request-scores" title={t('openRequests.scores.forExpert', { names: names(scores) })} description={t('openRequests.scores.forExpertHelp')} action={dismiss(scores)} />
      )}
      {archives.length > 0 && (
        <Alert type="info" showIcon data-testid="open-request-archive" title={t('openRequests.archive.later', { names: names(archives) })} description={t('openRequests.archive.laterHelp')} action={dismiss(archives)} />
      )}
    </Flex>
  );
}
