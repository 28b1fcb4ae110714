// The one error a host service throws on purpose: a message key with its parameters (never a finished
// sentence), so the dispatcher can answer the caller in its language. Anything else a service throws is a
// bug and reaches the caller only as "internal error".
import type { MessageKey, MessageParams } from '../../shared/i18n/translate';
import type { Problem } from '../../shared/problems';

export class HostError extends Error {
  override readonly name = 'HostError';

  constructor(
    readonly code: MessageKey,
    readonly params: MessageParams = {},
    /** Itemised findings (e.g. every problem in a refused file), each shown on its own line. */
    readonly problems: readonly Problem[] = [],
  ) {
    super(code);
  }
}
