// Schema failures as problems in the reader's language: each zod issue becomes a message key with its
// numbers, never zod's own English (or a sentence fixed in one language in the schema).
import type { z } from 'zod';
import { MESSAGE_KEYS, type MessageKey } from '../i18n/translate';
import { error, type Problem } from '../problems';
import { LEAF_KINDS } from './schema';

const TYPE_KEYS = {
  number: 'standard.schema.expected.number',
  string: 'standard.schema.expected.string',
  boolean: 'standard.schema.expected.boolean',
  array: 'standard.schema.expected.array',
  object: 'standard.schema.expected.object',
} as const;

/** The issue says the value is not of this union branch at all (unknown leaf kind, or a group without children). */
function isNotThisBranch(issue: z.core.$ZodIssue): boolean {
  const last = issue.path.at(-1);
  if (last === 'kind' && issue.code === 'invalid_union') return true;
  return last === 'children' && issue.path.length === 1 && issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
}

function problemsOf(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    // A node is a leaf or a group. Report the branch the author meant: not the leaf branch when the node
    // has no known kind, not the group branch when it has no children; the closest of what remains.
    const meant = issue.errors.filter((branch) => !branch.some(isNotThisBranch));
    const closest = meant.reduce<z.core.$ZodIssue[] | null>((best, branch) => (best === null || branch.length < best.length ? branch : best), null);
    if (closest && closest.length > 0) return closest.flatMap((inner) => problemsOf(inner, path));
    const kindIssue = issue.errors.flat().find((inner) => inner.path.at(-1) === 'kind');
    if (kindIssue) return [error('standard.schema.unknownKind', [...path, 'kind'].map(String).join('.'), { values: LEAF_KINDS.join(', ') })];
  }
  return [problemOf(issue, path.map(String).join('.') || '(root)')];
}

function problemOf(issue: z.core.$ZodIssue, where: string): Problem {
  switch (issue.code) {
    case 'invalid_type': {
      // zod 4 reports an absent field as an invalid type whose input was undefined.
      if (issue.message.endsWith('received undefined')) return error('standard.schema.missing', where);
      const key = TYPE_KEYS[issue.expected as keyof typeof TYPE_KEYS];
      return key ? error(key, where) : error('standard.schema.other', where, { detail: issue.message });
    }
    case 'too_small':
      if (issue.origin === 'string') return error('standard.schema.empty', where);
      if (issue.origin === 'array') return error('standard.schema.tooFewItems', where, { minimum: Number(issue.minimum) });
      return issue.inclusive === false
        ? error('standard.schema.notAbove', where, { minimum: Number(issue.minimum) })
        : error('standard.schema.below', where, { minimum: Number(issue.minimum) });
    case 'too_big':
      return error('standard.schema.above', where, { maximum: Number(issue.maximum) });
    case 'invalid_format':
      return where.endsWith('id') || where === 'tieBreak' || where.startsWith('tieBreak.')
        ? error('standard.schema.badId', where)
        : error('standard.schema.badFormat', where);
    case 'invalid_value':
      return error('standard.schema.notOneOf', where, { values: issue.values.map(String).join(', ') });
    case 'invalid_union':
      return error('standard.schema.badIndicator', where);
    case 'custom': {
      // A custom check names its own message key (see leafValuesSchema); otherwise zod's text is all we have.
      const key = (issue.params as { messageKey?: unknown } | undefined)?.messageKey;
      return isMessageKey(key) ? error(key, where) : error('standard.schema.other', where, { detail: issue.message });
    }
    default:
      return error('standard.schema.other', where, { detail: issue.message });
  }
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(MESSAGE_KEYS);
const isMessageKey = (key: unknown): key is MessageKey => typeof key === 'string' && KNOWN_KEYS.has(key);

export function zodIssuesToProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue) => problemsOf(issue, []));
}
