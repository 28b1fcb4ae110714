// Dissent notes (不同意见) in the dissenter's own words, and the office's note, for the version being made.
// A note is added whole (name and text); the half-typed one stays on screen only, the added ones are saved
// with the draft.
import { Button, Input } from 'antd';
import { useId, useState } from 'react';
import type { DissentNote } from '../../../../shared/files/suggestion-list-file';
import { useApp } from '../../app/app-context';

export interface DissentEditorProps {
  dissent: readonly DissentNote[];
  note: string;
  onDissent: (dissent: DissentNote[]) => void;
  onNote: (note: string) => void;
}

export function DissentEditor({ dissent, note, onDissent, onNote }: DissentEditorProps) {
  const { t } = useApp();
  const id = useId();
  const [by, setBy] = useState('');
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const complete = by.trim() !== '' && text.trim() !== '';

  const add = (): void => {
    setTried(true);
    if (!complete) return;
    onDissent([...dissent, { by: by.trim(), text: text.trim() }]);
    setBy('');
    setText('');
    setTried(false);
  };

  return (
    <section aria-labelledby={`${id}-title`} data-testid="list-dissent-editor">
      <h3 id={`${id}-title`}>{t('officeList.dissent.title')}</h3>
      <p className="rd-help">{t('officeList.dissent.help')}</p>
      <DissentList dissent={dissent} onRemove={(index) => onDissent(dissent.filter((_, i) => i !== index))} />
      <div className="rd-list-form">
        <div className="rd-field">
          <label htmlFor={`${id}-by`} className="rd-field-label">
            {t('officeList.dissent.by')}
          </label>
          <Input id={`${id}-by`} maxLength={100} value={by} onChange={(event) => setBy(event.target.value)} />
        </div>
        <div className="rd-field">
          <label htmlFor={`${id}-text`} className="rd-field-label">
            {t('officeList.dissent.text')}
          </label>
          <Input.TextArea id={`${id}-text`} rows={2} maxLength={4000} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        {tried && !complete && (
          <p className="rd-list-error" role="alert">
            {t('officeList.dissent.incomplete')}
          </p>
        )}
        <Button size="small" onClick={add}>
          {t('officeList.dissent.add')}
        </Button>
      </div>
      <div className="rd-field">
        <label htmlFor={`${id}-note`} className="rd-field-label">
          {t('officeList.note.label')}
        </label>
        <Input.TextArea id={`${id}-note`} rows={3} maxLength={4000} value={note} onChange={(event) => onNote(event.target.value)} />
      </div>
    </section>
  );
}

/** The dissent notes as a list; removable in the editor, read-only in a signed version. */
export function DissentList({ dissent, onRemove }: { dissent: readonly DissentNote[]; onRemove?: (index: number) => void }) {
  const { t } = useApp();
  if (dissent.length === 0) return <p className="rd-help">{t('officeList.dissent.none')}</p>;
  return (
    <ul className="rd-list-dissent" data-testid="list-dissent">
      {dissent.map((entry, index) => (
        // Index keys: two notes may read the same, and notes are only added or removed.
        <li key={index}>
          <strong>{entry.by}</strong> <span>{entry.text}</span>
          {onRemove !== undefined && (
            <Button size="small" onClick={() => onRemove(index)} aria-label={t('officeList.dissent.removeLabel', { by: entry.by })}>
              {t('officeList.dissent.remove')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
