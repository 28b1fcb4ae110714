// The standard's indicators as a tree, as the paper standard reads: first-level indicators open, each scoring
// item with its kind and how it is scored; opening an item shows its guidance and evidence. Not virtual: a
// standard has at most a few hundred nodes, and every one should be findable with the browser's search.
import { Tag, Tree, type TreeDataNode } from 'antd';
import type { ReactNode } from 'react';
import type { MessageKey, MessageParams } from '../../../../shared/i18n/translate';
import { plainNumber } from '../../../../shared/reports/report-text';
import { isGroup, type IndicatorNode, type Leaf, type Standard } from '../../../../shared/standard/schema';
import { useApp } from '../../app/app-context';
import { leafRule } from './leaf-rule';

type Translate = (key: MessageKey, params?: MessageParams) => string;

function levelWord(t: Translate, depth: number): string {
  if (depth === 0) return t('officeStandard.tree.level1');
  if (depth === 1) return t('officeStandard.tree.level2');
  return t('officeStandard.tree.levelN', { level: depth + 1 });
}

function leafDetails(t: Translate, leaf: Leaf): ReactNode {
  const stages = 'stages' in leaf && leaf.stages ? leaf.stages.map((stage) => t(`standard.stage.${stage}`)).join('、') : null;
  return (
    <div className="rd-standard-leaf-details">
      <p>{leaf.guidance.trim() === '' ? t('officeStandard.tree.noGuidance') : t('officeStandard.tree.guidance', { text: leaf.guidance })}</p>
      {leaf.evidence.length > 0 && <p>{t('officeStandard.tree.evidence', { text: leaf.evidence.join('；') })}</p>}
      {stages !== null && <p>{t('officeStandard.tree.stagesOnly', { stages })}</p>}
    </div>
  );
}

function nodeOf(t: Translate, node: IndicatorNode, depth: number): TreeDataNode {
  const level = <Tag>{levelWord(t, depth)}</Tag>;
  if (isGroup(node)) {
    const points = node.points > 0 ? t('officeStandard.tree.groupPoints', { points: plainNumber(node.points) }) : t('officeStandard.tree.groupNoPoints');
    return {
      key: node.id,
      title: (
        <span className="rd-standard-node rd-standard-group">
          {level}
          <span className="rd-standard-id">{node.id}</span> {node.name} <span className="rd-standard-points">{points}</span>
        </span>
      ),
      children: node.children.map((child) => nodeOf(t, child, depth + 1)),
    };
  }
  return {
    key: node.id,
    title: (
      <span className="rd-standard-node" data-testid={`standard-leaf-${node.id}`}>
        {level}
        <span className="rd-standard-id">{node.id}</span> {node.name} <Tag color="blue">{t(`standard.kind.${node.kind}`)}</Tag>
        <span className="rd-standard-points">{leafRule(t, node)}</span>
      </span>
    ),
    // The guidance is the item's one child, so it shows when the item is opened.
    children: [{ key: `${node.id}\u0000details`, title: leafDetails(t, node), isLeaf: true, selectable: false }],
  };
}

function groupKeys(nodes: readonly IndicatorNode[]): string[] {
  return nodes.flatMap((node) => (isGroup(node) ? [node.id, ...groupKeys(node.children)] : []));
}

export function StandardTree({ standard }: { standard: Standard }) {
  const { t } = useApp();
  return (
    <Tree
      className="rd-standard-tree"
      data-testid="standard-tree"
      treeData={standard.indicators.map((node) => nodeOf(t, node, 0))}
      defaultExpandedKeys={groupKeys(standard.indicators)}
      selectable={false}
      blockNode
      showLine
      virtual={false}
    />
  );
}
