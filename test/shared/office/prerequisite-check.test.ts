// The intake check of necessary conditions: a prerequisite of the stage that names a document role is unmet
// when no document has that role; prerequisites of other stages and ones no package can show are left alone.
import { describe, expect, it } from 'vitest';
import sampleStandardJson from '../../../shared/data/sample-standard.json';
import { checkPrerequisites, uncheckedPrerequisites, withPrerequisites } from '../../../shared/office/prerequisite-check';
import { compileStandard } from '../../../shared/standard/compile';
import { standardSchema, type Standard } from '../../../shared/standard/schema';
import { demoDraft } from './demo-draft';

const SAMPLE: Standard = standardSchema.parse(sampleStandardJson);
const qualification = compileStandard(SAMPLE, 'qualification');
const P1_NAME = '提交创新规划设计方案并经形式审查通过';

describe('checkPrerequisites', () => {
  it('marks P1 unmet, with its name and the role it wanted, when there is no innovation plan', () => {
    const check = checkPrerequisites(qualification, [{ role: 'applicationForm' }, { role: 'evidence' }]);
    expect(check).toEqual({
      missingPrerequisites: ['P1'],
      missing: [{ id: 'P1', name: P1_NAME, role: 'innovationPlan', reason: 'officeApplications.prerequisite.missingDocument' }],
    });
  });

  it('finds nothing missing when the plan is there', () => {
    expect(checkPrerequisites(qualification, [{ role: 'innovationPlan' }]).missingPrerequisites).toEqual([]);
  });

  it('ignores prerequisites of other stages: P1 does not apply to the mid-term inspection', () => {
    expect(checkPrerequisites(compileStandard(SAMPLE, 'midterm'), []).missingPrerequisites).toEqual([]);
  });

  it('checks every prerequisite that names a role, in the standard’s order', () => {
    const withFormRole = standardSchema.parse(JSON.parse(JSON.stringify(sampleStandardJson).replace('"id":"P2",', '"id":"P2","documentRole":"applicationForm",')));
    const compiled = compileStandard(withFormRole, 'qualification');
    expect(checkPrerequisites(compiled, [{ role: 'evidence' }]).missingPrerequisites).toEqual(['P1', 'P2']);
    expect(checkPrerequisites(compiled, [{ role: 'innovationPlan' }]).missingPrerequisites).toEqual(['P2']);
  });

  it('lists the prerequisites a package cannot show for the office to check by hand', () => {
    expect(uncheckedPrerequisites(qualification)).toEqual([{ id: 'P2', name: '申报书经县级人民政府盖章、设区市文化和旅游主管部门推荐' }]);
    expect(uncheckedPrerequisites(compileStandard(SAMPLE, 'midterm'))).toEqual([]);
  });
});

describe('withPrerequisites', () => {
  it('agrees with the demo, whose county without a plan is the one excluded', () => {
    const { applications } = demoDraft();
    expect(applications.filter((application) => application.missingPrerequisites.length > 0).map((application) => application.countyCode)).toEqual(['990106']);
    expect(withPrerequisites(applications, qualification)).toBe(applications);
  });

  it('marks what the standard finds and clears what it no longer finds, leaving the rest as they were', () => {
    const { applications } = demoDraft();
    const cleared = applications.map((application) => ({ ...application, missingPrerequisites: [] }));
    const checked = withPrerequisites(cleared, qualification);
    expect(checked).not.toBe(cleared);
    expect(checked.map((application) => application.missingPrerequisites)).toEqual(applications.map((application) => application.missingPrerequisites));
    expect(checked[0]).toBe(cleared[0]);

    const midterm = withPrerequisites(applications, compileStandard(SAMPLE, 'midterm'));
    expect(midterm.every((application) => application.missingPrerequisites.length === 0)).toBe(true);
  });
});
