// @vitest-environment happy-dom
// A sanity check for the bench (first render of the panel with 120 indicators ≤ 300 ms in the app): renders
// the synthetic 120-leaf standard and prints the time. happy-dom is not a browser, so the time is printed
// as a rough guide, not asserted.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { syntheticStandard } from '../../../shared/demo/synthetic-standard';
import { compileStandard } from '../../../shared/standard/compile';
import { ScoringPanel } from '../../../renderer/src/scoring/ScoringPanel';
import { emptyScoredSheet } from '../../../renderer/src/scoring/sheet-edit';
import { renderPanel } from './harness';

describe('a 120-indicator standard', () => {
  it('renders every indicator, and reports how long the first render took', () => {
    const compiled = compileStandard(syntheticStandard(120), 'qualification');
    // Warm up once (module initialisation, antd's first style computation), as the app will have done
    // before the expert opens an application.
    render(<ScoringPanel compiled={compiled} sheet={emptyScoredSheet('E0', 'A0')} onChange={() => {}} locale="zh-CN" />).unmount();
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      const view = render(<ScoringPanel compiled={compiled} sheet={emptyScoredSheet('E1', `A${run}`)} onChange={() => {}} locale="zh-CN" />);
      times.push(performance.now() - start);
      expect(view.container.querySelectorAll('[data-indicator]')).toHaveLength(120);
      view.unmount();
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`scoring panel, 120 indicators, first render in happy-dom: median ${sorted[2]?.toFixed(1)} ms (runs: ${times.map((t) => t.toFixed(1)).join(', ')})`);
  });
});

describe('typing in a 120-indicator panel', () => {
  it('re-renders only what changed, and reports how long one keystroke took', () => {
    const compiled = compileStandard(syntheticStandard(120), 'qualification');
    const panel = renderPanel(compiled);
    const input = screen.getByRole('spinbutton', { name: '1.6 指标1.6' });
    const times: number[] = [];
    for (const text of ['1', '1.', '1.5', '2', '0.5']) {
      const start = performance.now();
      fireEvent.change(input, { target: { value: text } });
      times.push(performance.now() - start);
    }
    expect(panel.changes).toHaveLength(4);
    console.log(`scoring panel, 120 indicators, one keystroke in happy-dom: ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
  });
});
