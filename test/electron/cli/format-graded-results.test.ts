// The CLI's results text for a stage that grades each county (the demo as a mid-term inspection, no quota):
// the stage said instead of the quota working, the count per grade instead of the suggestion list, and each
// county's grade in the ranking's 等次 column.
import { describe, expect, it } from 'vitest';
import { formatResults } from '../../../electron/cli/format-results';
import { reportDataOf } from '../../../shared/reports/report-source';
import { midtermSource } from '../../reports/graded-stage-fixture';

describe('formatResults for a mid-term inspection', () => {
  const { results } = reportDataOf(midtermSource());
  const text = formatResults(results, 'zh-CN').join('\n');

  it('says the stage grades each county, with no quota working and no list', () => {
    expect(text).toContain('评审阶段：中期检查，按评审标准的等次分别评定每个县，不按名额确定建议名单');
    expect(text).not.toContain('名额：');
    expect(text).not.toContain('建议名单（');
  });

  it('counts the ranked counties per grade and prints each one’s grade', () => {
    expect(text).toContain('等次评定\n优秀 4 个、合格 5 个、不合格 1 个');
    for (const entry of results.ranking) {
      const grade = results.applications.find((app) => app.applicationId === entry.applicationId)?.grade ?? '';
      expect(text.split('\n').some((line) => line.includes(entry.countyName) && line.includes(entry.score.toFixed(2)) && line.includes(grade))).toBe(true);
    }
  });
});
