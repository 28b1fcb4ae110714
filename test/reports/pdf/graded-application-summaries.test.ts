// The application summaries of a stage that grades each county (the demo as a mid-term inspection, no quota):
// each ranked county is said to be graded, never "not on the suggestion list", in the cover's index and on
// its own page.
import { describe, expect, it } from 'vitest';
import { buildApplicationSummariesPdf } from '../../../shared/reports/pdf/application-summaries-pdf';
import { buildReportModel } from '../../../shared/reports/report-model';
import { reportDataOf } from '../../../shared/reports/report-source';
import { midtermSource } from '../graded-stage-fixture';
import { contentText } from './pdf-content';
import { GENERATED_AT } from './pdf-test-support';

describe('the application summaries of a mid-term inspection', () => {
  const model = buildReportModel(reportDataOf(midtermSource()), GENERATED_AT);
  const text = contentText(buildApplicationSummariesPdf(model, 'zh-CN'));

  it('grades each ranked county and never speaks of the list', () => {
    expect(text).not.toContain('建议名单');
    for (const app of model.results.applications.filter((a) => a.rank !== null)) {
      expect(text).toContain(`评定为${app.grade ?? ''}`);
      expect(text).toContain(`参与排名，第 ${app.rank ?? ''} 名；评定为${app.grade ?? ''}`);
    }
  });
});
