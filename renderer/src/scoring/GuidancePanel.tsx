// The scoring guidance and the evidence to look at for one indicator, shown when the expert asks (Alt+G):
// most rows never open it, so it is not rendered until then.
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { Leaf } from '../../../shared/standard/schema';

export interface GuidancePanelProps {
  id: string;
  leaf: Leaf;
  locale: Locale;
}

export function GuidancePanel({ id, leaf, locale }: GuidancePanelProps) {
  const guidance = leaf.guidance.trim();
  return (
    <div id={id} className="rd-score-guidance" role="region" aria-label={translate(locale, 'scoringPanel.guidance.heading')}>
      <h5>{translate(locale, 'scoringPanel.guidance.heading')}</h5>
      <p>{guidance || translate(locale, 'scoringPanel.guidance.none')}</p>
      <h5>{translate(locale, 'scoringPanel.evidence.heading')}</h5>
      {leaf.evidence.length > 0 ? (
        <ul>
          {leaf.evidence.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      ) : (
        <p>{translate(locale, 'scoringPanel.evidence.none')}</p>
      )}
    </div>
  );
}
