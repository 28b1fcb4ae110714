// The demo as a mid-term inspection, for the report tests of a stage that grades each county: no quota (so
// no suggestion list), and each sheet with only the values the mid-term stage asks for.
import { buildDemoReportSource } from '../../shared/demo/demo-report-source';
import type { ReportSource } from '../../shared/reports/report-source';
import { compileStandard } from '../../shared/standard/compile';

export function midtermSource(): ReportSource {
  const { quota: _quota, ...demo } = buildDemoReportSource();
  const active = new Set(compileStandard(demo.standard, 'midterm').leaves.map((leaf) => leaf.id));
  return {
    ...demo,
    session: { ...demo.session, name: '示例省示范县创建中期检查', stage: 'midterm' },
    sheets: demo.sheets.map((sheet) => (sheet.status === 'scored' ? { ...sheet, values: Object.fromEntries(Object.entries(sheet.values).filter(([id]) => active.has(id))) } : sheet)),
  };
}
