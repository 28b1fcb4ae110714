// 国家级脱贫县倾斜: none, bonus points, priority within N points of the cut line, or places reserved. The
// number belongs to the rule chosen (points for the first two, places for the last); a rule is saved once its
// number reads, and the report later says which rule applied.
import { Input, Radio } from 'antd';
import { useState } from 'react';
import type { PreferenceRule } from '../../../../shared/standard/schema';
import { useApp } from '../../app/app-context';
import { FormField } from '../FormField';
import { numberText, readDecimal, readWhole } from './number-text';

type Kind = PreferenceRule['kind'];
const KINDS: readonly Kind[] = ['none', 'bonusPoints', 'withinPoints', 'reservedPlaces'];

/** The rule the kind and the typed number make, or null when the number does not read for that kind. */
export function preferenceOf(kind: Kind, text: string): PreferenceRule | null {
  if (kind === 'none') return { kind };
  if (kind === 'reservedPlaces') {
    const places = readWhole(text);
    return places > 0 ? { kind, places } : null;
  }
  const points = readDecimal(text);
  return points > 0 ? { kind, points } : null;
}

const numberOf = (rule: PreferenceRule): string => (rule.kind === 'none' ? '' : numberText(rule.kind === 'reservedPlaces' ? rule.places : rule.points));

export function PreferenceRuleForm({ value, onChange }: { value: PreferenceRule; onChange: (next: PreferenceRule) => void }) {
  const { t } = useApp();
  const [kind, setKind] = useState<Kind>(value.kind);
  const [text, setText] = useState(() => numberOf(value));
  const current = preferenceOf(kind, text);

  const change = (nextKind: Kind, nextText: string): void => {
    setKind(nextKind);
    setText(nextText);
    const rule = preferenceOf(nextKind, nextText);
    if (rule) onChange(rule);
  };

  return (
    <section className="rd-office-section" aria-labelledby="rd-rules-preference">
      <h3 id="rd-rules-preference">{t('officeWorkspace.rules.preference.title')}</h3>
      <Radio.Group
        aria-labelledby="rd-rules-preference"
        className="rd-vertical-radios"
        value={kind}
        onChange={(event) => change(event.target.value as Kind, text)}
        options={KINDS.map((option) => ({ value: option, label: t(`officeWorkspace.rules.preference.${option}`) }))}
      />
      {kind !== 'none' && (
        <FormField
          id="rd-rules-preference-number"
          label={t(kind === 'reservedPlaces' ? 'officeWorkspace.rules.preference.places' : 'officeWorkspace.rules.preference.points')}
          error={current ? undefined : t(kind === 'reservedPlaces' ? 'officeWorkspace.rules.preference.placesInvalid' : 'officeWorkspace.rules.preference.pointsInvalid')}
        >
          <Input inputMode="decimal" className="rd-short-input" value={text} onChange={(event) => change(kind, event.target.value)} />
        </FormField>
      )}
    </section>
  );
}
