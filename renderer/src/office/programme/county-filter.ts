// The county table's filters, as a clerk uses Excel's: one state, one batch, and words found in the code, the
// name or the city. Pure, so the table only renders what this returns.
import type { CountyState } from '../../../../shared/lifecycle/county-states';
import type { CountyOverview } from './programme-answer';

export interface CountyFilter {
  state: CountyState | 'all';
  batch: number | 'all';
  text: string;
}

export const NO_COUNTY_FILTER: CountyFilter = { state: 'all', batch: 'all', text: '' };

export function filterCounties(counties: readonly CountyOverview[], filter: CountyFilter): CountyOverview[] {
  const words = filter.text.trim().toLowerCase();
  return counties.filter(
    (county) =>
      (filter.state === 'all' || county.state === filter.state) &&
      (filter.batch === 'all' || county.batch === filter.batch) &&
      (words === '' || [county.code, county.name, county.city].some((field) => field.toLowerCase().includes(words))),
  );
}
