// A key fingerprint shown large, in groups of four, for two people to compare aloud group by group.
import { groupedFingerprint } from '../../../shared/util/fingerprint';

export function Fingerprint({ hex, testId }: { hex: string; testId?: string }) {
  const groups = groupedFingerprint(hex).split(' ');
  return (
    <p className="rd-fingerprint" data-testid={testId} aria-label={groups.join(' ')}>
      {groups.map((group, index) => (
        // Index keys: groups repeat (e.g. 0000) and never reorder.
        <span key={index}>
          {group}
          {index < groups.length - 1 ? ' ' : ''}
        </span>
      ))}
    </p>
  );
}
