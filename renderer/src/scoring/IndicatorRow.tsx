// One leaf of the standard: its name, the field for its kind, the rule in one line, the guidance and
// evidence on demand, and a comment (for a failed veto: the required reason). Memoised: typing in one row
// re-renders that row and the total, not the other 119.
import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { error } from '../../../shared/problems';
import { plainNumber } from '../../../shared/reports/report-text';
import type { LeafValue } from '../../../shared/scoring/score-sheet';
import type { CompiledLeaf, CompiledStandard } from '../../../shared/standard/compile';
import type { Leaf } from '../../../shared/standard/schema';
import { cachedText } from './cached-text';
import { ChoiceGroup } from './ChoiceGroup';
import { GuidancePanel } from './GuidancePanel';
import { leafHint } from './leaf-hint';
import { leafOptions } from './leaf-options';
import { NumberEntry } from './NumberEntry';

export type NavigationKey = 'Enter' | 'Tab';

export interface IndicatorRowProps {
  /** Unique prefix for this row's element ids. */
  idBase: string;
  compiled: CompiledStandard;
  leaf: CompiledLeaf;
  /** The leaf as written in the standard: guidance, evidence, tier order. */
  source: Leaf;
  value: LeafValue | undefined;
  comment: string;
  /** What the leaf adds to the total in hundredths (bonus after the cap, deductions negative). */
  countedH: number;
  /** A deduction whose item maximum limited it. */
  deductionCapped: boolean;
  locale: Locale;
  disabled: boolean;
  onValue: (id: string, value: LeafValue | undefined) => void;
  onComment: (id: string, comment: string) => void;
  /** Moves focus to another indicator's field; false when there is none that way. */
  onNavigate: (index: number, direction: 1 | -1, key: NavigationKey) => boolean;
  registerField: (index: number, element: HTMLElement | null) => void;
}

const isNumberKind = (leaf: CompiledLeaf): boolean => leaf.kind === 'points' || leaf.kind === 'bonus' || leaf.kind === 'deduction';

/** Text typed through an input method is still being composed: Enter then confirms the characters. */
const composing = (event: KeyboardEvent): boolean => event.nativeEvent.isComposing;

function countedNote(locale: Locale, leaf: CompiledLeaf, value: LeafValue | undefined, countedH: number, deductionCapped: boolean): string {
  if (typeof value !== 'number' || value <= 0) return '';
  if (leaf.kind === 'bonus' && countedH < Math.round(value * 100)) {
    return translate(locale, 'scoringPanel.bonusCut', { counted: plainNumber(countedH / 100) });
  }
  if (leaf.kind === 'deduction') {
    const deducted = plainNumber(-countedH / 100);
    return translate(locale, deductionCapped ? 'scoringPanel.deductionCapped' : 'scoringPanel.deductionApplied', { deducted });
  }
  return '';
}

