// The programme's reports through the host API (issue #8): the programme overview workbook (every county, its
// state, dates, scores by stage from the register's events, the quota's use, the overdue reports) and one
// county's timeline PDF, each written into a folder the office chose, read back and checked before the answer
// says where it is. Spread into `hostApiSpec`.
import { z } from 'zod';
import { codedRefusalSchema } from './office-common-schemas';

/** Refused because the county-level division count is not set: the overview's quota sheet has nothing to count from. */
export const PROGRAMME_REPORTS_NO_QUOTA = 'programme.reports.noQuota';
/** Refused because the register has no county with that code. */
export const PROGRAMME_REPORTS_UNKNOWN_COUNTY = 'programme.reports.unknownCounty';
/** Refused because the folder is a file (or another thing that is not a folder). */
export const PROGRAMME_REPORTS_NOT_A_FOLDER = 'programme.reports.notAFolder';

const folderSchema = z.string().trim().min(1).max(4096);

const writtenSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    /** Where the file is, named in the caller's language with today's Beijing date. */
    path: z.string(),
    bytes: z.number().int().positive(),
  }),
  codedRefusalSchema,
]);

export const programmeReportsSpec = {
  /**
   * Writes 「示范县创建工作总览（YYYY-MM-DD）.xlsx」 (named in the caller's language, dated Beijing today) into
   * `folder`, made if missing; the file is written whole or not at all, then read back and opened. Refused
   * without the office key, before the quota's base is set, for a folder that is a file, and when the disk
   * refuses the write (full, read-only, no permission), each in words saying what to do. A file of the same
   * name (written earlier today) is replaced.
   */
  writeProgrammeOverview: {
    params: z.object({ folder: folderSchema }),
    result: writtenSchema,
  },
  /** Writes the county's timeline (创建历程) PDF into `folder` the same way; refused for a county not in the register. */
  writeCountyTimeline: {
    params: z.object({ code: z.string().trim().min(1).max(100), folder: folderSchema }),
    result: writtenSchema,
  },
} as const;
