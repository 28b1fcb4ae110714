// The expert's written opinion on the application (strengths, problems, suggestions) and the
// recommendation. Few fields, so antd's inputs are used here; the 120 indicator rows use plain elements.
import { Input, Radio } from 'antd';
import { useId } from 'react';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { RECOMMENDATIONS, type Opinion } from '../../../shared/scoring/score-sheet';
import type { Recommendation } from './sheet-edit';

export interface OpinionFormProps {
  opinion: Opinion;
  recommendation: Recommendation;
  onChange: (opinion: Opinion, recommendation: Recommendation) => void;
  locale: Locale;
  disabled: boolean;
}

const FIELDS = ['strengths', 'problems', 'suggestions'] as const;

export function OpinionForm({ opinion, recommendation, onChange, locale, disabled }: OpinionFormProps) {
  const idBase = useId();
  const headingId = `${idBase}-heading`;
  const recommendationId = `${idBase}-recommendation`;
  return (
    <section className="rd-score-opinion" aria-labelledby={headingId}>
      <h3 id={headingId}>{translate(locale, 'scoringPanel.opinion.heading')}</h3>
      {FIELDS.map((field) => (
        <div key={field} className="rd-score-opinion-field">
          <label htmlFor={`${idBase}-${field}`}>{translate(locale, `scoringPanel.opinion.${field}`)}</label>
          <Input.TextArea
            id={`${idBase}-${field}`}
            rows={3}
            value={opinion[field]}
            disabled={disabled}
            onChange={(event) => onChange({ ...opinion, [field]: event.target.value }, recommendation)}
          />
        </div>
      ))}
      <div className="rd-score-opinion-field">
        <span id={recommendationId}>{translate(locale, 'scoringPanel.recommendation.label')}</span>
        <Radio.Group
          aria-labelledby={recommendationId}
          value={recommendation}
          disabled={disabled}
          onChange={(event) => onChange(opinion, event.target.value as Recommendation)}
          options={RECOMMENDATIONS.map((value) => ({ value, label: translate(locale, `scoringPanel.recommendation.${value}`) }))}
        />
      </div>
    </section>
  );
}
