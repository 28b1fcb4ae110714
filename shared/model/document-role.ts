// The kinds of document in an application package, as the work plan names them: 申报书, 创新规划设计方案
// (the prerequisite for qualification and acceptance), 佐证材料, 自评报告. One list for the package
// manifest, the session file and the standard's prerequisite checks.
import { z } from 'zod';

export const DOCUMENT_ROLES = ['applicationForm', 'innovationPlan', 'evidence', 'selfAssessment'] as const;
export const documentRoleSchema = z.enum(DOCUMENT_ROLES);
export type DocumentRole = z.infer<typeof documentRoleSchema>;
