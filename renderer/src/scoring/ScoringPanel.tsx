// The expert's scoring panel for one application: every leaf of the standard by its kind, the running
// total, the opinion and the recommendation, and recusal. Controlled: `sheet` is the current value and every
// change goes out through `onChange` at once (the caller persists it). Keyboard first: Tab or Enter moves
// to the next indicator's field, Shift with either to the previous one.
import { useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { plainNumber } from '../../../shared/reports/report-text';
import type { LeafValue, ScoreSheet, ScoredSheet } from '../../../shared/scoring/score-sheet';
import { computeSheetTotal } from '../../../shared/scoring/sheet-total';
import type { CompiledStandard } from '../../../shared/standard/compile';
import { IndicatorRow, type NavigationKey } from './IndicatorRow';
import { OpinionForm } from './OpinionForm';
import { panelItems } from './panel-items';
import { RecusalControl } from './RecusalControl';
import { RunningTotal } from './RunningTotal';
import { emptyScoredSheet, withComment, withOpinion, withRecommendation, withValue, type Recommendation } from './sheet-edit';
import './scoring-panel.css';

export interface ScoringPanelProps {
  /** The standard compiled for the session's stage: compileStandard(standard, stage). */
  compiled: CompiledStandard;
  /** The sheet as stored: scored, or a recusal (then nothing can be scored). */
  sheet: ScoreSheet;
  /** Called with the new sheet on every change. */
  onChange: (sheet: ScoreSheet) => void;
  locale: Locale;
  /** Nothing can be changed (e.g. a signed sheet); recusal makes the indicators read-only by itself. */
  readOnly?: boolean;
}

const NO_COMMENTS: Readonly<Record<string, string>> = {};
const NO_VALUES: Readonly<Record<string, LeafValue>> = {};

export function ScoringPanel(props: ScoringPanelProps) {
  // Another expert's or application's sheet starts afresh: no typed drafts, refusals, open guidance or
  // remembered pre-recusal entries carried over from the previous one.
  return <PanelForSheet key={`${props.sheet.expertId}\u0000${props.sheet.applicationId}`} {...props} />;
}

function PanelForSheet({ compiled, sheet, onChange, locale, readOnly = false }: ScoringPanelProps) {
  const idBase = useId();
  const items = useMemo(() => panelItems(compiled), [compiled]);
  const scored = sheet.status === 'scored' ? sheet : null;
  const disabled = readOnly || scored === null;
  const total = useMemo(() => (scored ? computeSheetTotal(compiled, scored) : null), [compiled, scored]);

  // The rows' callbacks stay the same across renders (so memoised rows do not re-render), and read the
  // latest sheet from here when they fire.
  const latest = useRef({ sheet, onChange });
  useLayoutEffect(() => {
    latest.current = { sheet, onChange };
  });
  // The last scored sheet, so withdrawing a recusal made by mistake gives back what was entered.
  const beforeRecusal = useRef<ScoredSheet | null>(null);

  const edit = useCallback((change: (sheet: ScoredSheet) => ScoredSheet): void => {
    const current = latest.current.sheet;
    if (current.status === 'scored') latest.current.onChange(change(current));
  }, []);
  const onValue = useCallback((id: string, value: LeafValue | undefined) => edit((s) => withValue(s, id, value)), [edit]);
  const onComment = useCallback((id: string, comment: string) => edit((s) => withComment(s, id, comment)), [edit]);

  const fields = useRef<(HTMLElement | null)[]>([]);
  const afterLast = useRef<HTMLDivElement>(null);
  const registerField = useCallback((index: number, element: HTMLElement | null) => {
    fields.current[index] = element;
  }, []);
  const onNavigate = useCallback((index: number, direction: 1 | -1, key: NavigationKey): boolean => {
    const target = fields.current[index + direction]?.querySelector<HTMLElement>('[data-nav-target]');
    if (target) {
      target.focus();
      return true;
    }
    // Enter past the last indicator goes on to the opinion; Tab there is the browser's own order anyway.
    if (direction === 1 && key === 'Enter') {
      const first = afterLast.current?.querySelector<HTMLElement>('textarea, input');
      first?.focus();
      return Boolean(first);
    }
    return false;
  }, []);

  const recuse = (reason: string): void => {
    if (sheet.status === 'scored') beforeRecusal.current = sheet;
    onChange({ expertId: sheet.expertId, applicationId: sheet.applicationId, status: 'recused', recusalReason: reason });
  };
  const withdraw = (): void => {
    onChange(beforeRecusal.current ?? emptyScoredSheet(sheet.expertId, sheet.applicationId));
    beforeRecusal.current = null;
  };

  const values = scored?.values ?? NO_VALUES;
  const comments = scored?.comments ?? NO_COMMENTS;
  const hasEntries = scored !== null && (Object.keys(scored.values).length > 0 || Object.keys(scored.comments).length > 0);
  const headingId = `${idBase}-heading`;
  return (
    <section className="rd-score" aria-labelledby={headingId} lang={locale}>
      <h2 id={headingId}>{translate(locale, 'scoringPanel.heading')}</h2>
      <p className="rd-score-help">{translate(locale, 'scoringPanel.keyboardHelp')}</p>
      <RecusalControl
        recusedReason={sheet.status === 'recused' ? sheet.recusalReason : null}
        hasEntries={hasEntries}
        onRecuse={recuse}
        onWithdraw={withdraw}
        locale={locale}
        disabled={readOnly}
      />
      {readOnly && (
        <p className="rd-score-readonly" role="status">
          {translate(locale, 'scoringPanel.readOnly')}
        </p>
      )}
      <div className="rd-score-body">
        <div className="rd-score-list">
          {items.map((item) =>
            item.type === 'group' ? (
              <GroupHeading key={`g-${item.id}`} locale={locale} {...item} />
            ) : (
              <IndicatorRow
                key={item.leaf.id}
                idBase={`${idBase}-${item.leaf.index}`}
                compiled={compiled}
                leaf={item.leaf}
                source={item.source}
                value={values[item.leaf.id]}
                comment={comments[item.leaf.id] ?? ''}
                countedH={total?.leafH[item.leaf.index] ?? 0}
                deductionCapped={total?.deductions.some((d) => d.id === item.leaf.id && d.capped) ?? false}
                locale={locale}
                disabled={disabled}
                onValue={onValue}
                onComment={onComment}
                onNavigate={onNavigate}
                registerField={registerField}
              />
            ),
          )}
        </div>
        {scored && (
          <aside className="rd-score-aside">
            <RunningTotal compiled={compiled} sheet={scored} locale={locale} />
          </aside>
        )}
      </div>
      <div ref={afterLast}>
        <OpinionForm
          opinion={scored?.opinion ?? { strengths: '', problems: '', suggestions: '' }}
          recommendation={scored?.recommendation ?? 'undecided'}
          onChange={(opinion, recommendation: Recommendation) => edit((s) => withRecommendation(withOpinion(s, opinion), recommendation))}
          locale={locale}
          disabled={disabled}
        />
      </div>
    </section>
  );
}

interface GroupHeadingProps {
  id: string;
  name: string;
  pointsH: number;
  depth: number;
  locale: Locale;
}

function GroupHeading({ id, name, pointsH, depth, locale }: GroupHeadingProps) {
  const text =
    pointsH > 0
      ? translate(locale, 'scoringPanel.groupPoints', { id, name, points: plainNumber(pointsH / 100) })
      : translate(locale, 'scoringPanel.group', { id, name });
  // h3 for first-level indicators, h4 below; the panel's own heading is h2.
  return depth === 0 ? <h3 className="rd-score-group">{text}</h3> : <h4 className="rd-score-group rd-score-subgroup">{text}</h4>;
}
