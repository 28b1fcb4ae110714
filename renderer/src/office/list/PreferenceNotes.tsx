// The preference rule applied in plain sight: the rule's sentence, each county it moved (who, from where to
// where, whom it replaced) with the rule's own explanation, and a tie at the cut line as something the
// office must decide itself — by an adjustment with its reason, since the rule cannot.
import { Alert } from 'antd';
import { useApp } from '../../app/app-context';
import type { CountyNamer } from './list-text';
import type { ComputedSuggestionList } from './list-types';

export function PreferenceNotes({ list, county }: { list: ComputedSuggestionList; county: CountyNamer }) {
  const { t } = useApp();
  const { moves, tieAtCutLine: tie, ruleSummary } = list;
  const names = (ids: readonly string[]): string => ids.map(county).join(t('officeList.separator'));
  return (
    <section aria-labelledby="rd-list-preference-title" data-testid="list-preference">
      <h3 id="rd-list-preference-title">{t('officeList.preference.title')}</h3>
      <p data-testid="list-rule-summary">{t(ruleSummary.key, ruleSummary.params)}</p>
      {moves.length === 0 ? (
        <p className="rd-help">{t('officeList.preference.noMoves')}</p>
      ) : (
        <ul className="rd-list-moves">
          {moves.map((move) => (
            <li key={move.applicationId} data-testid={`list-move-${move.applicationId}`}>
              <strong>
                {t('officeList.move.line', { county: move.countyName, rule: t(`officeList.rule.${move.rule}`), from: move.fromPosition, to: move.toPosition })}
                {move.displaced.length > 0 && t('officeList.move.displaced', { counties: names(move.displaced) })}
              </strong>
              <div className="rd-help">{t(move.explanation.key, move.explanation.params)}</div>
            </li>
          ))}
        </ul>
      )}
      {tie !== null && (
        <Alert
          type="warning"
          showIcon
          data-testid="list-tie"
          title={t(tie.explanation.key, tie.explanation.params)}
          description={
            <>
              <p>{t('officeList.tie.who', { inside: names(tie.inside), outside: names(tie.outside) })}</p>
              <p>{t('officeList.tie.decide')}</p>
            </>
          }
        />
      )}
    </section>
  );
}
