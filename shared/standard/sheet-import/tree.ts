// Assembling the indicator tree from rows, the way a clerk reads the table: a blank parent cell means
// "same as the row above" (merged or not), “/” means "no parent at this level", and one parent's rows must
// be next to each other. A parent's points may be left blank; they are then the sum of its items.
import { type IndicatorGroup, type IndicatorNode, type Leaf } from '../schema';
import { scoredMaximumOfNode } from '../walk';
import type { CellProblems } from './cells';
import type { GroupMention, LevelCell } from './indicator-rows';

interface GroupDraft {
  first: GroupMention;
  name?: string;
  points?: number;
  children: Draft[];
  /** An item row of this group was refused: the group is not empty, it just has nothing readable yet. */
  hadRefusedItem?: boolean;
}
type Draft = GroupDraft | Leaf;
const isDraftGroup = (draft: Draft): draft is GroupDraft => 'first' in draft;

export class TreeBuilder {
  private readonly root: Draft[] = [];
  /** The parents of the previous data row, outermost first. */
  private open: GroupDraft[] = [];

  constructor(private readonly out: CellProblems) {}

  /** Places a data row; `leaf` is undefined for a row that only states parents, 'refused' for an item row
   * whose cells were refused (already reported). */
  addRow(levels: readonly LevelCell[], leaf: Leaf | 'refused' | undefined): void {
    const path: GroupDraft[] = [];
    let siblings = this.root;
    let continuing = true;
    let ended = false;
    for (const [index, cell] of levels.entries()) {
      if (cell.type === 'refused') return;
      if (ended) {
        // Below a “/” or an unfillable blank there is no parent to hang a deeper parent from.
        if (cell.type !== 'group') continue;
        this.out.refuse(cell.mention.idSite, 'excel.cell.parentMissing');
        return;
      }
      const previous = this.open[index];
      if (cell.type === 'none' || (cell.type === 'blank' && (!continuing || previous === undefined))) {
        ended = true;
        continue;
      }
      let group: GroupDraft;
      if (cell.type === 'blank' && previous !== undefined) group = previous;
      else if (cell.type === 'group' && continuing && previous?.first.id === cell.mention.id) group = previous;
      else if (cell.type === 'group') {
        continuing = false;
        group = this.groupIn(siblings, cell.mention);
      } else return;
      if (cell.type === 'group') this.reconcile(group, cell.mention);
      path.push(group);
      siblings = group.children;
    }
    this.open = path;
    if (leaf === 'refused') path.forEach((group) => (group.hadRefusedItem = true));
    else if (leaf) siblings.push(leaf);
  }

  /** The finished tree; groups without items and without names are reported here. */
  build(): IndicatorNode[] {
    return this.root.map((draft) => this.finish(draft));
  }

  private groupIn(siblings: Draft[], mention: GroupMention): GroupDraft {
    const earlier = siblings.find((d): d is GroupDraft => isDraftGroup(d) && d.first.id === mention.id);
    if (earlier) {
      this.out.refuse(mention.idSite, 'excel.cell.groupNotContiguous', { id: mention.id, first: earlier.first.row });
      return earlier;
    }
    const group: GroupDraft = { first: mention, children: [] };
    siblings.push(group);
    return group;
  }

  /** A parent restated on a later row (unmerged tables repeat it) must say the same thing. */
  private reconcile(group: GroupDraft, mention: GroupMention): void {
    if (mention.name !== undefined) {
      if (group.name === undefined) group.name = mention.name;
      else if (group.name !== mention.name) {
        this.out.refuse(mention.nameSite, 'excel.cell.groupConflict', { value: mention.name, firstValue: group.name, first: group.first.row, id: mention.id });
      }
    }
    if (mention.points !== undefined && mention.pointsSite) {
      if (group.points === undefined) group.points = mention.points;
      else if (Math.round(group.points * 100) !== Math.round(mention.points * 100)) {
        this.out.refuse(mention.pointsSite, 'excel.cell.groupConflict', { value: mention.points, firstValue: group.points, first: group.first.row, id: mention.id });
      }
    }
  }

  private finish(draft: Draft): IndicatorNode {
    if (!isDraftGroup(draft)) return draft;
    const children = draft.children.map((child) => this.finish(child));
    if (children.length === 0 && !draft.hadRefusedItem) this.out.refuse(draft.first.idSite, 'excel.cell.groupWithoutItems', { id: draft.first.id });
    if (draft.name === undefined) this.out.required(draft.first.nameSite);
    const points = draft.points ?? children.reduce((sum, child) => sum + Math.round(scoredMaximumOfNode(child) * 100), 0) / 100;
    const group: IndicatorGroup = { id: draft.first.id, name: draft.name ?? '', points, children };
    return group;
  }
}
