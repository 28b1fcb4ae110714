// The county timeline says how each stage went: where the office confirmed a session's outcome into the
// register, the event carries the county's total from that session, and the PDF shows it with two decimals
// under the event's result, on the row that names the session; events typed in by hand show no score, and a
// timeline without any score has neither a score nor the note explaining one. Read back with pdftotext.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCountyTimelinePdf } from '../../../shared/reports/pdf/county-timeline-pdf';
import { translate } from '../../../shared/i18n/translate';
import { compact, renderToFile, type RenderedPdf } from '../pdf/pdf-test-support';
import { GENERATED_AT, QINGHE, QINGHE_EVENTS, recorded, TODAY } from './lifecycle-fixture';

/** 清河县's events with the scores the office would have confirmed from each panel (the mid-term typed in by hand). */
const SCORED = QINGHE_EVENTS.map((event) => {
  const score = { 'QUAL-2023-1': 86.5, 'ACC-2025-1': 71.25, 'REI-2025-1': 82 }[event.sessionId ?? ''];
  return score === undefined ? event : { ...event, score };
});

async function layoutText(path: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']);
  return compact(stdout);
}

/** The compact text of the row that starts at `date`, up to the next row's date. */
function rowAt(text: string, date: string, nextDate: string | undefined): string {
  const from = text.indexOf(date, text.indexOf(compact(translate('zh-CN', 'lifecycleReports.timeline.transitions'))));
  expect(from, date).toBeGreaterThan(0);
  return text.slice(from, nextDate === undefined ? text.indexOf(compact(translate('zh-CN', 'lifecycleReports.timeline.progress'))) : text.indexOf(nextDate, from + 1));
}

describe('scores in the county timeline', () => {
  let scored: RenderedPdf;
  let english: RenderedPdf;
  let unscored: RenderedPdf;
  let layout = '';

  beforeAll(async () => {
    const input = { county: recorded(QINGHE, SCORED), today: TODAY, generatedAt: GENERATED_AT };
    scored = await renderToFile(buildCountyTimelinePdf(input, 'zh-CN'), 'county-timeline-scores.pdf');
    english = await renderToFile(buildCountyTimelinePdf(input, 'en-US'), 'county-timeline-scores-en.pdf');
    unscored = await renderToFile(buildCountyTimelinePdf({ ...input, county: recorded(QINGHE, QINGHE_EVENTS) }, 'zh-CN'), 'county-timeline-unscored.pdf');
    layout = await layoutText(scored.path);
  }, 60_000);

  it('shows each scored event’s score with two decimals on its own row, beside its session', () => {
    SCORED.forEach((event, index) => {
      const row = rowAt(layout, event.date, SCORED[index + 1]?.date);
      if (event.sessionId !== undefined) expect(row).toContain(event.sessionId);
      const score = 'score' in event ? event.score : undefined;
      if (score === undefined) expect(row, event.date).not.toContain('得分');
      else expect(row, event.date).toContain(`得分${score.toFixed(2)}`);
    });
    expect(layout).toContain('得分82.00');
    expect(layout).toContain(compact(translate('zh-CN', 'lifecycleReports.timeline.scoreNote')));
  });

  it('reads in English for an en-US reader', () => {
    expect(english.compact).toContain(compact('Score 71.25'));
    expect(english.compact).not.toContain('得分');
  });

  it('shows no score and no note about scores when no event carries one', () => {
    expect(unscored.compact).not.toContain('得分');
    expect(unscored.compact).not.toContain(compact(translate('zh-CN', 'lifecycleReports.timeline.scoreNote')));
  });
});
