// A document's role guessed from its path, for assembling a package from loose files. Only a guess: the
// office sees every guess with the words it was based on, and corrects the wrong ones.
import type { DocumentRole } from './manifest';

export interface RoleGuess {
  role: DocumentRole;
  /** The words in the path the guess rests on; null when nothing matched and the role fell back to evidence. */
  matched: string | null;
}

/** Checked in this order against the file's own name: 自评 before 申报 so 自评报告（申报用） is a self-assessment. */
const NAME_RULES: readonly { pattern: RegExp; role: DocumentRole }[] = [
  { pattern: /自评/, role: 'selfAssessment' },
  { pattern: /创新规划|规划设计|创新.{0,6}方案/, role: 'innovationPlan' },
  { pattern: /申报书|申报表/, role: 'applicationForm' },
];

/** A folder named like 佐证材料 holds evidence whatever its files are called (附件1-申报书复印件.pdf). */
const EVIDENCE_FOLDER = /佐证|附件|证明材料/;

export function guessRole(path: string): RoleGuess {
  const segments = path.split('/');
  const name = segments.at(-1) ?? path;
  const folder = segments.slice(0, -1).find((segment) => EVIDENCE_FOLDER.test(segment));
  if (folder !== undefined) return { role: 'evidence', matched: folder.match(EVIDENCE_FOLDER)?.[0] ?? folder };
  for (const { pattern, role } of NAME_RULES) {
    const match = name.match(pattern);
    if (match) return { role, matched: match[0] };
  }
  return { role: 'evidence', matched: null };
}
