// ZipLimits as they cross into an isolated job (host/ports.ts): any subset of overrides, each a non-negative
// number, nothing else. One schema for every job that opens a zip (application packages, session containers).
import { z } from 'zod';

const limitSchema = z.number().nonnegative();

export const zipLimitOverridesSchema = z
  .object({
    maxEntries: limitSchema,
    maxTotalBytes: limitSchema,
    maxEntryBytes: limitSchema,
    maxRatio: limitSchema,
    ratioCheckAbove: limitSchema,
    maxManifestBytes: limitSchema,
  })
  .partial()
  .strict();
