// Dates print in Beijing time whatever the machine's zone; leaf values print in words.
import { describe, expect, it } from 'vitest';
import { leafValueText, reportDate, reportDateTime, scoreText } from '../../../shared/reports/report-text';

describe('report text', () => {
  it('prints Chinese dates in Beijing time', () => {
    expect(reportDate('zh-CN', '2026-11-27T03:00:00Z')).toBe('2026年11月27日');
    // 16:30 UTC is already the next day in Beijing.
    expect(reportDate('zh-CN', '2026-11-27T16:30:00Z')).toBe('2026年11月28日');
    expect(reportDateTime('zh-CN', '2026-11-27T16:30:00Z')).toBe('2026年11月28日 00:30（北京时间）');
    expect(reportDate('zh-CN', '2026-01-05T03:00:00Z')).toBe('2026年1月5日');
    expect(reportDate('en-US', '2026-01-05T03:00:00Z')).toBe('5 Jan 2026');
  });

  it('prints scores with two decimals', () => {
    expect(scoreText(84.5)).toBe('84.50');
    expect(scoreText(null)).toBe('—');
  });

  it('prints each kind of value in words', () => {
    expect(leafValueText('zh-CN', 'points', 8.5)).toBe('8.5');
    expect(leafValueText('zh-CN', 'tiers', '较好')).toBe('较好');
    expect(leafValueText('zh-CN', 'passFail', true)).toBe('达标');
    expect(leafValueText('zh-CN', 'veto', false)).toBe('否决');
    expect(leafValueText('zh-CN', 'prerequisite', false)).toBe('不具备');
    expect(leafValueText('zh-CN', 'deduction', 2)).toBe('2 次');
    expect(leafValueText('en-US', 'veto', true)).toBe('clear');
    expect(leafValueText('zh-CN', 'points', null)).toBe('—');
  });
});
