// 创建标准, the office's step: choose or drop the filled-in template (.xlsx) or a .json, see what it holds (the
// tree, totals, the fingerprint) and every problem by row, then use it. A file with errors cannot be used
// (onChange is called only with an error-free standard); warnings are shown and allowed. Replacing a standard
// already in use asks first, since the rules edited on it would be lost. Until a new file is accepted, the
// standard in use stays as it was.
import { Alert, Button, Spin } from 'antd';
import { useState, type DragEvent } from 'react';
import type { DraftStandard } from '../../../../shared/office/session-draft';
import { errorText, useApp } from '../../app/app-context';
import { dateTime } from '../../app/format';
import { ReplaceConfirm } from './ReplaceConfirm';
import { readStandardFile, type StandardRead } from './read-standard-file';
import { StandardPreview } from './StandardPreview';
import { StandardProblems } from './StandardProblems';
import { TemplateHelp } from './TemplateHelp';
import './standard-step.css';

export interface StandardStepProps {
  value: DraftStandard | null;
  onChange: (next: DraftStandard) => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'refused'; message: string }
  | { kind: 'read'; name: string; result: StandardRead; confirming: boolean };

const ACCEPT = '.xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function StandardStep({ value, onChange }: StandardStepProps) {
  const { host, t } = useApp();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const busy = phase.kind === 'reading';

  const read = async (file: File): Promise<void> => {
    setPhase({ kind: 'reading', name: file.name });
    try {
      const outcome = await readStandardFile(host, file, t);
      setPhase(outcome.kind === 'refused' ? outcome : { kind: 'read', name: file.name, result: outcome.result, confirming: false });
    } catch (cause) {
      setPhase({ kind: 'refused', message: t('officeStandard.failed', { name: file.name, message: errorText(cause) }) });
    }
  };

  const chosen = (files: FileList | null): void => {
    const file = files?.[0];
    if (file && !busy) void read(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    chosen(event.dataTransfer.files);
  };

  const accept = (name: string, result: StandardRead): void => {
    if (!result.ok) return;
    onChange({ standard: result.standard, fingerprint: result.fingerprint, fileName: name, importedAt: new Date().toISOString() });
    setPhase({ kind: 'idle' });
  };

  return (
    <div className="rd-office-step rd-standard-step">
      <h2>{t('officeStandard.title')}</h2>
      <p>{t('officeStandard.intro')}</p>
      <TemplateHelp />
      <div
        className={`rd-drop${dragging ? ' rd-drop-active' : ''}`}
        data-testid="standard-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('officeStandard.choose.drop')}</p>
        <label htmlFor="rd-standard-file" className="rd-file-label">
          {t(value === null ? 'officeStandard.choose.button' : 'officeStandard.choose.another')}
        </label>
        <input
          id="rd-standard-file"
          className="rd-file-input"
          type="file"
          accept={ACCEPT}
          disabled={busy}
          onChange={(event) => {
            chosen(event.target.files);
            // Cleared so choosing the same file again (after correcting it) fires again.
            event.target.value = '';
          }}
        />
      </div>

      {phase.kind === 'reading' && (
        <div role="status" className="rd-inline">
          <Spin />
          <span>{t('officeStandard.reading', { name: phase.name })}</span>
        </div>
      )}
      {phase.kind === 'refused' && <Alert type="error" showIcon data-testid="standard-refused" title={phase.message} />}
      {phase.kind === 'read' && (
        <PendingStandard
          name={phase.name}
          result={phase.result}
          replacing={value !== null}
          confirming={phase.confirming}
          onUse={() => (value === null ? accept(phase.name, phase.result) : setPhase({ ...phase, confirming: true }))}
          onConfirm={() => accept(phase.name, phase.result)}
          onCancelConfirm={() => setPhase({ ...phase, confirming: false })}
          onDiscard={() => setPhase({ kind: 'idle' })}
        />
      )}
      {phase.kind !== 'read' && value !== null && (
        <section aria-labelledby="rd-standard-current-title" data-testid="standard-current">
          <h3 id="rd-standard-current-title">{t('officeStandard.current.title')}</h3>
          <p className="rd-help">{t('officeStandard.current.source', { fileName: value.fileName, importedAt: dateTime(new Date(value.importedAt)) })}</p>
          <StandardPreview standard={value.standard} fingerprint={value.fingerprint} />
        </section>
      )}
    </div>
  );
}

interface PendingProps {
  name: string;
  result: StandardRead;
  /** A standard is already in use: accepting replaces it, after asking. */
  replacing: boolean;
  confirming: boolean;
  onUse: () => void;
  onConfirm: () => void;
  onCancelConfirm: () => void;
  onDiscard: () => void;
}

/** A file just read: its problems, and when it has no errors its preview and the way to use it. */
function PendingStandard({ name, result, replacing, confirming, onUse, onConfirm, onCancelConfirm, onDiscard }: PendingProps) {
  const { t } = useApp();
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  return (
    <section aria-labelledby="rd-standard-pending-title" data-testid="standard-pending">
      <h3 id="rd-standard-pending-title">{t('officeStandard.pending.title', { name })}</h3>
      {!result.ok && <Alert type="error" showIcon data-testid="standard-blocked" title={t('officeStandard.pending.blocked', { count: errors })} />}
      {result.ok && result.problems.length > 0 && (
        <Alert type="warning" showIcon title={t('officeStandard.pending.warningsOnly', { count: result.problems.length })} />
      )}
      <StandardProblems problems={result.problems} />
      {!result.ok && (
        <div className="rd-actions">
          <Button onClick={onDiscard}>{t('officeStandard.pending.discard')}</Button>
        </div>
      )}
      {result.ok && (
        <>
          {confirming ? (
            <ReplaceConfirm onConfirm={onConfirm} onCancel={onCancelConfirm} />
          ) : (
            <div className="rd-actions">
              <Button type="primary" onClick={onUse}>
                {t(replacing ? 'officeStandard.pending.replace' : 'officeStandard.pending.use')}
              </Button>
              <Button onClick={onDiscard}>{t('officeStandard.pending.discard')}</Button>
            </div>
          )}
          <StandardPreview standard={result.standard} fingerprint={result.fingerprint} />
        </>
      )}
    </section>
  );
}
