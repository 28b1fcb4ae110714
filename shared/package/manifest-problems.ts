// Schema failures of a package manifest as problems in the reader's language: each zod issue becomes a
// message key with its numbers, so a county official reads which field is wrong and how, in Chinese.
import type { z } from 'zod';
import type { MessageKey } from '../i18n/translate';
import { error, type Problem } from '../problems';
import { issueProblem, valueAt, type IssueMessageKeys } from '../util/schema-issue-problem';

const MANIFEST_KEYS: IssueMessageKeys = {
  missing: 'package.manifest.schema.missing',
  expected: {
    number: 'package.manifest.schema.expected.number',
    int: 'package.manifest.schema.expected.integer',
    string: 'package.manifest.schema.expected.string',
    boolean: 'package.manifest.schema.expected.boolean',
    array: 'package.manifest.schema.expected.array',
    object: 'package.manifest.schema.expected.object',
  },
  empty: 'package.manifest.schema.empty',
  tooFewItems: 'package.manifest.schema.tooFewItems',
  notAbove: 'package.manifest.schema.notAbove',
  below: 'package.manifest.schema.below',
  above: 'package.manifest.schema.above',
  badFormat: 'package.manifest.schema.badFormat',
  notOneOf: 'package.manifest.schema.notOneOf',
  unknownKeys: 'package.manifest.schema.unknownKey',
  other: 'package.manifest.schema.other',
};

/** Fields whose format has a message of its own, by the last element of the issue's path. */
const FORMAT_KEYS: Partial<Record<string, MessageKey>> = {
  countyCode: 'package.manifest.schema.countyCode',
  sha256: 'package.manifest.schema.sha256',
  email: 'package.manifest.schema.email',
};

function problemOf(issue: z.core.$ZodIssue, input: unknown): Problem {
  const where = issue.path.map(String).join('.') || '(root)';
  if (issue.code === 'invalid_format') {
    return error(FORMAT_KEYS[String(issue.path.at(-1))] ?? 'package.manifest.schema.badFormat', where);
  }
  if (issue.code === 'custom') {
    const fault: unknown = issue.params?.['pathFault'];
    if (fault === 'reserved') return error('package.manifest.schema.reservedPath', where);
    if (typeof fault === 'string') return error('package.manifest.schema.documentPath', where, { value: String(valueAt(input, issue.path)) });
  }
  return issueProblem(issue, issue.path, where, MANIFEST_KEYS, input);
}

export function manifestIssuesToProblems(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => problemOf(issue, input));
}
