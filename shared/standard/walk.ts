// Tree walks over a standard's indicators, shared by validation, compilation and the importers.
import { isGroup, type IndicatorGroup, type IndicatorNode, type Leaf } from './schema';

export interface LeafInPlace {
  leaf: Leaf;
  /** Ids of the groups above the leaf, outermost first. */
  ancestors: string[];
}

export function leavesOf(nodes: readonly IndicatorNode[], ancestors: string[] = []): LeafInPlace[] {
  const out: LeafInPlace[] = [];
  for (const node of nodes) {
    if (isGroup(node)) out.push(...leavesOf(node.children, [...ancestors, node.id]));
    else out.push({ leaf: node, ancestors });
  }
  return out;
}

export function groupsOf(nodes: readonly IndicatorNode[]): IndicatorGroup[] {
  const out: IndicatorGroup[] = [];
  for (const node of nodes) {
    if (isGroup(node)) out.push(node, ...groupsOf(node.children));
  }
  return out;
}

/** The most a leaf adds to its group's scored points: 0 for veto, prerequisite, bonus and deduction items. */
export function scoredMaximum(leaf: Leaf): number {
  switch (leaf.kind) {
    case 'points':
      return leaf.max;
    case 'tiers':
      return Math.max(...leaf.levels.map((level) => level.points));
    case 'passFail':
      return leaf.points;
    case 'veto':
    case 'prerequisite':
    case 'bonus':
    case 'deduction':
      return 0;
  }
}

export function scoredMaximumOfNode(node: IndicatorNode): number {
  return isGroup(node) ? node.points : scoredMaximum(node);
}
