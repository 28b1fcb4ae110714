// Scores are decimals with at most two places (0.5 steps, 7.25 tiers…). The domain computes in integer
// hundredths so sums are exact and rounding (四舍五入, half away from zero) happens once, at the end.

const EPSILON = 1e-7;

/** True when `value` has at most two decimal places (allowing binary floating-point noise). */
export function hasAtMostTwoDecimals(value: number): boolean {
  const scaled = value * 100;
  return Math.abs(scaled - Math.round(scaled)) < EPSILON * Math.max(1, Math.abs(scaled));
}

export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/** numerator / denominator rounded half away from zero, in exact integer arithmetic (denominator > 0). */
export function divideRounded(numerator: number, denominator: number): number {
  if (denominator <= 0 || !Number.isInteger(denominator)) throw new RangeError('divideRounded: bad denominator');
  const sign = numerator < 0 ? -1 : 1;
  const magnitude = Math.abs(numerator);
  return sign * Math.floor((2 * magnitude + denominator) / (2 * denominator));
}
