// Renders the scoring panel as the app will: a parent that keeps the sheet and passes it back in on every
// change (the panel is controlled). Records each sheet the panel emits, and lets a test switch the locale
// while everything else stays mounted.
import { cleanup, render, type RenderResult } from '@testing-library/react';
import { useState } from 'react';
import { afterEach } from 'vitest';
import type { Locale } from '../../../shared/i18n/translate';
import type { ScoreSheet, ScoredSheet } from '../../../shared/scoring/score-sheet';
import type { CompiledStandard } from '../../../shared/standard/compile';
import { ScoringPanel } from '../../../renderer/src/scoring/ScoringPanel';
import { emptyScoredSheet } from '../../../renderer/src/scoring/sheet-edit';

// Testing Library cleans up by itself only where the test functions are globals; here they are imported.
afterEach(cleanup);

export interface PanelHarness extends RenderResult {
  /** Every sheet passed to onChange, in order. */
  changes: ScoreSheet[];
  /** The sheet the parent holds now. */
  current: () => ScoreSheet;
  setLocale: (locale: Locale) => void;
}

export function renderPanel(
  compiled: CompiledStandard,
  initial: ScoreSheet = emptyScoredSheet('E1', 'A1'),
  options: { locale?: Locale; readOnly?: boolean } = {},
): PanelHarness {
  const changes: ScoreSheet[] = [];
  function Parent({ locale, readOnly }: { locale: Locale; readOnly: boolean }) {
    const [sheet, setSheet] = useState(initial);
    return (
      <ScoringPanel
        compiled={compiled}
        sheet={sheet}
        locale={locale}
        readOnly={readOnly}
        onChange={(next) => {
          changes.push(next);
          setSheet(next);
        }}
      />
    );
  }
  const readOnly = options.readOnly ?? false;
  const view = render(<Parent locale={options.locale ?? 'zh-CN'} readOnly={readOnly} />);
  return {
    ...view,
    changes,
    current: () => changes.at(-1) ?? initial,
    setLocale: (locale) => view.rerender(<Parent locale={locale} readOnly={readOnly} />),
  };
}

/** The sheet as a scored one, failing the test if it is a recusal. */
export function scoredOf(sheet: ScoreSheet): ScoredSheet {
  if (sheet.status !== 'scored') throw new Error('expected a scored sheet');
  return sheet;
}
