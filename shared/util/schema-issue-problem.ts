// One mapping from a zod issue to a Problem (a message key with its numbers, never zod's English), shared by
// every place that reads something through a schema: standards, manifests, signed payloads, host API calls.
// Each area passes its own message keys, so a clerk reads "县级行政区划代码：不能为空" in that area's words,
// and handles its special cases (an indicator id, a county code…) before falling back to this.
import type { z } from 'zod';
import type { MessageKey } from '../i18n/translate';
import { error, type Problem } from '../problems';

export interface IssueMessageKeys {
  missing: MessageKey;
  /** By zod's `expected` (number, int, string, boolean, array, object). */
  expected: Partial<Record<string, MessageKey>>;
  /** A string below its minimum length, said without the number. */
  empty: MessageKey;
  /** A string below its minimum length, with {{minimum}}; used instead of `empty` when given. */
  tooShort?: MessageKey;
  tooFewItems: MessageKey;
  /** A number at or below an exclusive minimum ({{minimum}}). */
  notAbove: MessageKey;
  below: MessageKey;
  above: MessageKey;
  /** A number at or above an exclusive maximum ({{maximum}}); `above` when absent. */
  notBelow?: MessageKey;
  /** A string or array above its maximum ({{maximum}}); `above` when absent. */
  tooLong?: MessageKey;
  tooManyItems?: MessageKey;
  badFormat: MessageKey;
  notOneOf: MessageKey;
  unknownKeys?: MessageKey;
  noVariant?: MessageKey;
  other: MessageKey;
}

/** What the input holds at a path; undefined when any step is absent. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * The problem for `issue`, found at `path` (from the root of `input`) and reported at `where`. An absent
 * field is told from a wrong type by looking at the input, not at zod's English message.
 */
export function issueProblem(issue: z.core.$ZodIssue, path: readonly PropertyKey[], where: string, keys: IssueMessageKeys, input: unknown): Problem {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, path) === undefined) return error(keys.missing, where);
      const key = keys.expected[issue.expected];
      return key ? error(key, where) : error(keys.other, where, { detail: issue.message });
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return keys.tooShort ? error(keys.tooShort, where, { minimum }) : error(keys.empty, where);
      if (issue.origin === 'array') return error(keys.tooFewItems, where, { minimum });
      return error(issue.inclusive === false ? keys.notAbove : keys.below, where, { minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string' && keys.tooLong) return error(keys.tooLong, where, { maximum });
      if (issue.origin === 'array' && keys.tooManyItems) return error(keys.tooManyItems, where, { maximum });
      return error(issue.inclusive === false && keys.notBelow ? keys.notBelow : keys.above, where, { maximum });
    }
    case 'invalid_format':
      return error(keys.badFormat, where);
    case 'invalid_value':
      return error(keys.notOneOf, where, { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return keys.unknownKeys ? error(keys.unknownKeys, where, { keys: issue.keys.join(', ') }) : error(keys.other, where, { detail: issue.message });
    case 'invalid_union':
      return error(keys.noVariant ?? keys.other, where, keys.noVariant ? {} : { detail: issue.message });
    default:
      return error(keys.other, where, { detail: issue.message });
  }
}
