// A standard that uses every leaf kind and every setting the spreadsheet layout has to carry, for the
// writer round trips (exceljs and LibreOffice).
import type { Standard } from '../../../shared/standard/schema';
import { group, passFailLeaf, pointsLeaf, prerequisiteLeaf, tinyStandard } from '../../shared/support/standards';

/** Every leaf kind, a stage-limited prerequisite, a three-level branch, an item without a parent, and the
 * settings a JSON standard can have that the sample does not use (switched-off deviation, reserved places). */
export const everyKindStandard = (): Standard =>
  tinyStandard({
    totalPoints: 30,
    indicators: [
      ...tinyStandard().indicators.map((node) =>
        node.id === 'P' ? group('P', '必备条件', 0, [prerequisiteLeaf('P1', '创新规划设计方案', ['qualification', 'acceptance']), prerequisiteLeaf('P2', '市级推荐')]) : node,
      ),
      group('3', '三级结构', 6, [group('3.1', '子项', 4, [pointsLeaf('3.1.1', 4, 0.5, '=SUM(A1:A9)')]), passFailLeaf('3.2', 2, '+86 热线')]),
      pointsLeaf('X', 4, 1, '独立评分项'),
    ],
    preference: { kind: 'reservedPlaces', places: 2 },
    deviation: { absolute: null, z: 1.5 },
    notes: '第一行\n第二行',
  });
