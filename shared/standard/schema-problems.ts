// Schema failures as problems in the reader's language: each zod issue becomes a message key with its
// numbers, never zod's own English (or a sentence fixed in one language in the schema).
import type { z } from 'zod';
import { MESSAGE_KEYS, type MessageKey } from '../i18n/translate';
import { error, type Problem } from '../problems';
import { issueProblem, valueAt, type IssueMessageKeys } from '../util/schema-issue-problem';
import { LEAF_KINDS } from './schema';

const STANDARD_KEYS: IssueMessageKeys = {
  missing: 'standard.schema.missing',
  expected: {
    number: 'standard.schema.expected.number',
    string: 'standard.schema.expected.string',
    boolean: 'standard.schema.expected.boolean',
    array: 'standard.schema.expected.array',
    object: 'standard.schema.expected.object',
  },
  empty: 'standard.schema.empty',
  tooFewItems: 'standard.schema.tooFewItems',
  notAbove: 'standard.schema.notAbove',
  below: 'standard.schema.below',
  above: 'standard.schema.above',
  badFormat: 'standard.schema.badFormat',
  notOneOf: 'standard.schema.notOneOf',
  noVariant: 'standard.schema.badIndicator',
  other: 'standard.schema.other',
};

/** The issue says the value is not of this union branch at all (unknown leaf kind, or a group without children). */
function isNotThisBranch(issue: z.core.$ZodIssue, branchPath: readonly PropertyKey[], input: unknown): boolean {
  const last = issue.path.at(-1);
  if (last === 'kind' && issue.code === 'invalid_union') return true;
  return last === 'children' && issue.path.length === 1 && valueAt(input, [...branchPath, 'children']) === undefined;
}

function problemsOf(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], input: unknown): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    // A node is a leaf or a group. Report the branch the author meant: not the leaf branch when the node
    // has no known kind, not the group branch when it has no children; the closest of what remains.
    const meant = issue.errors.filter((branch) => !branch.some((inner) => isNotThisBranch(inner, path, input)));
    const closest = meant.reduce<z.core.$ZodIssue[] | null>((best, branch) => (best === null || branch.length < best.length ? branch : best), null);
    if (closest && closest.length > 0) return closest.flatMap((inner) => problemsOf(inner, path, input));
    const kindIssue = issue.errors.flat().find((inner) => inner.path.at(-1) === 'kind');
    if (kindIssue) return [error('standard.schema.unknownKind', [...path, 'kind'].map(String).join('.'), { values: LEAF_KINDS.join(', ') })];
  }
  return [problemOf(issue, path, input)];
}

function problemOf(issue: z.core.$ZodIssue, path: readonly PropertyKey[], input: unknown): Problem {
  const where = path.map(String).join('.') || '(root)';
  if (issue.code === 'invalid_format' && (where.endsWith('id') || where === 'tieBreak' || where.startsWith('tieBreak.'))) {
    return error('standard.schema.badId', where);
  }
  if (issue.code === 'custom') {
    // A custom check names its own message key (see leafValuesSchema); otherwise zod's text is all we have.
    const key = (issue.params as { messageKey?: unknown } | undefined)?.messageKey;
    if (isMessageKey(key)) return error(key, where);
  }
  return issueProblem(issue, path, where, STANDARD_KEYS, input);
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(MESSAGE_KEYS);
const isMessageKey = (key: unknown): key is MessageKey => typeof key === 'string' && KNOWN_KEYS.has(key);

/** `input` is what was parsed, to tell an absent field from one of the wrong type. */
export function zodIssuesToProblems(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.flatMap((issue) => problemsOf(issue, [], input));
}
