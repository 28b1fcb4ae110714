// @vitest-environment happy-dom
// 写入名册: every county with its score, grade, the results' proposal and why, its state or what holds it
// back; ready counties ticked with the proposal; a departure asks for its reason before confirming; one
// confirmation asked in place sends exactly the ticked decisions with the date and 文号, then the step reads
// again and keeps the outcome in view; the host's refusals in its words, with a way to the step that settles them.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import type { DraftStep } from '../../../renderer/src/office/draft-steps';
import { RegisterStep } from '../../../renderer/src/office/register/RegisterStep';
import { memoryStorage, renderScreen } from '../app/app-harness';
import { newDatabase } from '../db/expert-db-fixture';
import { sampleDraft } from './office-fixture';
import { fakeHost, zh } from './office-harness';

type Outcomes = Extract<HostResult<'stageOutcomes'>, { ok: true }>;
const FINGERPRINT = 'ab'.repeat(32);
const STEPS: ReadonlySet<DraftStep> = new Set<DraftStep>(['export', 'collect', 'register']);

const row = (code: string, name: string, extra: Partial<Outcomes['rows'][number]> = {}): Outcomes['rows'][number] => ({
  applicationId: `app-${code}`,
  countyCode: code,
  countyName: name,
  city: '杭州市',
  poverty: false,
  aggregate: 91.5,
  grade: '优秀',
  proposed: 'excellent',
  proposalLine: zh('stageOutcomes.basis.gradeBand'),
  state: 'midtermChecked',
  stateLabel: '已中期检查',
  blockedLine: null,
  ...extra,
});

const answer = (rows: Outcomes['rows']): Outcomes => ({
  ok: true,
  session: { sessionId: 'acc-2026', name: '2026年验收', stage: 'acceptance' },
  eventLabel: '验收结果',
  outcomes: [
    { value: 'excellent', label: '优秀' },
    { value: 'pass', label: '合格' },
    { value: 'fail', label: '不合格' },
  ],
  rows,
  dataFingerprint: FINGERPRINT,
  today: '2026-11-28',
});

const ROWS = [
  row('330106', '西湖区'),
  row('330102', '上城区', { aggregate: 82, grade: '合格', proposed: 'pass' }),
  row('330105', '拱墅区', { state: 'inCreation', stateLabel: '创建中', blockedLine: '拱墅区（330105）：当前状态不适用本阶段（需要处于「已中期检查」）。' }),
];

function show(first: HostResult<'stageOutcomes'> = answer(ROWS)) {
  const host = fakeHost();
  host.stageOutcomes.mockResolvedValue(first);
  const onGoTo = vi.fn<(step: DraftStep) => void>();
  const draft = sampleDraft();
  renderScreen(<RegisterStep draft={draft} onGoTo={onGoTo} available={STEPS} />, { host, db: newDatabase(), storage: memoryStorage() });
  return { host, onGoTo, draft };
}

const confirmButton = (): HTMLElement => screen.getByTestId('register-confirm');
const tick = (code: string): HTMLInputElement => screen.getByTestId(`register-tick-${code}`);
const outcome = (code: string): HTMLSelectElement => screen.getByTestId(`register-outcome-${code}`);

