// Why a call's parameters were refused, as problems with message keys (host.params.*): the caller reads
// "params.count：应为整数。", never zod's English.
import type { z } from 'zod';
import type { Problem } from '../../shared/problems';
import { issueProblem, type IssueMessageKeys } from '../../shared/util/schema-issue-problem';

const PARAMS_KEYS: IssueMessageKeys = {
  missing: 'host.params.missing',
  expected: {
    string: 'host.params.expected.string',
    number: 'host.params.expected.number',
    int: 'host.params.expected.integer',
    boolean: 'host.params.expected.boolean',
    array: 'host.params.expected.array',
    object: 'host.params.expected.object',
  },
  empty: 'host.params.tooShort',
  tooShort: 'host.params.tooShort',
  tooFewItems: 'host.params.tooFewItems',
  notAbove: 'host.params.notAbove',
  below: 'host.params.below',
  above: 'host.params.above',
  notBelow: 'host.params.notBelow',
  tooLong: 'host.params.tooLong',
  tooManyItems: 'host.params.tooManyItems',
  badFormat: 'host.params.badFormat',
  notOneOf: 'host.params.notOneOf',
  unknownKeys: 'host.params.unknownKeys',
  noVariant: 'host.params.noVariant',
  other: 'host.params.other',
};

/** `payload` is what the caller sent, to tell an absent field from one of the wrong type. */
export function paramsProblems(issues: readonly z.core.$ZodIssue[], payload: unknown): Problem[] {
  return issues.map((issue) => issueProblem(issue, issue.path, ['params', ...issue.path.map(String)].join('.'), PARAMS_KEYS, payload));
}
