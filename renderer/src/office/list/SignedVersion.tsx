// One signed version, read-only: locked, who signed it with which key and when, the list's hash, the list
// with the hand-made changes marked, every adjustment with its reason, the dissent and the note. When scores
// came in after it was signed, it says so: the list was decided on other data, check it and make a new one.
import { Alert, Tag } from 'antd';
import { reportDateTime } from '../../../../shared/reports/report-text';
import { groupedFingerprint } from '../../../../shared/util/fingerprint';
import { useApp } from '../../app/app-context';
import { AdjustmentList } from './AdjustmentList';
import { DissentList } from './DissentEditor';
import { ListTable } from './ListTable';
import { signedView } from './list-rows';
import type { CountyNamer } from './list-text';
import type { ComputedEntry, SignedListVersion } from './list-types';

export interface SignedVersionProps {
  version: SignedListVersion;
  /** The current results' entries by id (poverty, original rank); empty when the results are not at hand. */
  known: ReadonlyMap<string, ComputedEntry>;
  county: CountyNamer;
}

export function SignedVersion({ version, known, county }: SignedVersionProps) {
  const { t, locale } = useApp();
  const { payload } = version;
  const n = payload.version;
  return (
    <div className="rd-list-signed" data-testid={`list-version-${n}`}>
      <p>
        <Tag color="green" data-testid="list-locked">
          {t('officeList.signed.locked', { version: n })}
        </Tag>
        <span className="rd-help">{t('officeList.signed.lockedHelp')}</span>
      </p>
      {!version.matchesCurrentData && <Alert type="warning" showIcon data-testid="list-data-changed-since" title={t('officeList.signed.dataChangedSince', { version: n })} />}
      <dl className="rd-list-facts">
        <div>
          <dt>{t('officeList.signed.signer')}</dt>
          <dd>{payload.signer.name}</dd>
        </div>
        <div>
          <dt>{t('officeList.signed.signedAt')}</dt>
          <dd>{reportDateTime(locale, payload.signedAt)}</dd>
        </div>
        <div>
          <dt>{t('officeList.signed.key')}</dt>
          <dd className="rd-mono">{groupedFingerprint(payload.signer.fingerprint)}</dd>
        </div>
        <div>
          <dt>{t('officeList.signed.hash')}</dt>
          <dd className="rd-mono" data-testid="list-version-hash">
            {groupedFingerprint(version.hash)}
          </dd>
        </div>
      </dl>
      <ListTable view={signedView(payload, known)} caption={t('officeList.signed.caption', { version: n })} testId={`list-version-${n}-table`} />
      <h4>{t('officeList.adjustments.title')}</h4>
      <AdjustmentList adjustments={payload.adjustments} county={county} testId={`list-version-${n}-adjustments`} />
      <h4>{t('officeList.dissent.title')}</h4>
      <DissentList dissent={payload.dissent} />
      <h4>{t('officeList.note.title')}</h4>
      <p className="rd-list-note">{payload.note.trim() === '' ? t('officeList.note.none') : payload.note}</p>
    </div>
  );
}
