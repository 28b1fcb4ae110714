// Schema failures of a package manifest as problems in the reader's language: each zod issue becomes a
// message key with its numbers, so a county official reads which field is wrong and how, in Chinese.
import type { z } from 'zod';
import type { MessageKey } from '../i18n/translate';
import { error, type Problem } from '../problems';

const TYPE_KEYS: Partial<Record<string, MessageKey>> = {
  number: 'package.manifest.schema.expected.number',
  int: 'package.manifest.schema.expected.integer',
  string: 'package.manifest.schema.expected.string',
  boolean: 'package.manifest.schema.expected.boolean',
  array: 'package.manifest.schema.expected.array',
  object: 'package.manifest.schema.expected.object',
};

/** Fields whose format has a message of its own, by the last element of the issue's path. */
const FORMAT_KEYS: Partial<Record<string, MessageKey>> = {
  countyCode: 'package.manifest.schema.countyCode',
  sha256: 'package.manifest.schema.sha256',
  email: 'package.manifest.schema.email',
};

/** What the input holds at a path; undefined when any step is absent. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function problemOf(issue: z.core.$ZodIssue, input: unknown): Problem {
  const where = issue.path.map(String).join('.') || '(root)';
  switch (issue.code) {
    case 'invalid_type': {
      // Decided from the input, not from zod's English message.
      if (valueAt(input, issue.path) === undefined) return error('package.manifest.schema.missing', where);
      const key = TYPE_KEYS[issue.expected];
      return key ? error(key, where) : error('package.manifest.schema.other', where, { detail: issue.message });
    }
    case 'too_small':
      if (issue.origin === 'string') return error('package.manifest.schema.empty', where);
      if (issue.origin === 'array') return error('package.manifest.schema.tooFewItems', where, { minimum: Number(issue.minimum) });
      return issue.inclusive === false
        ? error('package.manifest.schema.notAbove', where, { minimum: Number(issue.minimum) })
        : error('package.manifest.schema.below', where, { minimum: Number(issue.minimum) });
    case 'too_big':
      return error('package.manifest.schema.above', where, { maximum: Number(issue.maximum) });
    case 'invalid_format':
      return error(FORMAT_KEYS[String(issue.path.at(-1))] ?? 'package.manifest.schema.badFormat', where);
    case 'invalid_value':
      return error('package.manifest.schema.notOneOf', where, { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return error('package.manifest.schema.unknownKey', where, { keys: issue.keys.join(', ') });
    case 'custom': {
      const fault: unknown = issue.params?.['pathFault'];
      if (fault === 'reserved') return error('package.manifest.schema.reservedPath', where);
      if (typeof fault === 'string') return error('package.manifest.schema.documentPath', where, { value: String(valueAt(input, issue.path)) });
      return error('package.manifest.schema.other', where, { detail: issue.message });
    }
    default:
      return error('package.manifest.schema.other', where, { detail: issue.message });
  }
}

export function manifestIssuesToProblems(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => problemOf(issue, input));
}
