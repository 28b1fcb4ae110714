// 「用办公室密钥签署第 N 版」: asks first, in place, saying plainly that the version is locked once signed (only a
// new version can change the list; this one stays). Then the host signs what the clerk saw: the data
// fingerprint of the results on screen and the latest version's hash. What the host answers goes back to the
// step, which reloads what went stale and says why.
import { Button } from 'antd';
import { useState } from 'react';
import type { DissentNote, ListAdjustment } from '../../../../shared/files/suggestion-list-file';
import { errorText, useApp } from '../../app/app-context';
import { InlineConfirm } from '../applications/InlineConfirm';
import type { SignAnswer } from './list-types';

export interface SignRequest {
  sessionId: string;
  dataFingerprint: string;
  previousHash: string | null;
  adjustments: ListAdjustment[];
  dissent: DissentNote[];
  note: string;
}

export interface SignBarProps {
  version: number;
  request: SignRequest;
  /** Why signing is not possible now (problems to settle first); null when it is. */
  blocked: string | null;
  onAnswer: (answer: SignAnswer) => void;
  onFailed: (message: string) => void;
}

export function SignBar({ version, request, blocked, onAnswer, onFailed }: SignBarProps) {
  const { host, t } = useApp();
  const [stage, setStage] = useState<'idle' | 'confirming' | 'signing'>('idle');

  const sign = (): void => {
    setStage('signing');
    host.signSuggestionList(request).then(
      (answer) => {
        setStage('idle');
        onAnswer(answer);
      },
      (cause: unknown) => {
        setStage('idle');
        onFailed(t('officeList.sign.failed', { message: errorText(cause) }));
      },
    );
  };

  return (
    <section aria-labelledby="rd-list-sign-title" className="rd-list-sign" data-testid="list-sign">
      <h3 id="rd-list-sign-title">{t('officeList.sign.title')}</h3>
      {blocked !== null && (
        <p className="rd-list-error" data-testid="list-sign-blocked">
          {blocked}
        </p>
      )}
      {stage === 'confirming' ? (
        <InlineConfirm
          question={t('officeList.sign.confirm', { version })}
          yes={t('officeList.sign.yes', { version })}
          no={t('officeList.sign.no')}
          onYes={sign}
          onNo={() => setStage('idle')}
          testId="list-sign-confirm"
        />
      ) : (
        <Button type="primary" disabled={blocked !== null || stage === 'signing'} loading={stage === 'signing'} onClick={() => setStage('confirming')}>
          {t('officeList.sign.button', { version })}
        </Button>
      )}
    </section>
  );
}
