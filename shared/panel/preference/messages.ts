// The sentences that explain a preference outcome live in the locale files (preference.json); the domain hands
// out a key with its parameters so the same explanation reads in Chinese or English.
import type { MessageParams } from '../../problems';

/** Every key the preference step emits; test/shared/panel/preference.test.ts checks both locales have them. */
export const PREFERENCE_MESSAGE_KEYS = [
  'preference.rule.none',
  'preference.rule.bonusPoints',
  'preference.rule.withinPoints',
  'preference.rule.reservedPlaces',
  'preference.rule.reservedPlaces.shortfall',
  'preference.bonusPoints.entered',
  'preference.bonusPoints.raised',
  'preference.withinPoints.swap',
  'preference.reservedPlaces.swap',
  'preference.tieAtCutLine',
] as const;
export type PreferenceMessageKey = (typeof PREFERENCE_MESSAGE_KEYS)[number];

export interface Explanation {
  key: PreferenceMessageKey;
  params: MessageParams;
}

/** Points for a sentence: hundredths back to a plain number (150 → 1.5), which prints without float noise. */
export const pointsParam = (hundredths: number): number => hundredths / 100;