describe('RegisterStep', () => {
  it('shows each county beside the register, ticks the ready ones with their proposal and holds the others back', async () => {
    show();
    await screen.findByTestId('register-table');
    expect(screen.getByTestId('register-event').textContent).toContain('验收结果');
    expect(tick('330106').checked).toBe(true);
    expect(tick('330102').checked).toBe(true);
    expect(tick('330105').checked).toBe(false);
    expect(tick('330105').disabled).toBe(true);
    expect(outcome('330106').value).toBe('excellent');
    expect(outcome('330102').value).toBe('pass');
    const held = screen.getByTestId('register-row-330105');
    expect(within(held).getByTestId('register-blocked-330105').textContent).toContain('需要处于「已中期检查」');
    expect(screen.getByTestId('register-row-330106').textContent).toContain('91.50');
    expect(confirmButton().textContent).toContain('2 个县');
  });

  it('asks for a reason when the office departs from the results, and waits for it', async () => {
    show();
    await screen.findByTestId('register-table');
    fireEvent.change(outcome('330102'), { target: { value: 'fail' } });
    expect(screen.getByTestId('register-unfinished').textContent).toContain('上城区');
    expect(confirmButton().hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByTestId('register-reason-330102').querySelector('input') ?? screen.getByTestId('register-reason-330102'), { target: { value: '现场核查材料不实' } });
    expect(screen.queryByTestId('register-unfinished')).toBeNull();
    expect(confirmButton().hasAttribute('disabled')).toBe(false);
  });

  it('sends exactly the ticked decisions with the date and 文号 after one confirmation, then reads again and keeps the outcome in view', async () => {
    const { host } = show();
    await screen.findByTestId('register-table');
    fireEvent.click(tick('330102'));
    fireEvent.change(screen.getByTestId('register-document').querySelector('input') ?? screen.getByTestId('register-document'), { target: { value: '示文旅〔2026〕31号' } });
    host.confirmStageOutcomes.mockResolvedValue({ ok: true, recorded: [{ code: '330106', name: '西湖区', state: 'named', stateLabel: '已命名' }], warnings: [] });
    host.stageOutcomes.mockResolvedValue(answer([row('330106', '西湖区', { state: 'named', stateLabel: '已命名', blockedLine: '西湖区（330106）：本评审会的结果已写入名册。' }), ...ROWS.slice(1)]));
    fireEvent.click(confirmButton());
    expect(host.confirmStageOutcomes).not.toHaveBeenCalled();
    fireEvent.click(within(screen.getByTestId('register-confirm-question')).getByText(zh('stageOutcomes.confirmYes')));
    await screen.findByTestId('register-recorded');
    expect(host.confirmStageOutcomes.mock.calls[0]?.[0]).toEqual({
      sessionId: 'acc-2026',
      dataFingerprint: FINGERPRINT,
      date: '2026-11-28',
      documentNumber: '示文旅〔2026〕31号',
      decisions: [{ applicationId: 'app-330106', outcome: 'excellent' }],
    });
    expect(screen.getByTestId('register-recorded').textContent).toContain('西湖区：现为「已命名」');
    await waitFor(() => expect(tick('330106').disabled).toBe(true));
    expect(host.stageOutcomes).toHaveBeenCalledTimes(2);
  });

  it("shows the host's refusal of a confirmation in its words and keeps the choices", async () => {
    const { host } = show();
    await screen.findByTestId('register-table');
    host.confirmStageOutcomes.mockResolvedValue({ ok: false, code: 'stageOutcomes.refused', messages: ['未写入示范县名册：有 1 处问题', '该县当前为“已中期检查”'] });
    fireEvent.click(confirmButton());
    fireEvent.click(within(screen.getByTestId('register-confirm-question')).getByText(zh('stageOutcomes.confirmYes')));
    const refused = await screen.findByTestId('register-refused-confirm');
    expect(refused.textContent).toContain('未写入示范县名册');
    expect(tick('330106').checked).toBe(true);
  });

  it('links a refusal to the step that settles it, and says when nothing can be written', async () => {
    const { onGoTo } = show({ ok: false, code: 'stageOutcomes.refused.noResults', messages: ['评审会「验收」还没有可用的评审结果'] });
    fireEvent.click(await screen.findByTestId('register-refused-goto'));
    expect(onGoTo).toHaveBeenCalledWith('collect');
  });

  it('adds a qualification review\'s unregistered counties as 已申报 with the batch chosen, then reads again', async () => {
    const unregistered = { state: null, stateLabel: '未登记', proposed: 'qualified', blockedLine: '（330108）不在示范县名册中' } as const;
    const rows = [row('330108', '滨江区', { ...unregistered, poverty: true }), row('330109', '萧山区', { ...unregistered, city: '杭州市' }), row('330106', '西湖区', { state: 'applied', stateLabel: '已申报' })];
    const qualification = { ...answer(rows), session: { sessionId: 'q-2026', name: '第二批资格评审', stage: 'qualification' as const, batch: 2 } };
    const { host } = show(qualification);
    const notice = await screen.findByTestId('register-unregistered');
    expect(notice.textContent).toContain('2 个县尚未登记');
    expect(notice.textContent).toContain('滨江区、萧山区');
    expect((screen.getByTestId('register-unregistered-batch') as HTMLSelectElement).value).toBe('2');
    host.addCounties.mockResolvedValue({ ok: true, counties: [] });
    fireEvent.click(screen.getByTestId('register-add-unregistered'));
    await waitFor(() => expect(host.stageOutcomes).toHaveBeenCalledTimes(2));
    expect(host.addCounties.mock.calls[0]?.[0]).toEqual({
      counties: [
        { code: '330108', name: '滨江区', city: '杭州市', batch: 2, povertyAlleviated: true },
        { code: '330109', name: '萧山区', city: '杭州市', batch: 2, povertyAlleviated: false },
      ],
    });
  });

  it('offers no registering outside a qualification review', async () => {
    show(answer([row('330108', '滨江区', { state: null, stateLabel: '未登记', blockedLine: '不在示范县名册中' }), ...ROWS]));
    await screen.findByTestId('register-table');
    expect(screen.queryByTestId('register-unregistered')).toBeNull();
  });

  it('says so when no county can be written', async () => {
    show(answer([ROWS[2] as Outcomes['rows'][number]]));
    await screen.findByTestId('register-nothing-ready');
    expect(screen.queryByTestId('register-confirm')).toBeNull();
  });
});
