// Reading a standard from the project's JSON format: parse, check the format tag, validate the schema,
// then the semantics. Never throws on bad input; returns the problems instead.
import { error, hasErrors, type Problem } from '../problems';
import { zodIssuesToProblems } from './schema-problems';
import { STANDARD_FORMAT, STANDARD_FORMAT_VERSION, standardSchema, type Standard } from './schema';
import { validateStandard } from './validate';

export interface StandardReadResult {
  /** Present only when there are no errors (warnings may remain). */
  standard: Standard | null;
  problems: Problem[];
}

export function readStandard(value: unknown): StandardReadResult {
  if (typeof value !== 'object' || value === null) return { standard: null, problems: [error('standard.wrongFormat', '(root)')] };
  const tagged = value as { format?: unknown; formatVersion?: unknown };
  if (tagged.format !== STANDARD_FORMAT) return { standard: null, problems: [error('standard.wrongFormat', 'format')] };
  if (typeof tagged.formatVersion === 'number' && tagged.formatVersion > STANDARD_FORMAT_VERSION) {
    return {
      standard: null,
      problems: [
        error('standard.newerFormat', 'formatVersion', {
          version: tagged.formatVersion,
          supported: STANDARD_FORMAT_VERSION,
        }),
      ],
    };
  }
  const parsed = standardSchema.safeParse(value);
  if (!parsed.success) return { standard: null, problems: zodIssuesToProblems(parsed.error.issues, value) };
  const problems = validateStandard(parsed.data);
  return { standard: hasErrors(problems) ? null : parsed.data, problems };
}

export function readStandardJson(text: string): StandardReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return { standard: null, problems: [error('standard.notJson', '(file)', { detail })] };
  }
  return readStandard(value);
}