function IndicatorRowImpl(props: IndicatorRowProps) {
  const { idBase, compiled, leaf, source, value, comment, countedH, deductionCapped, locale, disabled } = props;
  const { onValue, onComment, onNavigate, registerField } = props;
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  const [commentOpen, setCommentOpen] = useState(false);
  const fieldRef = useRef<HTMLDivElement>(null);
  const commentRef = useRef<HTMLInputElement>(null);
  const focusCommentAfterRender = useRef(false);

  const ids = {
    label: `${idBase}-label`,
    input: `${idBase}-input`,
    hint: `${idBase}-hint`,
    refusal: `${idBase}-refusal`,
    guidance: `${idBase}-guidance`,
    comment: `${idBase}-comment`,
    commentError: `${idBase}-comment-error`,
  };
  const vetoFailed = leaf.kind === 'veto' && value === false;
  const reasonMissing = vetoFailed && comment.trim() === '';
  const commentShown = commentOpen || comment !== '' || vetoFailed;

  useLayoutEffect(() => {
    registerField(leaf.index, fieldRef.current);
    return () => registerField(leaf.index, null);
  }, [registerField, leaf.index]);

  // Alt+C opens the comment field and focuses it; it exists only after the render that opens it.
  useLayoutEffect(() => {
    if (focusCommentAfterRender.current && commentRef.current) {
      focusCommentAfterRender.current = false;
      commentRef.current.focus();
    }
  });

  const openComment = (): void => {
    if (commentRef.current) commentRef.current.focus();
    else {
      focusCommentAfterRender.current = true;
      setCommentOpen(true);
    }
  };
  const focusField = (): void => fieldRef.current?.querySelector<HTMLElement>('[data-nav-target]')?.focus();

  const onRowKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!event.altKey || event.ctrlKey || event.metaKey || composing(event)) return;
    // event.code, not key: Alt+letter gives other characters on some layouts.
    if (event.code === 'KeyC' && !disabled) {
      event.preventDefault();
      openComment();
    } else if (event.code === 'KeyG') {
      event.preventDefault();
      setGuidanceOpen((open) => !open);
    }
  };

  const onFieldKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if ((event.key !== 'Enter' && event.key !== 'Tab') || event.altKey || event.ctrlKey || event.metaKey || composing(event)) return;
    const direction = event.shiftKey ? -1 : 1;
    // A veto just marked failed needs its reason before the expert moves on.
    if (direction === 1 && reasonMissing && commentRef.current) {
      event.preventDefault();
      commentRef.current.focus();
      return;
    }
    if (onNavigate(leaf.index, direction, event.key)) event.preventDefault();
  };

  const onCommentKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (composing(event)) return;
    if (event.key === 'Escape' || (event.key === 'Enter' && event.shiftKey)) {
      event.preventDefault();
      focusField();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onNavigate(leaf.index, 1, 'Enter');
    }
  };

  // The id and the name as the standard writes them, in any language (the e2e test finds fields by it).
  const heading = `${leaf.id} ${leaf.name}`;
  const note = countedNote(locale, leaf, value, countedH, deductionCapped);
  return (
    <div className="rd-score-row" data-kind={leaf.kind} data-indicator={leaf.id} onKeyDown={onRowKeyDown}>
      <div className="rd-score-head">
        {isNumberKind(leaf) ? (
          <label id={ids.label} htmlFor={ids.input} className="rd-score-name">
            {heading}
          </label>
        ) : (
          <span id={ids.label} className="rd-score-name">
            {heading}
          </span>
        )}
        <span className="rd-score-kind">{cachedText(locale, `standard.kind.${leaf.kind}`)}</span>
        {/* Out of the Tab order so Tab goes from field to field; Alt+G and Alt+C reach them from the keyboard. */}
        <button
          type="button"
          className="rd-score-link"
          tabIndex={-1}
          aria-expanded={guidanceOpen}
          aria-controls={guidanceOpen ? ids.guidance : undefined}
          aria-keyshortcuts="Alt+G"
          onClick={() => setGuidanceOpen((open) => !open)}
        >
          {cachedText(locale, 'scoringPanel.guidance.toggle')}
        </button>
        {!commentShown && (
          <button type="button" className="rd-score-link" tabIndex={-1} aria-keyshortcuts="Alt+C" disabled={disabled} onClick={openComment}>
            {cachedText(locale, 'scoringPanel.comment.toggle')}
          </button>
        )}
      </div>
      <div className="rd-score-field" ref={fieldRef} onKeyDown={onFieldKeyDown}>
        {isNumberKind(leaf) ? (
          <NumberEntry
            inputId={ids.input}
            compiled={compiled}
            leaf={leaf}
            value={typeof value === 'number' ? value : undefined}
            onChange={(next) => onValue(leaf.id, next)}
            describedBy={ids.hint}
            refusalId={ids.refusal}
            disabled={disabled}
            locale={locale}
          />
        ) : (
          <ChoiceGroup
            labelledBy={ids.label}
            describedBy={ids.hint}
            options={leafOptions(locale, source)}
            value={value}
            onChange={(next) => onValue(leaf.id, next)}
            disabled={disabled}
          />
        )}
      </div>
      <p id={ids.hint} className="rd-score-hint">
        {leafHint(locale, source, compiled.bonusCapH / 100)}
        {note && <span className="rd-score-note">{note}</span>}
      </p>
      {guidanceOpen && <GuidancePanel id={ids.guidance} leaf={source} locale={locale} />}
      {commentShown && (
        <div className="rd-score-comment">
          <label htmlFor={ids.comment}>
            {translate(locale, vetoFailed ? 'scoringPanel.vetoReason.label' : 'scoringPanel.comment.label', { id: leaf.id })}
          </label>
          <input
            ref={commentRef}
            id={ids.comment}
            type="text"
            value={comment}
            required={vetoFailed}
            aria-required={vetoFailed || undefined}
            aria-invalid={reasonMissing || undefined}
            aria-describedby={reasonMissing ? ids.commentError : undefined}
            disabled={disabled}
            onChange={(event) => onComment(leaf.id, event.target.value)}
            onKeyDown={onCommentKeyDown}
          />
          {reasonMissing && (
            <p id={ids.commentError} className="rd-score-refusal">
              {describeProblem(locale, error('sheet.vetoReasonMissing', leaf.id, { id: leaf.id, name: leaf.name }))}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

export const IndicatorRow = memo(IndicatorRowImpl);
