// A radio group for tiers, pass/fail, veto and prerequisite leaves, with the keyboard of a native one made
// explicit (roving tabindex): one Tab stop, arrow keys and digit keys pick, Delete clears. Enter and Tab are
// left to the panel, which moves to the next indicator.
import { useRef, type KeyboardEvent } from 'react';
import type { LeafValue } from '../../../shared/scoring/score-sheet';

export interface ChoiceOption {
  value: LeafValue;
  label: string;
}

export interface ChoiceGroupProps {
  /** Id of the element that names the group (the indicator's heading). */
  labelledBy: string;
  describedBy: string;
  options: readonly ChoiceOption[];
  value: LeafValue | undefined;
  onChange: (value: LeafValue | undefined) => void;
  disabled: boolean;
  invalid?: boolean;
}

export function ChoiceGroup({ labelledBy, describedBy, options, value, onChange, disabled, invalid }: ChoiceGroupProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const selected = options.findIndex((option) => option.value === value);
  // The one Tab stop: the chosen option, or the first while nothing is chosen.
  const tabStop = selected >= 0 ? selected : 0;

  const pick = (index: number): void => {
    const option = options[index];
    if (!option) return;
    if (option.value !== value) onChange(option.value);
    buttons.current[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (disabled || event.altKey || event.ctrlKey || event.metaKey) return;
    const count = options.length;
    // Nothing chosen yet: the first arrow press picks the first (or, backwards, the last) option.
    const from = selected >= 0 ? selected : -1;
    let next: number | null = null;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = from < 0 ? 0 : (from + 1) % count;
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = from < 0 ? count - 1 : (from - 1 + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key === ' ') next = from < 0 ? 0 : from;
    else if (/^[1-9]$/.test(event.key) && Number(event.key) <= count) next = Number(event.key) - 1;
    else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onChange(undefined);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    pick(next);
  };

  return (
    <div
      role="radiogroup"
      className="rd-score-choices"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-disabled={disabled || undefined}
      onKeyDown={onKeyDown}
    >
      {options.map((option, index) => (
        <button
          key={String(option.value)}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="radio"
          className="rd-score-choice"
          aria-checked={index === selected}
          tabIndex={index === tabStop ? 0 : -1}
          disabled={disabled}
          data-nav-target={index === tabStop ? '' : undefined}
          onClick={() => pick(index)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
