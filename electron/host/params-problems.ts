// Why a call's parameters were refused, as problems with message keys (host.params.*): the caller reads
// "params.count：应为整数。", never zod's English.
import type { z } from 'zod';
import { error, type Problem } from '../../shared/problems';

const EXPECTED_KEYS = {
  string: 'host.params.expected.string',
  number: 'host.params.expected.number',
  int: 'host.params.expected.integer',
  boolean: 'host.params.expected.boolean',
  array: 'host.params.expected.array',
  object: 'host.params.expected.object',
} as const;

function problemOf(issue: z.core.$ZodIssue): Problem {
  const where = ['params', ...issue.path.map(String)].join('.');
  switch (issue.code) {
    case 'invalid_type': {
      // zod 4 reports an absent field as an invalid type whose input was undefined.
      if (issue.message.endsWith('received undefined')) return error('host.params.missing', where);
      const key = EXPECTED_KEYS[issue.expected as keyof typeof EXPECTED_KEYS];
      return key ? error(key, where) : error('host.params.other', where, { detail: issue.message });
    }
    case 'too_small':
      if (issue.origin === 'string') return error('host.params.tooShort', where, { minimum: Number(issue.minimum) });
      if (issue.origin === 'array') return error('host.params.tooFewItems', where, { minimum: Number(issue.minimum) });
      return error(issue.inclusive === false ? 'host.params.notAbove' : 'host.params.below', where, { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return error('host.params.tooLong', where, { maximum: Number(issue.maximum) });
      if (issue.origin === 'array') return error('host.params.tooManyItems', where, { maximum: Number(issue.maximum) });
      return error(issue.inclusive === false ? 'host.params.notBelow' : 'host.params.above', where, { maximum: Number(issue.maximum) });
    case 'invalid_value':
      return error('host.params.notOneOf', where, { values: issue.values.map(String).join(', ') });
    case 'invalid_format':
      return error('host.params.badFormat', where);
    case 'unrecognized_keys':
      return error('host.params.unknownKeys', where, { keys: issue.keys.join(', ') });
    case 'invalid_union':
      return error('host.params.noVariant', where);
    default:
      return error('host.params.other', where, { detail: issue.message });
  }
}

export function paramsProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map(problemOf);
}
