// What every office method of the host API shares: how a session is named, and the shape of a refusal the UI
// may act on by its code (a link to the step that settles it).
import { z } from 'zod';

export const sessionIdSchema = z.string().min(1).max(200);

export const codedRefusalSchema = z.object({ ok: z.literal(false), code: z.string(), messages: z.array(z.string()).min(1) });
