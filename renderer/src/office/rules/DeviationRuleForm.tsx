// 偏离提示: an expert whose total is more than N points from the panel's, or whose z-score exceeds a limit,
// is asked to explain. Either check may be off (left empty); each saved once it reads.
import { Input } from 'antd';
import { useState } from 'react';
import type { DeviationRule } from '../../../../shared/standard/schema';
import { useApp } from '../../app/app-context';
import { FormField } from '../FormField';
import { numberText, readDecimal } from './number-text';

type Part = keyof DeviationRule;
const PARTS: readonly Part[] = ['absolute', 'z'];

/** Empty is off (null); otherwise a positive number with at most two decimals; undefined when it does not read. */
const limitOf = (text: string): number | null | undefined => {
  if (text.trim() === '') return null;
  const value = readDecimal(text);
  return value > 0 ? value : undefined;
};

export function DeviationRuleForm({ value, onChange }: { value: DeviationRule; onChange: (next: DeviationRule) => void }) {
  const { t } = useApp();
  const [texts, setTexts] = useState<Record<Part, string>>(() => ({ absolute: numberText(value.absolute), z: numberText(value.z) }));

  const change = (part: Part, text: string): void => {
    const next = { ...texts, [part]: text };
    setTexts(next);
    const absolute = limitOf(next.absolute);
    const z = limitOf(next.z);
    if (absolute !== undefined && z !== undefined) onChange({ absolute, z });
  };

  return (
    <section className="rd-office-section" aria-labelledby="rd-rules-deviation">
      <h3 id="rd-rules-deviation">{t('officeWorkspace.rules.deviation.title')}</h3>
      <p className="rd-help">{t('officeWorkspace.rules.deviation.help')}</p>
      {PARTS.map((part) => (
        <FormField
          key={part}
          id={`rd-rules-deviation-${part}`}
          label={t(`officeWorkspace.rules.deviation.${part}`)}
          error={limitOf(texts[part]) === undefined ? t('officeWorkspace.rules.deviation.invalid') : undefined}
        >
          <Input inputMode="decimal" className="rd-short-input" value={texts[part]} onChange={(event) => change(part, event.target.value)} />
        </FormField>
      ))}
    </section>
  );
}
