// A panel member (评审专家).
import { z } from 'zod';

export const expertSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  organisation: z.string().default(''),
  title: z.string().default(''),
  city: z.string().default(''),
});
export type Expert = z.infer<typeof expertSchema>;
