// An application (申报) as the panel sees it: the county behind it and what the office found on intake.
import { z } from 'zod';
import { indicatorIdSchema } from '../standard/schema';

/** Six-digit administrative division code (行政区划代码). */
export const countyCodeSchema = z.string().regex(/^\d{6}$/, '县级行政区划代码应为6位数字');

export const applicationSchema = z.object({
  id: z.string().min(1),
  countyName: z.string().trim().min(1),
  countyCode: countyCodeSchema,
  city: z.string().trim().min(1),
  /** 国家级脱贫县 */
  poverty: z.boolean(),
  batch: z.number().int().positive().optional(),
  /** Prerequisite leaves the office found unmet at intake (e.g. no innovation plan): not scored by experts. */
  missingPrerequisites: z.array(indicatorIdSchema).default([]),
});
export type Application = z.infer<typeof applicationSchema>;
