// Printing what a session asks of one expert (session-open) and refusals of session files (session-open,
// verify), in Chinese, one sentence per line.
import type { SessionPayload } from '../../shared/files/session-payload';
import { describeProblem } from '../../shared/i18n/describe-problem';
import type { ImportRefused } from '../package/import-types';
import { zh } from './command-kit';
import type { CliIo } from './io';

export function printRefusal(io: CliIo, refusal: ImportRefused): void {
  io.out(zh('cli.refused', { code: refusal.code }));
  for (const problem of refusal.problems) io.out(`  ${describeProblem('zh-CN', problem)}`);
}

/** The applications assigned to `expertId`, then the recusals the office suggests for them. */
export function printAssignments(io: CliIo, session: SessionPayload, expertId: string): void {
  const entry = session.roster.find((e) => e.expertId === expertId);
  if (entry === undefined) {
    io.out(zh('cli.sessionOpen.notOnPanel', { expert: expertId }));
    return;
  }
  const assigned = session.applications.filter((a) => (session.assignments[a.id] ?? []).includes(expertId));
  io.out(zh('cli.sessionOpen.assignedHeading', { expert: `${entry.name}（${entry.expertId}）`, count: assigned.length }));
  for (const application of assigned) {
    io.out(zh('cli.sessionOpen.application', { id: application.id, county: application.countyName, city: application.city, documents: application.documents.length }));
  }
  const recusals = session.recusalSuggestions.filter((s) => s.expertId === expertId);
  if (recusals.length === 0) io.out(zh('cli.sessionOpen.noRecusals'));
  for (const suggestion of recusals) {
    const application = session.applications.find((a) => a.id === suggestion.applicationId);
    io.out(zh('cli.sessionOpen.recusal', { id: suggestion.applicationId, county: application?.countyName ?? '', city: application?.city ?? '' }));
  }
}
