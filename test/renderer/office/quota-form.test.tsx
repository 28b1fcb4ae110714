// @vitest-environment happy-dom
// 名额: the number of places and its working appear as soon as the count and its date are typed, and follow
// every change (rounding, places already given, the batch limit, a cap already used up); each valid change is
// passed on to be saved, an invalid one is shown with its message and not passed on.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { QuotaSettings } from '../../../shared/panel/quota';
import { QuotaForm } from '../../../renderer/src/office/rules/QuotaForm';
import { newOfficeDatabase } from './office-fixture';
import { renderOffice, zh } from './office-harness';

const type = (field: string, value: string): void =>
  void fireEvent.change(screen.getByLabelText(zh(`officeWorkspace.quota.field.${field}` as Parameters<typeof zh>[0])), { target: { value } });
const places = (): string | null => screen.queryByTestId('quota-places')?.textContent ?? null;
const working = (): string[] => [...screen.getByTestId('quota-working').querySelectorAll('li')].map((li) => li.textContent ?? '');
const round = (rule: 'floor' | 'round' | 'ceil'): void => void fireEvent.click(screen.getByRole('radio', { name: zh(`officeWorkspace.quota.rounding.${rule}`) }));

function renderQuota(value: QuotaSettings | null = null): ReturnType<typeof vi.fn<(next: QuotaSettings) => void>> {
  const onChange = vi.fn<(next: QuotaSettings) => void>();
  renderOffice(<QuotaForm value={value} onChange={onChange} />, { db: newOfficeDatabase() });
  return onChange;
}

describe('QuotaForm', () => {
  it('shows the places once the count and its date are in, with the working: 167 × 40% = 66.8 → 66', () => {
    const onChange = renderQuota();
    expect(places()).toBeNull();
    expect(screen.getByText(zh('officeWorkspace.quota.incomplete'))).toBeTruthy();
    type('countyLevelDivisions', '167');
    expect(places()).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
    type('divisionsAsOf', '2026-01-01');
    expect(places()).toBe('本批名额：66 个');
    expect(working()).toEqual(['167 个县级行政区（2026-01-01）× 40% = 66.8', '向下取整：66.8 → 66 个', '减去此前批次已给的 0 个：66 − 0 = 66 个']);
    expect(onChange).toHaveBeenLastCalledWith({ countyLevelDivisions: 167, divisionsAsOf: '2026-01-01', capPercent: 40, rounding: 'floor', alreadyGiven: 0 });
  });

  it('follows the places already given and the rounding mode', () => {
    const onChange = renderQuota();
    type('countyLevelDivisions', '167');
    type('divisionsAsOf', '2026-01-01');
    type('alreadyGiven', '10');
    expect(places()).toBe('本批名额：56 个');
    expect(working()[2]).toBe('减去此前批次已给的 10 个：66 − 10 = 56 个');
    round('round');
    expect(working()[1]).toBe('四舍五入：66.8 → 67 个');
    expect(places()).toBe('本批名额：57 个');
    round('ceil');
    expect(places()).toBe('本批名额：57 个');
    // Half a place rounds up under 四舍五入 and down under 向下取整: 100 × 33.5% = 33.5.
    type('countyLevelDivisions', '100');
    type('capPercent', '33.5');
    type('alreadyGiven', '0');
    round('round');
    expect(working()[0]).toBe('100 个县级行政区（2026-01-01）× 33.5% = 33.5');
    expect(places()).toBe('本批名额：34 个');
    round('floor');
    expect(places()).toBe('本批名额：33 个');
    expect(onChange).toHaveBeenLastCalledWith({ countyLevelDivisions: 100, divisionsAsOf: '2026-01-01', capPercent: 33.5, rounding: 'floor', alreadyGiven: 0 });
  });

  it('limits the places by the batch size only when it is below what is left', () => {
    const onChange = renderQuota({ countyLevelDivisions: 167, divisionsAsOf: '2026-01-01', capPercent: 40, rounding: 'floor', alreadyGiven: 10 });
    expect(places()).toBe('本批名额：56 个');
    type('batchSize', '20');
    expect(places()).toBe('本批名额：20 个');
    expect(working()[3]).toBe('本批最多 20 个，少于剩余的 56 个，按 20 个计');
    type('batchSize', '60');
    expect(places()).toBe('本批名额：56 个');
    expect(working()[3]).toBe('本批最多 60 个，不少于剩余的 56 个，按剩余名额计');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ batchSize: 60 }));
    type('batchSize', '');
    expect(working()).toHaveLength(3);
    expect(onChange.mock.lastCall?.[0]).not.toHaveProperty('batchSize');
  });

  it('says when earlier batches have used the cap up: no places, and by how much they exceed it', () => {
    renderQuota({ countyLevelDivisions: 167, divisionsAsOf: '2026-01-01', capPercent: 40, rounding: 'floor', alreadyGiven: 10 });
    type('alreadyGiven', '66');
    expect(places()).toBe('本批名额：0 个');
    expect(screen.getByText(zh('officeWorkspace.quota.exhausted', { rounded: 66, given: 66 }))).toBeTruthy();
    type('alreadyGiven', '70');
    expect(places()).toBe('本批名额：0 个');
    expect(working()[2]).toBe('此前批次已给 70 个，超出上限 66 个共 4 个');
  });

  it('shows why an entry does not read and does not pass it on; the last valid settings stay', () => {
    const onChange = renderQuota({ countyLevelDivisions: 167, divisionsAsOf: '2026-01-01', capPercent: 40, rounding: 'floor', alreadyGiven: 10 });
    type('countyLevelDivisions', '0');
    expect(screen.getByText(zh('officeWorkspace.quota.error.positiveWhole'))).toBeTruthy();
    expect(places()).toBeNull();
    type('countyLevelDivisions', '167');
    type('capPercent', '120');
    expect(screen.getByText(zh('officeWorkspace.quota.error.capPercent'))).toBeTruthy();
    type('capPercent', '40.125');
    expect(screen.getByText(zh('officeWorkspace.quota.error.capPercent'))).toBeTruthy();
    type('alreadyGiven', '-1');
    expect(screen.getByText(zh('officeWorkspace.quota.error.wholeOrZero'))).toBeTruthy();
    expect(onChange.mock.calls.map(([settings]) => settings.capPercent)).toEqual([40]);
  });
});
