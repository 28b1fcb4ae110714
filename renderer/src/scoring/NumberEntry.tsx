// The typed field of a points, bonus or deduction leaf. A value the leaf cannot take (out of bounds, off the
// step, not a number) is refused where it is typed: the sheet keeps its last valid value and the field says
// why. The refusal is kept as a Problem, not a sentence, so it reads in whichever language is current.
import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { Problem } from '../../../shared/problems';
import { plainNumber } from '../../../shared/reports/report-text';
import type { CompiledLeaf, CompiledStandard } from '../../../shared/standard/compile';
import { readEntry, stepped } from './entry';

export interface NumberEntryProps {
  inputId: string;
  leaf: CompiledLeaf;
  value: number | undefined;
  compiled: CompiledStandard;
  onChange: (value: number | undefined) => void;
  describedBy: string;
  refusalId: string;
  disabled: boolean;
  locale: Locale;
}

const shown = (value: number | undefined): string => (value === undefined ? '' : plainNumber(value));

export function NumberEntry({ inputId, compiled, leaf, value, onChange, describedBy, refusalId, disabled, locale }: NumberEntryProps) {
  // What is in the field while the expert types ("4." on the way to "4.5", or a refused "12"); null shows
  // the sheet's value.
  const [typed, setTyped] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Problem | null>(null);

  const accept = (text: string): void => {
    setTyped(text);
    const entry = readEntry(compiled, leaf, text);
    if (entry.ok) {
      setRefusal(null);
      if (entry.value !== value) onChange(entry.value);
    } else {
      setRefusal(entry.problem);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const next = stepped(leaf, value, event.key === 'ArrowUp' ? 1 : -1);
    setTyped(null);
    setRefusal(null);
    if (next !== value) onChange(next);
  };

  const kept = value === undefined ? translate(locale, 'scoringPanel.notScored') : plainNumber(value);
  const maxValue = leaf.kind === 'deduction' ? undefined : leaf.maxH / 100;
  return (
    <>
      <input
        id={inputId}
        type="text"
        inputMode={leaf.kind === 'deduction' ? 'numeric' : 'decimal'}
        role="spinbutton"
        autoComplete="off"
        className="rd-score-number"
        value={typed ?? shown(value)}
        aria-valuemin={0}
        aria-valuemax={maxValue}
        aria-valuenow={value}
        aria-invalid={refusal !== null || undefined}
        aria-describedby={refusal ? `${describedBy} ${refusalId}` : describedBy}
        disabled={disabled}
        data-nav-target=""
        onChange={(event: ChangeEvent<HTMLInputElement>) => accept(event.target.value)}
        onKeyDown={onKeyDown}
        // Leaving the field shows what the sheet holds; a refusal stays in view until the next edit.
        onBlur={() => setTyped(null)}
      />
      {refusal && (
        <p id={refusalId} className="rd-score-refusal" role="alert">
          {translate(locale, 'scoringPanel.refused', { reason: describeProblem(locale, refusal), kept })}
        </p>
      )}
    </>
  );
}
