// The versions signed before the one shown, newest first, each folded under one line (version, who, when)
// and opened on request: every version stays, none is ever changed.
import { reportDateTime } from '../../../../shared/reports/report-text';
import { useApp } from '../../app/app-context';
import type { CountyNamer } from './list-text';
import type { ComputedEntry, SignedListVersion } from './list-types';
import { SignedVersion } from './SignedVersion';

export interface VersionHistoryProps {
  versions: readonly SignedListVersion[];
  known: ReadonlyMap<string, ComputedEntry>;
  county: CountyNamer;
}

export function VersionHistory({ versions, known, county }: VersionHistoryProps) {
  const { t, locale } = useApp();
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="rd-list-history-title" data-testid="list-history">
      <h3 id="rd-list-history-title">{t('officeList.history.title')}</h3>
      <p className="rd-help">{t('officeList.history.help')}</p>
      {[...versions].reverse().map((version) => (
        <details key={version.hash} className="rd-list-history-item" data-testid={`list-history-${version.payload.version}`}>
          <summary>
            {t('officeList.history.summary', {
              version: version.payload.version,
              signer: version.payload.signer.name,
              at: reportDateTime(locale, version.payload.signedAt),
              listed: version.payload.entries.length,
            })}
          </summary>
          <SignedVersion version={version} known={known} county={county} />
        </details>
      ))}
    </section>
  );
}
