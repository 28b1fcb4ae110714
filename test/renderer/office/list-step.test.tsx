// @vitest-environment happy-dom
// 建议名单 on the demo's results (results-fixture.ts: 8 places, 松岭县 moved into the list under the within-2-
// points rule, replacing 云台县): the cut line after the eighth place, the move explained, adjustments only with
// a reason and applied live, the quota as a cap that blocks signing, the version being made kept in the draft
// (pendingList) and restored from it, signing with what the clerk saw, the host's refusals, and the signed
// versions: the latest locked, a warning when the data changed since, the earlier ones kept below.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { signedListVersionSchema } from '../../../shared/contract/office-decision-spec';
import type { ListAdjustment } from '../../../shared/files/suggestion-list-file';
import { adjustSuggestionList } from '../../../shared/office/adjust-suggestion-list';
import type { PendingList, SessionDraft } from '../../../shared/office/session-draft';
import { translate } from '../../../shared/i18n/translate';
import type { OfficeResults } from '../../../renderer/src/office/decide/results-types';
import type { DraftStep } from '../../../renderer/src/office/draft-steps';
import { ListStep } from '../../../renderer/src/office/list/ListStep';
import type { SignedListVersion } from '../../../renderer/src/office/list/list-types';
import { newOfficeDatabase, sampleDraft } from './office-fixture';
import { fakeHost, renderOffice, zh } from './office-harness';
import { demoOfficeResults } from './results-fixture';
import { listOf } from '../../shared/support/list-of';

const STEPS: ReadonlySet<DraftStep> = new Set<DraftStep>(['rules', 'export', 'collect', 'decide', 'list']);

/** A signed version of the demo's list with these adjustments, as the host would hand it back. */
function signedVersion(answer: OfficeResults, version: number, adjustments: ListAdjustment[], options: { previousHash?: string | null; matches?: boolean } = {}): SignedListVersion {
  const suggestionList = listOf(answer.results);
  const adjusted = adjustSuggestionList(suggestionList, adjustments);
  if (!adjusted.ok) throw new Error('fixture adjustments do not apply');
  return signedListVersionSchema.parse({
    hash: String(version).repeat(64),
    matchesCurrentData: options.matches ?? true,
    payload: {
      sessionId: 'session',
      sessionName: answer.results.session.name,
      version,
      previousHash: options.previousHash ?? (version === 1 ? null : String(version - 1).repeat(64)),
      dataFingerprint: answer.dataFingerprint,
      places: suggestionList.places,
      computed: suggestionList.entries.map((entry) => entry.applicationId),
      adjustments,
      entries: adjusted.entries,
      dissent: [{ by: '王强', text: '不同意移出清河县。' }],
      note: '经办公室会议研究。',
      signedAt: '2026-12-09T02:30:00.000Z',
      signer: { name: '示例省评审办公室', fingerprint: 'b'.repeat(64) },
    },
  });
}

interface ShowOptions {
  answer?: OfficeResults;
  versions?: SignedListVersion[];
  pendingList?: PendingList;
}

function show({ answer = demoOfficeResults(), versions = [], pendingList }: ShowOptions = {}) {
  const host = fakeHost();
  host.officeResults.mockResolvedValue(answer);
  host.officeSuggestionLists.mockResolvedValue({ ok: true, versions, currentDataFingerprint: answer.dataFingerprint });
  const onChange = vi.fn<(patch: Partial<SessionDraft>) => void>();
  const onGoTo = vi.fn<(step: DraftStep) => void>();
  const initial = sampleDraft(pendingList === undefined ? {} : { pendingList });
  // The editor keeps the draft as DraftEditor does: each change replaces it at once.
  function Harness() {
    const [draft, setDraft] = useState(initial);
    return (
      <ListStep
        draft={draft}
        onGoTo={onGoTo}
        available={STEPS}
        onChange={(patch) => {
          onChange(patch);
          setDraft((current) => ({ ...current, ...patch }));
        }}
      />
    );
  }
  renderOffice(<Harness />, { host, db: newOfficeDatabase() });
  return { host, onChange, onGoTo, answer, draft: initial };
}

