// The grade (等次) of an aggregate: the band with the highest minimum the score reaches.
import type { GradeBand } from '../standard/schema';
import { toHundredths } from '../util/hundredths';

export function gradeOf(scoreH: number, bands: readonly GradeBand[]): string | null {
  let best: GradeBand | null = null;
  for (const band of bands) {
    if (scoreH >= toHundredths(band.min) && (best === null || band.min > best.min)) best = band;
  }
  return best?.name ?? null;
}
