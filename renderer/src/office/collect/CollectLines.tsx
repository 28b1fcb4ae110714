// The outcome of the last import, one line per file: a tag saying what became of it, the file's name as the
// office dropped it, whose export it is, and the host's own sentence (what happened and what to do). A file
// refused for an unknown key offers, in place, to enrol the expert's key and import that expert's files again.
import { Alert, Button, Tag } from 'antd';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { RefusalMessages } from '../../app/RefusalMessages';
import { isRefused, summaryOf, type CollectLine, type LineOutcome } from './collect-lines';
import { EnrolForm, type EnrolExpert } from './EnrolForm';

export interface CollectLinesProps {
  lines: readonly CollectLine[];
  /** The host's messages when it refused the whole import. */
  refusal: readonly string[] | null;
  experts: readonly EnrolExpert[];
  /** Enrols the key and imports the line's files again; resolves to the host's refusal, or null once imported. */
  onEnrol: (index: number, expertId: string, fingerprint: string) => Promise<string[] | null>;
}

type TagColor = 'success' | 'default' | 'warning' | 'error';
const colorOf = (outcome: LineOutcome): TagColor => {
  if (outcome === 'accepted') return 'success';
  if (outcome === 'unknownKey') return 'warning';
  return isRefused(outcome) ? 'error' : 'default';
};

export function CollectLines({ lines, refusal, experts, onEnrol }: CollectLinesProps) {
  const { t } = useApp();
  const [open, setOpen] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [enrolRefusal, setEnrolRefusal] = useState<string[] | null>(null);
  if (lines.length === 0 && refusal === null) return null;
  const summary = summaryOf(lines);
  const names = new Map(experts.map((expert) => [expert.expertId, expert.name]));

  const enrol = async (index: number, expertId: string, fingerprint: string): Promise<void> => {
    setBusy(true);
    try {
      const refused = await onEnrol(index, expertId, fingerprint);
      setEnrolRefusal(refused);
      if (refused === null) setOpen(null);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (index: number | null): void => {
    setOpen(index);
    setEnrolRefusal(null);
  };

  return (
    <section aria-labelledby="rd-collect-results-title" data-testid="collect-results">
      <h3 id="rd-collect-results-title">{t('officeCollect.result.title')}</h3>
      {refusal !== null && <Alert type="error" showIcon data-testid="collect-refused" title={t('officeCollect.import.refused')} description={<RefusalMessages messages={refusal} />} />}
      {lines.length > 0 && (
        <p data-testid="collect-summary" className="rd-collect-summary">
          {t('officeCollect.result.summary', { total: summary.total, accepted: summary.accepted, held: summary.held, duplicate: summary.duplicate, refused: summary.refused })}
          {summary.refusedBy.length > 0
            ? t('officeCollect.result.refusedBy', { list: summary.refusedBy.map(([outcome, count]) => `${t(`officeCollect.outcome.${outcome}`)} ${count}`).join('，') })
            : t('officeCollect.result.allFine')}
        </p>
      )}
      <ul className="rd-collect-lines">
        {lines.map((line, index) => {
          const expert = line.expertId === undefined ? null : (names.get(line.expertId) ?? line.expertId);
          return (
            <li key={`${index}-${line.name}`} data-testid="collect-line" data-outcome={line.outcome} className="rd-collect-line">
              <div className="rd-collect-line-head">
                <Tag color={colorOf(line.outcome)}>{t(`officeCollect.outcome.${line.outcome}`)}</Tag>
                <span className="rd-collect-file" data-testid="collect-line-name">
                  {line.name}
                </span>
                {expert !== null && <span className="rd-help">{expert}</span>}
                {line.sequence !== undefined && <span className="rd-help">{t('officeCollect.result.sequence', { sequence: line.sequence })}</span>}
              </div>
              <p className="rd-collect-message">{line.message}</p>
              {line.outcome === 'unknownKey' && line.enrolled === true && (
                <p className="rd-field-error" data-testid="enrol-still-unknown">
                  {t('officeCollect.enrol.stillUnknown')}
                </p>
              )}
              {line.outcome === 'unknownKey' && line.source !== null && open !== index && (
                <Button size="small" onClick={() => toggle(index)}>
                  {t('officeCollect.enrol.open')}
                </Button>
              )}
              {open === index && (
                <EnrolForm experts={experts} expertId={line.expertId} busy={busy} refusal={enrolRefusal} onEnrol={(id, fp) => void enrol(index, id, fp)} onCancel={() => toggle(null)} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
