// The outcome of the last import or assembly, one line per package: added (county, code, city, documents,
// and any warnings), refused with the host's own reasons, or held back because the county is listed already
// — then the office is asked in place whether the new package replaces the listed one. A package added whose
// necessary condition is unmet is listed but not scored: a warning that says so and why, not a success.
// Warnings go in the title, not antd's description: with a description antd sets the title a size larger.
import { Alert } from 'antd';
import { checkPrerequisites } from '../../../../shared/office/prerequisite-check';
import type { DraftApplication } from '../../../../shared/office/session-draft';
import type { CompiledStandard } from '../../../../shared/standard/compile';
import { useApp } from '../../app/app-context';
import { InlineConfirm } from './InlineConfirm';
import type { ResultLine } from './result-lines';

export interface ResultLinesProps {
  lines: readonly ResultLine[];
  /** The draft's list now: a held-back county is compared with what is listed. */
  listed: readonly DraftApplication[];
  /** The standard in use, to tell an added package that will not be scored; null before there is one. */
  compiled: CompiledStandard | null;
  onDecide: (index: number, replace: boolean) => void;
}

export function ResultLines({ lines, listed, compiled, onDecide }: ResultLinesProps) {
  const { t } = useApp();
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="rd-applications-results-title" data-testid="import-results">
      <h3 id="rd-applications-results-title">{t('officeApplications.result.title')}</h3>
      <ul className="rd-applications-results">
        {lines.map((line, index) => (
          <li key={`${index}-${line.name}`} data-testid="import-line" className={`rd-applications-line rd-applications-line-${line.kind}`}>
            <Line line={line} listed={listed} compiled={compiled} onDecide={(replace) => onDecide(index, replace)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

interface LineProps {
  line: ResultLine;
  listed: readonly DraftApplication[];
  compiled: CompiledStandard | null;
  onDecide: (replace: boolean) => void;
}

function Line({ line, listed, compiled, onDecide }: LineProps) {
  const { t } = useApp();
  if (line.kind === 'refused') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('officeApplications.result.refused', { name: line.name })}
        description={
          <ul>
            {line.messages.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        }
      />
    );
  }
  const { application } = line;
  const county = { county: application.countyName, code: application.countyCode };
  const accepted = t('officeApplications.result.accepted', { ...county, city: application.city, documents: application.documents.length });
  const warnings = line.warnings.length > 0 && (
    <ul className="rd-help">
      {line.warnings.map((warning, index) => (
        <li key={index}>{warning}</li>
      ))}
    </ul>
  );
  if (line.kind === 'added') {
    const missing = compiled === null ? [] : checkPrerequisites(compiled, application.documents).missing;
    if (missing.length > 0) {
      const reasons = missing.map(({ id, name, role }) => t('officeApplications.result.missingReason', { id, name, role: t(`package.role.${role}`) })).join('').trim();
      return (
        <Alert
          type="warning"
          showIcon
          data-testid="import-line-not-scored"
          title={
            <>
              {t('officeApplications.result.acceptedNotScored', { ...county, city: application.city, documents: application.documents.length, reasons })}
              {warnings}
            </>
          }
        />
      );
    }
    return (
      <Alert
        type="success"
        showIcon
        title={
          <>
            {accepted}
            {warnings}
          </>
        }
      />
    );
  }
  const existing = listed.find((listedOne) => listedOne.countyCode === application.countyCode);
  return (
    <Alert
      type="warning"
      showIcon
      title={accepted}
      description={
        <>
          {warnings}
          {line.decision === 'pending' ? (
            <InlineConfirm
              testId="duplicate-question"
              question={t('officeApplications.duplicate.question', { ...county, documents: existing?.documents.length ?? 0, newDocuments: application.documents.length })}
              yes={t('officeApplications.duplicate.replace')}
              no={t('officeApplications.duplicate.keep')}
              onYes={() => onDecide(true)}
              onNo={() => onDecide(false)}
            />
          ) : (
            <p>{t(line.decision === 'replaced' ? 'officeApplications.result.replaced' : 'officeApplications.result.kept', county)}</p>
          )}
        </>
      }
    />
  );
}