const bodyRows = (testId: string): HTMLElement[] => within(screen.getByTestId(testId)).getAllByRole('row').slice(1);
const rowIds = (testId: string): string[] => bodyRows(testId).map((row) => row.dataset.testid ?? '');
const lastPending = (onChange: ReturnType<typeof show>['onChange']): PendingList | undefined => onChange.mock.calls.at(-1)?.[0].pendingList;

function adjust(action: string, reason: string, position?: number): void {
  fireEvent.click(screen.getByRole('button', { name: action }));
  const form = screen.getByTestId('list-adjust-form');
  if (position !== undefined) fireEvent.change(within(form).getByLabelText(/调到第几名/), { target: { value: String(position) } });
  fireEvent.change(within(form).getByLabelText(zh('officeList.form.reason')), { target: { value: reason } });
  fireEvent.click(within(form).getByRole('button', { name: /^确定/ }));
}

describe('ListStep', () => {
  it('draws the cut line after the quota’s places, with both scores, then the applications below it', async () => {
    const { host, draft } = show();
    await screen.findByTestId('list-preview');
    expect(host.officeResults).toHaveBeenCalledWith({ sessionId: draft.sessionId });
    expect(host.officeSuggestionLists).toHaveBeenCalledWith({ sessionId: draft.sessionId });
    expect(screen.getByTestId('list-quota').textContent).toContain('本批名额 8 个');
    expect(rowIds('list-preview')).toEqual([
      ...['A01', 'A08', 'A03', 'A11', 'A06', 'A05', 'A04', 'A02'].map((id) => `list-row-${id}`),
      'list-cut-line',
      'list-row-A07',
      'list-row-A09',
    ]);
    const cut = screen.getByTestId('list-cut-line').textContent ?? '';
    expect(cut).toContain('名额线：第 8 名');
    expect(cut).toContain(zh('officeList.cut.lastIn', { score: '83.45' }));
    expect(cut).toContain(zh('officeList.cut.firstOut', { score: '83.85' }));
    const first = screen.getByTestId('list-row-A01').textContent ?? '';
    expect(first).toContain('清河县');
    expect(first).toContain('93.45');
    expect(screen.getByTestId('list-row-A06').textContent).toContain(zh('officeList.mark.poverty'));
    expect(screen.getByTestId('list-editor').textContent).toContain(zh('officeList.editor.title', { version: 1 }));
  });

  it('shows the first ten below the line and all on request', async () => {
    show({
      answer: demoOfficeResults((results) => {
        const [template] = listOf(results).notListed;
        if (template === undefined) throw new Error('the demo has applications below the line');
        const extra = Array.from({ length: 12 }, (_, i) => ({ ...template, applicationId: `X${i}`, countyName: `测试${i}县`, position: 11 + i }));
        return { ...results, suggestionList: { ...listOf(results), notListed: [...listOf(results).notListed, ...extra] } };
      }),
    });
    await screen.findByTestId('list-preview');
    expect(screen.getByTestId('list-row-X7')).toBeTruthy();
    expect(screen.queryByTestId('list-row-X8')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: zh('officeList.table.showAll', { count: 14 }) }));
    expect(screen.getByTestId('list-row-X11')).toBeTruthy();
  });

  it('explains each move of the preference rule: who, from where to where, whom it replaced, and why', async () => {
    const { answer } = show();
    const move = await screen.findByTestId('list-move-A02');
    expect(move.textContent).toContain('松岭县 因脱贫县分差以内优先从第 9 名升至第 8 名（替下云台县）');
    const [explained] = listOf(answer.results).moves;
    if (explained === undefined) throw new Error('the demo has a move');
    expect(move.textContent).toContain(zh(explained.explanation.key, explained.explanation.params));
    expect(screen.getByTestId('list-rule-summary').textContent).toBe(zh('preference.rule.withinPoints', { points: 2, places: 8 }));
    expect(screen.getByTestId('list-row-A02').textContent).toContain(zh('officeList.mark.movedByRule'));
    expect(screen.queryByTestId('list-tie')).toBeNull();
  });

  it('warns of a tie at the cut line that the office must decide', async () => {
    show({
      answer: demoOfficeResults((results) => ({
        ...results,
        suggestionList: {
          ...listOf(results),
          tieAtCutLine: { inside: ['A02'], outside: ['A07'], explanation: { key: 'preference.tieAtCutLine', params: { insideCount: 1, outsideCount: 1 } } },
        },
      })),
    });
    const tie = await screen.findByTestId('list-tie');
    expect(tie.textContent).toContain(zh('preference.tieAtCutLine', { insideCount: 1, outsideCount: 1 }));
    expect(tie.textContent).toContain(zh('officeList.tie.who', { inside: '松岭县', outside: '云台县' }));
    expect(tie.textContent).toContain(zh('officeList.tie.decide'));
  });

  it('refuses an adjustment without a reason, saying how many characters are missing', async () => {
    const { onChange } = show();
    await screen.findByTestId('list-preview');
    fireEvent.click(screen.getByRole('button', { name: '将清河县移出名单' }));
    const form = screen.getByTestId('list-adjust-form');
    fireEvent.change(within(form).getByLabelText(zh('officeList.form.reason')), { target: { value: ' 不符 ' } });
    fireEvent.click(within(form).getByRole('button', { name: zh('officeList.form.confirm.exclude') }));
    expect(within(form).getByRole('alert').textContent).toBe(zh('officeList.form.reasonMissing', { min: 4, missing: 2 }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByTestId('list-row-A01').dataset.manual).toBeUndefined();
  });

  it('applies an adjustment with its reason at once: the preview changes, the row is marked, the change is listed and can be undone', async () => {
    const { onChange, answer } = show();
    await screen.findByTestId('list-preview');
    adjust('将清河县移出名单', '材料存在造假嫌疑');
    expect(lastPending(onChange)).toEqual({ basedOn: answer.dataFingerprint, adjustments: [{ kind: 'exclude', applicationId: 'A01', reason: '材料存在造假嫌疑' }], dissent: [], note: '' });
    const ids = rowIds('list-preview');
    expect(ids.indexOf('list-row-A01')).toBeGreaterThan(ids.indexOf('list-cut-line'));
    expect(screen.getByTestId('list-row-A08').textContent).toMatch(/^1/);
    expect(screen.getByTestId('list-row-A01').dataset.manual).toBe('exclude');
    expect(screen.getByTestId('list-row-A01').textContent).toContain(zh('officeList.mark.manual'));
    expect(screen.getByTestId('list-cut-line').textContent).toContain(zh('officeList.cut.free', { listed: 7, free: 1 }));
    expect(screen.getByTestId('list-adjustments').textContent).toContain(zh('officeList.adjustments.reason', { reason: '材料存在造假嫌疑' }));

    adjust('调整松岭县的位置', '领导小组研究决定', 1);
    expect(lastPending(onChange)?.adjustments.at(-1)).toEqual({ kind: 'move', applicationId: 'A02', toPosition: 1, reason: '领导小组研究决定' });
    expect(rowIds('list-preview')[0]).toBe('list-row-A02');
    expect(screen.getByTestId('list-row-A02').dataset.manual).toBe('move');

    fireEvent.click(screen.getByRole('button', { name: /^撤销第 1 项调整/ }));
    expect(lastPending(onChange)?.adjustments).toEqual([{ kind: 'move', applicationId: 'A02', toPosition: 1, reason: '领导小组研究决定' }]);
    expect(screen.getByTestId('list-row-A01').dataset.manual).toBeUndefined();
    expect(rowIds('list-preview').indexOf('list-row-A01')).toBeLessThan(rowIds('list-preview').indexOf('list-cut-line'));
  });

  it('blocks signing while the list is over the quota, and lets it once one is taken off', async () => {
    show();
    await screen.findByTestId('list-preview');
    adjust('将云台县列入名单', '分差很小，办公室研究列入');
    expect(screen.getByTestId('list-problems').textContent).toContain('名单超出名额 1 个（名额 8 个），请先移出。');
    const sign = screen.getByRole('button', { name: zh('officeList.sign.button', { version: 1 }) });
    expect((sign as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('list-sign-blocked').textContent).toBe(zh('officeList.sign.blockedProblems', { count: 1 }));
    // Shown on the list still, under the line, marked: the clerk sees what is over.
    const ids = rowIds('list-preview');
    expect(ids.indexOf('list-row-A07')).toBe(ids.indexOf('list-cut-line') + 1);
    expect(screen.getByTestId('list-row-A07').textContent).toContain(zh('officeList.mark.overQuota'));

    adjust('将平湖县移出名单', '办公室研究后移出');
    expect(screen.queryByTestId('list-problems')).toBeNull();
    expect((screen.getByRole('button', { name: zh('officeList.sign.button', { version: 1 }) }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('keeps the version being made in the draft: dissent and note saved through onChange, all restored from the draft', async () => {
    const first = show();
    await screen.findByTestId('list-preview');
    fireEvent.change(screen.getByLabelText(zh('officeList.dissent.by')), { target: { value: '王强' } });
    fireEvent.click(screen.getByRole('button', { name: zh('officeList.dissent.add') }));
    expect(screen.getByText(zh('officeList.dissent.incomplete'))).toBeTruthy();
    fireEvent.change(screen.getByLabelText(zh('officeList.dissent.text')), { target: { value: '不同意移出清河县。' } });
    fireEvent.click(screen.getByRole('button', { name: zh('officeList.dissent.add') }));
    fireEvent.change(screen.getByLabelText(zh('officeList.note.label')), { target: { value: '经办公室会议研究。' } });
    const saved = lastPending(first.onChange);
    expect(saved).toEqual({ basedOn: first.answer.dataFingerprint, adjustments: [], dissent: [{ by: '王强', text: '不同意移出清河县。' }], note: '经办公室会议研究。' });
    if (saved === undefined) throw new Error('nothing saved');
    cleanup();

    // Reopened (a reload, another step and back): the draft brings it all back.
    const pendingList = { ...saved, adjustments: [{ kind: 'exclude' as const, applicationId: 'A01', reason: '材料存在造假嫌疑' }] };
    const second = show({ pendingList });
    await screen.findByTestId('list-preview');
    expect(screen.getByTestId('list-row-A01').dataset.manual).toBe('exclude');
    expect(screen.getByTestId('list-adjustments').textContent).toContain('材料存在造假嫌疑');
    expect(screen.getByTestId('list-dissent').textContent).toContain('王强');
    expect((screen.getByLabelText(zh('officeList.note.label')) as HTMLTextAreaElement).value).toBe('经办公室会议研究。');
    expect(screen.queryByTestId('list-based-on-changed')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: zh('officeList.dissent.removeLabel', { by: '王强' }) }));
    expect(lastPending(second.onChange)?.dissent).toEqual([]);
  });

  it('keeps a version made on other data but warns, and lets it be signed only once the clerk has checked', async () => {
    const answer = demoOfficeResults();
    const { onChange } = show({ answer, pendingList: { basedOn: 'e'.repeat(64), adjustments: [{ kind: 'exclude', applicationId: 'A01', reason: '材料存在造假嫌疑' }], dissent: [], note: '' } });
    const warning = await screen.findByTestId('list-based-on-changed');
    expect(warning.textContent).toContain(zh('officeList.editor.dataMoved'));
    expect(screen.getByTestId('list-row-A01').dataset.manual).toBe('exclude');
    expect((screen.getByRole('button', { name: zh('officeList.sign.button', { version: 1 }) }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: zh('officeList.editor.dataMovedOk') }));
    expect(lastPending(onChange)?.basedOn).toBe(answer.dataFingerprint);
    expect(lastPending(onChange)?.adjustments).toHaveLength(1);
    expect(screen.queryByTestId('list-based-on-changed')).toBeNull();
    expect((screen.getByRole('button', { name: zh('officeList.sign.button', { version: 1 }) }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('signs what the clerk saw after a plain warning that it locks, then shows the version locked', async () => {
    const answer = demoOfficeResults();
    const v1 = signedVersion(answer, 1, []);
    const adjustments: ListAdjustment[] = [
      { kind: 'exclude', applicationId: 'A05', reason: '办公室研究后移出' },
      { kind: 'include', applicationId: 'A07', reason: '分差很小，办公室研究列入' },
    ];
    const pendingList: PendingList = { basedOn: answer.dataFingerprint, adjustments, dissent: [{ by: '王强', text: '不同意移出平湖县。' }], note: '经办公室会议研究。' };
    const { host, onChange, draft } = show({ answer, versions: [v1], pendingList });
    const v2 = signedVersion(answer, 2, adjustments);
    host.signSuggestionList.mockResolvedValue({ ok: true, version: v2, path: '/data/sessions/x/lists/v2.rdlist' });
    await screen.findByTestId('list-preview');
    fireEvent.click(screen.getByRole('button', { name: zh('officeList.sign.button', { version: 2 }) }));
    expect(screen.getByTestId('list-sign-confirm').textContent).toContain(zh('officeList.sign.confirm', { version: 2 }));
    expect(host.signSuggestionList).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: zh('officeList.sign.yes', { version: 2 }) })));
    expect(host.signSuggestionList).toHaveBeenCalledWith({
      sessionId: draft.sessionId,
      dataFingerprint: answer.dataFingerprint,
      previousHash: v1.hash,
      adjustments,
      dissent: pendingList.dissent,
      note: pendingList.note,
    });
    expect(onChange).toHaveBeenLastCalledWith({ pendingList: undefined });
    const latest = await screen.findByTestId('list-latest');
    expect(within(latest).getByTestId('list-locked').textContent).toBe(zh('officeList.signed.locked', { version: 2 }));
    expect(within(latest).getByTestId('list-version-hash').textContent).toBe('2222 '.repeat(16).trim());
    expect(latest.textContent).toContain('示例省评审办公室');
    expect(latest.textContent).toContain('BBBB BBBB');
    expect(within(latest).getByTestId('list-row-A07').dataset.manual).toBe('include');
    expect(latest.textContent).toContain('分差很小，办公室研究列入');
    expect(latest.textContent).toContain('不同意移出清河县。');
    expect(within(latest).queryByRole('button', { name: /移出名单|调整|列入名单/ })).toBeNull();
    expect(screen.queryByTestId('list-editor')).toBeNull();
    expect(screen.getByTestId('list-notice').textContent).toContain(zh('officeList.sign.done', { version: 2, path: '/data/sessions/x/lists/v2.rdlist' }));
    expect(screen.getByTestId('list-history-1')).toBeTruthy();
  });

  it('says so when the version was signed but the audit log did not take it', async () => {
    const answer = demoOfficeResults();
    const { host } = show({ answer });
    host.signSuggestionList.mockResolvedValue({ ok: true, version: signedVersion(answer, 1, []), path: '/data/lists/v1.rdlist', warning: '未能记入审计日志。' });
    await screen.findByTestId('list-preview');
    fireEvent.click(screen.getByRole('button', { name: zh('officeList.sign.button', { version: 1 }) }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: zh('officeList.sign.yes', { version: 1 }) })));
    const notice = screen.getByTestId('list-notice');
    expect(notice.textContent).toContain(zh('officeList.sign.done', { version: 1, path: '/data/lists/v1.rdlist' }));
    expect(notice.textContent).toContain('未能记入审计日志。');
    expect(notice.className).toContain('warning');
    expect(await screen.findByTestId('list-latest')).toBeTruthy();
  });

  it('on dataChanged reads the results again and says why; on staleVersion reads the versions again; on invalidAdjustment shows the host’s words', async () => {
    const { host } = show();
    await screen.findByTestId('list-preview');
    const sign = async (): Promise<void> => {
      fireEvent.click(screen.getByRole('button', { name: zh('officeList.sign.button', { version: 1 }) }));
      await act(async () => fireEvent.click(screen.getByRole('button', { name: zh('officeList.sign.yes', { version: 1 }) })));
    };
    host.signSuggestionList.mockResolvedValueOnce({ ok: false, code: 'office.list.dataChanged', messages: ['评审结果已经变化。'] });
    await sign();
    expect(host.officeResults).toHaveBeenCalledTimes(2);
    expect(host.officeSuggestionLists).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('list-notice').textContent).toContain(zh('officeList.sign.dataChanged'));
    expect(screen.getByTestId('list-notice').textContent).toContain('评审结果已经变化。');

    await screen.findByTestId('list-preview');
    host.signSuggestionList.mockResolvedValueOnce({ ok: false, code: 'office.list.staleVersion', messages: ['已有第 1 版。'] });
    await sign();
    expect(host.officeSuggestionLists).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('list-notice').textContent).toContain(zh('officeList.sign.stale'));

    await screen.findByTestId('list-preview');
    host.signSuggestionList.mockResolvedValueOnce({ ok: false, code: 'office.list.invalidAdjustment', messages: ['有 1 处人工调整无法执行，没有签署：', '第 1 项调整：清河县 已在名单上。'] });
    await sign();
    expect(screen.getByTestId('list-notice').textContent).toContain('有 1 处人工调整无法执行');
    expect(host.officeResults).toHaveBeenCalledTimes(2);
    expect(host.officeSuggestionLists).toHaveBeenCalledTimes(2);
  });

  it('shows the latest signed version locked, warns when scores came in after it, and keeps the earlier ones below', async () => {
    const answer = demoOfficeResults();
    const v1 = signedVersion(answer, 1, [], { matches: false });
    const v2 = signedVersion(answer, 2, [{ kind: 'exclude', applicationId: 'A01', reason: '材料存在造假嫌疑' }], { matches: false });
    show({ answer, versions: [v1, v2] });
    const latest = await screen.findByTestId('list-latest');
    expect(screen.queryByTestId('list-editor')).toBeNull();
    expect(within(latest).getByTestId('list-locked').textContent).toBe(zh('officeList.signed.locked', { version: 2 }));
    expect(within(latest).getByTestId('list-data-changed-since').textContent).toContain(zh('officeList.signed.dataChangedSince', { version: 2 }));
    const history = screen.getByTestId('list-history');
    expect(within(history).getByTestId('list-history-1').textContent).toContain(zh('officeList.history.summary', { version: 1, signer: '示例省评审办公室', at: '2026年12月9日 10:30（北京时间）', listed: 8 }));
    expect(within(history).queryByTestId('list-history-2')).toBeNull();
  });

  it('makes a new version from the current list, offering the latest version’s adjustments', async () => {
    const answer = demoOfficeResults();
    const adjustments: ListAdjustment[] = [{ kind: 'exclude', applicationId: 'A01', reason: '材料存在造假嫌疑' }];
    const { onChange } = show({ answer, versions: [signedVersion(answer, 1, adjustments)] });
    await screen.findByTestId('list-latest');
    fireEvent.click(screen.getByRole('button', { name: zh('officeList.newVersion', { version: 2 }) }));
    expect(lastPending(onChange)).toEqual({ basedOn: answer.dataFingerprint, adjustments: [], dissent: [], note: '' });
    const editor = await screen.findByTestId('list-editor');
    expect(editor.textContent).toContain(zh('officeList.editor.title', { version: 2 }));
    expect(screen.getByTestId('list-row-A01').dataset.manual).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: zh('officeList.editor.copy') }));
    expect(lastPending(onChange)?.adjustments).toEqual(adjustments);
    expect(screen.getByTestId('list-row-A01').dataset.manual).toBe('exclude');
    expect(screen.getByTestId('list-history-1')).toBeTruthy();
  });

  it('reads in English when the office chose English', async () => {
    const host = fakeHost();
    host.officeResults.mockResolvedValue(demoOfficeResults());
    host.officeSuggestionLists.mockResolvedValue({ ok: true, versions: [], currentDataFingerprint: null });
    renderOffice(<ListStep draft={sampleDraft()} onChange={vi.fn()} />, { host, db: newOfficeDatabase(), locale: 'en-US' });
    expect((await screen.findByTestId('list-cut-line')).textContent).toContain(translate('en-US', 'officeList.cut.line', { places: 8 }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Suggestion list');
    expect(screen.getByTestId('list-move-A02').textContent).toContain('moved from place 9 to place 8 by priority within the points margin (replacing 云台县)');
  });

  it('shows the host’s refusal with a way to the step that settles it', async () => {
    const host = fakeHost();
    host.officeResults.mockResolvedValue({ ok: false, code: 'office.collect.noExports', messages: ['还没有导入任何专家的评分文件。'] });
    host.officeSuggestionLists.mockResolvedValue({ ok: true, versions: [], currentDataFingerprint: null });
    const onGoTo = vi.fn<(step: DraftStep) => void>();
    renderOffice(<ListStep draft={sampleDraft()} onChange={vi.fn()} onGoTo={onGoTo} available={STEPS} />, { host, db: newOfficeDatabase() });
    const refused = await screen.findByTestId('list-results-refused');
    expect(refused.textContent).toContain('还没有导入任何专家的评分文件。');
    fireEvent.click(within(refused).getByRole('button', { name: zh('officeList.goTo', { step: zh('officeWorkspace.steps.collect') }) }));
    expect(onGoTo).toHaveBeenCalledWith('collect');
    expect(screen.queryByTestId('list-editor')).toBeNull();
  });
});
