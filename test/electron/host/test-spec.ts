// A small contract for testing the dispatcher and the bindings: one method per behaviour to check.
import { z } from 'zod';
import { HostError } from '../../../electron/host/host-error';
import type { ServicesOf } from '../../../electron/host/call-method';
import { error } from '../../../shared/problems';

export const testSpec = {
  echo: { params: z.object({ text: z.string().min(1), count: z.number().int().max(10) }), result: z.object({ text: z.string() }) },
  refuse: { params: z.object({}), result: z.object({}) },
  crash: { params: z.object({}), result: z.object({}) },
  badResult: { params: z.object({}), result: z.object({ text: z.string() }) },
  countTo: { params: z.object({ n: z.number().int().min(1).max(50) }), result: z.object({ counted: z.number() }) },
  badProgress: { params: z.object({}), result: z.object({}) },
} as const;
export type TestSpec = typeof testSpec;

/** What crash() throws: it must never reach a caller. */
export const SECRET = 'secret detail /home/someone/.ssh';

export const testServices: ServicesOf<TestSpec> = {
  echo: async ({ text, count }) => ({ text: text.repeat(count) }),
  refuse: async () => {
    throw new HostError('host.error.unsupported', { what: 'refuse' }, [error('host.params.missing', 'file.manifest')]);
  },
  crash: async () => {
    throw new Error(SECRET);
  },
  // Deliberately breaks the contract, as a buggy service would.
  badResult: async () => ({ text: 42 }) as unknown as { text: string },
  countTo: async ({ n }, call) => {
    for (let i = 1; i <= n; i += 1) call.progress(i, n, `第 ${i} 步`);
    return { counted: n };
  },
  badProgress: async (_params, call) => {
    call.progress(-1, 1);
    return {};
  },
};
