// 「制作第 N 版」: the computed list with the office's adjustments applied live (the same function the host signs
// with), each change made from its row with a written reason and listed with it to take back; the problems
// that block signing; dissent notes and the note; then signing. Everything typed is the draft's pendingList,
// saved as it changes, so a reload or another step loses nothing; it remembers which data it was made on.
import { Alert, Button } from 'antd';
import { useMemo, useState } from 'react';
import type { ListAdjustment } from '../../../../shared/files/suggestion-list-file';
import type { PendingList } from '../../../../shared/office/session-draft';
import { useApp } from '../../app/app-context';
import { InlineConfirm } from '../applications/InlineConfirm';
import type { OfficeResults } from '../decide/results-types';
import { AdjustForm } from './AdjustForm';
import { AdjustmentList } from './AdjustmentList';
import { DissentEditor } from './DissentEditor';
import { ListTable } from './ListTable';
import { previewList, type ListRow } from './list-rows';
import { problemText, type CountyNamer } from './list-text';
import type { ComputedSuggestionList, SignAnswer, SignedListVersion } from './list-types';
import { SignBar } from './SignBar';

export interface ListEditorProps {
  sessionId: string;
  answer: OfficeResults;
  /** The computed list the version is made from (the answer's, known to be there). */
  list: ComputedSuggestionList;
  /** The version being made, as the draft holds it; undefined until the office changes anything. */
  pending: PendingList | undefined;
  latest: SignedListVersion | null;
  county: CountyNamer;
  onPending: (pending: PendingList | undefined) => void;
  onSignAnswer: (answer: SignAnswer) => void;
  onSignFailed: (message: string) => void;
}

type OpenForm = { kind: ListAdjustment['kind']; applicationId: string } | null;

export function ListEditor({ sessionId, answer, list: suggestionList, pending, latest, county, onPending, onSignAnswer, onSignFailed }: ListEditorProps) {
  const { t } = useApp();
  const current: PendingList = pending ?? { basedOn: answer.dataFingerprint, adjustments: [], dissent: [], note: '' };
  const [open, setOpen] = useState<OpenForm>(null);
  const [discarding, setDiscarding] = useState(false);
  const preview = useMemo(() => previewList(suggestionList, current.adjustments), [suggestionList, current.adjustments]);
  const version = (latest?.payload.version ?? 0) + 1;
  const dataMoved = current.basedOn !== answer.dataFingerprint;

  const save = (patch: Partial<PendingList>): void => onPending({ ...current, ...patch });
  const add = (adjustment: ListAdjustment): void => {
    setOpen(null);
    save({ adjustments: [...current.adjustments, adjustment] });
  };

  const actions = (row: ListRow) => {
    const button = (kind: ListAdjustment['kind']) => (
      <Button key={kind} size="small" onClick={() => setOpen({ kind, applicationId: row.applicationId })} aria-label={t(`officeList.action.${kind}Label`, { county: row.countyName })}>
        {t(`officeList.action.${kind}`)}
      </Button>
    );
    return <div className="rd-actions">{row.position === null ? button('include') : [button('exclude'), button('move')]}</div>;
  };
  const under = (row: ListRow) =>
    open?.applicationId !== row.applicationId ? null : (
      <tr className="rd-list-form-row">
        <td colSpan={6}>
          <AdjustForm kind={open.kind} row={row} lastPosition={preview.view.listed.length} onAdd={add} onCancel={() => setOpen(null)} />
        </td>
      </tr>
    );

  const blocked = dataMoved
    ? t('officeList.sign.blockedDataMoved')
    : preview.problems.length > 0
      ? t('officeList.sign.blockedProblems', { count: preview.problems.length })
      : null;

  return (
    <section aria-labelledby="rd-list-editor-title" data-testid="list-editor">
      <h3 id="rd-list-editor-title">{t('officeList.editor.title', { version })}</h3>
      <p className="rd-help">{t('officeList.editor.help')}</p>
      {dataMoved && (
        <Alert
          type="warning"
          showIcon
          data-testid="list-based-on-changed"
          title={t('officeList.editor.dataMoved')}
          action={<Button onClick={() => save({ basedOn: answer.dataFingerprint })}>{t('officeList.editor.dataMovedOk')}</Button>}
        />
      )}
      {latest !== null && latest.payload.adjustments.length > 0 && current.adjustments.length === 0 && (
        <div className="rd-inline" data-testid="list-copy-previous">
          <p>{t('officeList.editor.copyHelp', { version: latest.payload.version, count: latest.payload.adjustments.length })}</p>
          <Button size="small" onClick={() => save({ adjustments: [...latest.payload.adjustments] })}>
            {t('officeList.editor.copy')}
          </Button>
        </div>
      )}
      <ListTable view={preview.view} caption={t('officeList.editor.caption', { version })} testId="list-preview" actions={actions} under={under} />
      {preview.problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="list-problems"
          title={t('officeList.problem.title')}
          description={
            <ul>
              {preview.problems.map((problem, index) => (
                <li key={index}>{problemText(t, problem, county)}</li>
              ))}
            </ul>
          }
        />
      )}
      <h3>{t('officeList.adjustments.title')}</h3>
      <AdjustmentList
        adjustments={current.adjustments}
        county={county}
        testId="list-adjustments"
        onRemove={(index) => save({ adjustments: current.adjustments.filter((_, i) => i !== index) })}
      />
      <DissentEditor dissent={current.dissent} note={current.note} onDissent={(dissent) => save({ dissent })} onNote={(note) => save({ note })} />
      <SignBar
        version={version}
        blocked={blocked}
        request={{ sessionId, dataFingerprint: answer.dataFingerprint, previousHash: latest?.hash ?? null, adjustments: current.adjustments, dissent: current.dissent, note: current.note }}
        onAnswer={onSignAnswer}
        onFailed={onSignFailed}
      />
      {pending !== undefined &&
        (discarding ? (
          <InlineConfirm
            question={t('officeList.editor.discardQuestion', { version })}
            yes={t('officeList.editor.discardYes')}
            no={t('officeList.editor.discardNo')}
            danger
            onYes={() => {
              setDiscarding(false);
              onPending(undefined);
            }}
            onNo={() => setDiscarding(false)}
            testId="list-discard-confirm"
          />
        ) : (
          <Button onClick={() => setDiscarding(true)}>{t('officeList.editor.discard', { version })}</Button>
        ))}
    </section>
  );
}
