// What one import or assembly showed the office, line by line: added to the list, held back because the
// county is listed already (with what the office then decided), or refused with the host's reasons.
import type { DraftApplication } from '../../../../shared/office/session-draft';
import type { Received } from './receive-packages';

export type DuplicateDecision = 'pending' | 'replaced' | 'kept';

export type ResultLine =
  | { kind: 'added'; name: string; application: DraftApplication; warnings: string[] }
  | { kind: 'duplicate'; name: string; application: DraftApplication; warnings: string[]; decision: DuplicateDecision }
  | { kind: 'refused'; name: string; messages: string[] };

/** `conflicts` are positions among the accepted ones (addArrivals' numbering). */
export function linesOf(received: readonly Received[], conflicts: ReadonlySet<number>): ResultLine[] {
  let accepted = 0;
  return received.map((line): ResultLine => {
    if (!line.ok) return { kind: 'refused', name: line.name, messages: line.messages };
    const position = accepted;
    accepted += 1;
    const { name, application, warnings } = line;
    return conflicts.has(position) ? { kind: 'duplicate', name, application, warnings, decision: 'pending' } : { kind: 'added', name, application, warnings };
  });
}

export const acceptedOf = (received: readonly Received[]): DraftApplication[] => received.flatMap((line) => (line.ok ? [line.application] : []));
