// One county in the register: who it is, where it stands, and every transition that brought it there. The
// state is kept beside the history so a reader sees it at a glance; the register's parser replays the history
// and refuses a file whose state does not follow from it (county-register.ts).
import { z } from 'zod';
import { countyCodeSchema } from '../model/application';
import { COUNTY_STATES } from './county-states';
import { transitionEventSchema } from './transition-events';

export const countyStateSchema = z.enum(COUNTY_STATES);

/** A recorded event and the state it led to. */
export const historyRecordSchema = z.strictObject({
  event: transitionEventSchema,
  state: countyStateSchema,
});
export type HistoryRecord = z.infer<typeof historyRecordSchema>;

export const countyEntrySchema = z.strictObject({
  /** 行政区划代码 */
  code: countyCodeSchema,
  name: z.string().trim().min(1),
  city: z.string().trim().min(1),
  /** The programme is built in three batches (work plan §五). */
  batch: z.number().int().min(1).max(3),
  /** 国家级脱贫县 */
  povertyAlleviated: z.boolean(),
  state: countyStateSchema,
  history: z.array(historyRecordSchema),
});
export type CountyEntry = z.infer<typeof countyEntrySchema>;

/** The county as it is first written into the register: applied, with nothing recorded yet. */
export function newCountyEntry(county: Pick<CountyEntry, 'code' | 'name' | 'city' | 'batch' | 'povertyAlleviated'>): CountyEntry {
  return { ...county, state: 'applied', history: [] };
}
