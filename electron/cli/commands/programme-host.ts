// How the `programme` command reaches the programme: through the same host services and dispatcher the window
// uses (createHostServices with host 'cli', then callMethod), so the CLI checks its parameters and the host's
// answers against the one contract and never keeps a second reading of the register.
import type { HostMethod, HostParams, HostResult } from '../../../shared/contract/host-api-spec';
import type { Locale } from '../../../shared/i18n/translate';
import { callMethod, hostTarget } from '../../host/call-method';
import { createHostServices } from '../../host/host-services';

/** A method's answer: the contract's result (itself an ok or a refusal), or the dispatcher's failure in words. */
export type ProgrammeCall<M extends HostMethod> = { kind: 'answer'; result: HostResult<M> } | { kind: 'failed'; message: string };

export interface ProgrammeHost {
  call<M extends HostMethod>(method: M, params: HostParams<M>): Promise<ProgrammeCall<M>>;
}

export function programmeHost(dataDir: string, locale: Locale): ProgrammeHost {
  const target = hostTarget(createHostServices({ host: 'cli', dataDir }));
  return {
    async call(method, params) {
      const outcome = await callMethod(target, method, params, { locale });
      // callMethod parsed the answer with the method's result schema before handing it back.
      return outcome.ok ? { kind: 'answer', result: outcome.result as HostResult<typeof method> } : { kind: 'failed', message: outcome.error.message };
    },
  };
}
