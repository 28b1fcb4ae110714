// The signed suggestion list in words, as the review report and the workbook both print it: each manual
// adjustment with its reason, each dissent note, the note, and the signing line (version, signer, key
// fingerprint, time, the list's hash and the version it replaces). The two reports keep their own wording in
// their own locale file (reportPdf.signedList.* and reportWorkbook.signedList.*, the same keys below).
import { translate, type Locale, type MessageParams } from '../i18n/translate';
import type { ListAdjustment, SignedListEntry } from '../files/suggestion-list-file';
import { groupedFingerprint } from '../util/fingerprint';
import type { ReportModel } from './report-model';
import { reportDateTime } from './report-text';
import type { ReportSignedList } from './report-signed-list';

export type SignedListWords = 'reportPdf.signedList' | 'reportWorkbook.signedList';

type Suffix = 'adjust.include' | 'adjust.exclude' | 'adjust.move' | 'none' | 'dissent' | 'note' | 'signature' | 'replaces' | 'byHand.include' | 'byHand.move';

export interface SignedListText {
  /** One line per adjustment in the order applied, or the one word for none. */
  adjustments: string[];
  /** One line per dissent note, or the one word for none. */
  dissent: string[];
  /** The office's note; null when it wrote none. */
  note: string | null;
  /** Version, signer, key fingerprint, time and hash; then the version replaced, when there is one. */
  signature: string[];
  /** The mark on an entry changed by hand, or ''. */
  byHand: (entry: SignedListEntry) => string;
}

export function signedListText(locale: Locale, words: SignedListWords, model: ReportModel, list: ReportSignedList): SignedListText {
  const say = (suffix: Suffix, params: MessageParams = {}): string => translate(locale, `${words}.${suffix}`, params);
  const { payload } = list;
  const countyOf = new Map(model.results.applications.map((app) => [app.applicationId, app.countyName]));
  for (const entry of payload.entries) if (!countyOf.has(entry.applicationId)) countyOf.set(entry.applicationId, entry.countyName);
  const adjustment = (a: ListAdjustment): string => {
    const params = { county: countyOf.get(a.applicationId) ?? a.applicationId, id: a.applicationId, reason: a.reason };
    return a.kind === 'move' ? say('adjust.move', { ...params, position: a.toPosition }) : say(`adjust.${a.kind}`, params);
  };
  const moved = new Set(payload.adjustments.flatMap((a) => (a.kind === 'move' ? [a.applicationId] : [])));
  const signature = [
    say('signature', {
      version: payload.version,
      signer: payload.signer.name,
      fingerprint: groupedFingerprint(payload.signer.fingerprint),
      // signedAt is the signing computer's clock as written; printed as written if it is not a time we can read.
      time: Number.isNaN(Date.parse(payload.signedAt)) ? payload.signedAt : reportDateTime(locale, payload.signedAt),
      hash: groupedFingerprint(list.hash),
    }),
    ...(payload.version > 1 ? [say('replaces', { previous: payload.version - 1, previousHash: groupedFingerprint(payload.previousHash ?? '') })] : []),
  ];
  return {
    adjustments: payload.adjustments.length === 0 ? [say('none')] : payload.adjustments.map(adjustment),
    dissent: payload.dissent.length === 0 ? [say('none')] : payload.dissent.map((d) => say('dissent', { by: d.by, text: d.text })),
    note: payload.note.trim() === '' ? null : say('note', { text: payload.note }),
    signature,
    byHand: (entry) => (entry.computedPosition === null ? say('byHand.include') : moved.has(entry.applicationId) ? say('byHand.move') : ''),
  };
}
