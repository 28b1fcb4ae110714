// A signed suggestion list for the demo's data, as the office would sign it: version 2 (so it replaces
// version 1), the computed list with its last county taken off, the first county below the line included by
// hand, the second moved to the top, each with a reason, two dissent notes and a note.
import type { SignedListEntry, SuggestionListPayload } from '../../shared/files/suggestion-list-file';
import type { ReportModel } from '../../shared/reports/report-model';
import type { ReportSignedList } from '../../shared/reports/report-signed-list';
import { listOf } from '../shared/support/list-of';

export const LIST_HASH = 'ab'.repeat(32);
export const PREVIOUS_HASH = 'cd'.repeat(32);
export const SIGNER_FINGERPRINT = '0123456789abcdef'.repeat(4);
export const REASONS = { exclude: '该县申报材料中的馆舍面积与实地核查不符', include: '该县脱贫攻坚成效突出，经办公室会议研究列入', move: '按省政府批示优先安排' } as const;
export const DISSENT = [
  { by: '张评委', text: '不同意移出该县，材料问题可整改后复核。' },
  { by: '李处长', text: '建议下一批次再议。' },
] as const;

export function demoSignedList(model: ReportModel, overrides: Partial<SuggestionListPayload> = {}): ReportSignedList {
  const list = listOf(model.results);
  const [first, second, ...rest] = list.entries;
  const dropped = rest.at(-1);
  const included = list.notListed[0];
  if (!first || !second || !dropped || !included) throw new Error('the demo list has room for these adjustments');
  const kept = rest.slice(0, -1);
  const signed = (entry: typeof first, computedPosition: number | null): Omit<SignedListEntry, 'position'> => ({
    applicationId: entry.applicationId,
    countyName: entry.countyName,
    countyCode: entry.countyCode,
    scoreH: entry.scoreH,
    computedPosition,
    ...(entry.movedBy ? { movedBy: entry.movedBy } : {}),
  });
  const order = [signed(second, second.position), signed(first, first.position), ...kept.map((e) => signed(e, e.position)), signed(included, null)];
  const payload: SuggestionListPayload = {
    sessionId: model.facts.sessionId,
    sessionName: model.facts.sessionName,
    version: 2,
    previousHash: PREVIOUS_HASH,
    dataFingerprint: model.facts.dataFingerprint,
    places: list.places,
    computed: list.entries.map((e) => e.applicationId),
    adjustments: [
      { kind: 'exclude', applicationId: dropped.applicationId, reason: REASONS.exclude },
      { kind: 'include', applicationId: included.applicationId, reason: REASONS.include },
      { kind: 'move', applicationId: second.applicationId, toPosition: 1, reason: REASONS.move },
    ],
    entries: order.map((entry, index) => ({ ...entry, position: index + 1 })),
    dissent: DISSENT.map((d) => ({ ...d })),
    note: '经 2026 年 11 月 27 日办公室会议研究。',
    signedAt: '2026-11-27T13:05:00Z',
    signer: { name: '省文旅厅公共服务处', fingerprint: SIGNER_FINGERPRINT },
    ...overrides,
  };
  return { hash: LIST_HASH, payload };
}
