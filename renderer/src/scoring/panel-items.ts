// The panel's rows in order: each leaf active in the stage, preceded by headings for the groups it opens.
// Computed once per compiled standard, not per render.
import type { CompiledLeaf, CompiledStandard } from '../../../shared/standard/compile';
import type { Leaf } from '../../../shared/standard/schema';
import { leavesOf } from '../../../shared/standard/walk';

export type PanelItem =
  | { type: 'group'; id: string; name: string; pointsH: number; depth: number }
  | { type: 'leaf'; leaf: CompiledLeaf; source: Leaf };

export function panelItems(compiled: CompiledStandard): PanelItem[] {
  const sources = new Map(leavesOf(compiled.standard.indicators).map(({ leaf }) => [leaf.id, leaf]));
  const groups = new Map(compiled.groups.map((group) => [group.id, group]));
  const items: PanelItem[] = [];
  let open: readonly string[] = [];
  for (const leaf of compiled.leaves) {
    const source = sources.get(leaf.id);
    if (!source) continue;
    // Headings for every group that starts here: from the first level where this leaf's path differs.
    let depth = 0;
    while (depth < leaf.ancestors.length && open[depth] === leaf.ancestors[depth]) depth += 1;
    for (; depth < leaf.ancestors.length; depth += 1) {
      const group = groups.get(leaf.ancestors[depth] ?? '');
      if (group) items.push({ type: 'group', id: group.id, name: group.name, pointsH: group.pointsH, depth });
    }
    open = leaf.ancestors;
    items.push({ type: 'leaf', leaf, source });
  }
  return items;
}
