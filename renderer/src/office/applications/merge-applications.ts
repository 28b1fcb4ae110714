// How imported applications join the draft's list: one county (by its six-digit code) appears once, so an
// arrival whose county is already listed — from before, or earlier in the same import — is held back for the
// office to decide, never silently added twice or silently replacing the one it has.
import type { DraftApplication } from '../../../../shared/office/session-draft';

export interface Arrivals {
  /** The list with every arrival whose county was not there yet. */
  applications: DraftApplication[];
  /** Arrivals, by position, held back because their county is listed already. */
  conflicts: ReadonlySet<number>;
}

export function addArrivals(current: readonly DraftApplication[], arrivals: readonly DraftApplication[]): Arrivals {
  const applications = [...current];
  const listed = new Set(current.map((application) => application.countyCode));
  const conflicts = new Set<number>();
  arrivals.forEach((arrival, index) => {
    if (listed.has(arrival.countyCode)) conflicts.add(index);
    else {
      listed.add(arrival.countyCode);
      applications.push(arrival);
    }
  });
  return { applications, conflicts };
}

/**
 * The county's listed application replaced by `incoming`, in the same place. The listed id is kept: the panel's
 * assignments and recusals name applications by id, and they still mean this county.
 */
export function replaceByCode(current: readonly DraftApplication[], incoming: DraftApplication): DraftApplication[] {
  return current.map((application) => (application.countyCode === incoming.countyCode ? { ...incoming, id: application.id } : application));
}

export const removeById = (current: readonly DraftApplication[], id: string): DraftApplication[] => current.filter((application) => application.id !== id);
