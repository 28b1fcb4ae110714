// 等次: the grade bands by minimum total (优秀 ≥ 90, 合格 ≥ 80 …). Rows are edited in place and saved, highest
// first, whenever all of them read; a row that does not read is named with its line and what is wrong.
import { Button, Input } from 'antd';
import { useState } from 'react';
import type { GradeBand } from '../../../../shared/standard/schema';
import { useApp } from '../../app/app-context';
import { checkGrades, rowsOf, type GradeRow } from './grade-rows';

export interface GradeBandsProps {
  value: readonly GradeBand[];
  /** The highest total an application can reach (total points + bonus cap). */
  ceiling: number;
  onChange: (next: GradeBand[]) => void;
}

export function GradeBands({ value, ceiling, onChange }: GradeBandsProps) {
  const { t } = useApp();
  const [rows, setRows] = useState<GradeRow[]>(() => rowsOf(value));
  const check = checkGrades(rows, ceiling);

  const change = (next: GradeRow[]): void => {
    setRows(next);
    const checked = checkGrades(next, ceiling);
    if (checked.ok) onChange(checked.bands);
  };
  const edit = (index: number, patch: Partial<GradeRow>): void => change(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <section className="rd-office-section" aria-labelledby="rd-rules-grades">
      <h3 id="rd-rules-grades">{t('officeWorkspace.rules.grades.title')}</h3>
      <p className="rd-help">{t('officeWorkspace.rules.grades.help', { max: ceiling })}</p>
      {rows.length === 0 && <p className="rd-help">{t('officeWorkspace.rules.grades.none')}</p>}
      <ol className="rd-grade-rows">
        {rows.map((row, index) => (
          // Index keys: rows have no identity of their own while being typed, and only the last is added or any removed.
          <li key={index} className="rd-grade-row">
            <Input aria-label={t('officeWorkspace.rules.grades.name', { line: index + 1 })} value={row.name} maxLength={20} onChange={(event) => edit(index, { name: event.target.value })} />
            <span aria-hidden="true">≥</span>
            <Input
              aria-label={t('officeWorkspace.rules.grades.min', { line: index + 1 })}
              inputMode="decimal"
              className="rd-short-input"
              value={row.min}
              onChange={(event) => edit(index, { min: event.target.value })}
            />
            <Button onClick={() => change(rows.filter((_, i) => i !== index))}>{t('officeWorkspace.rules.grades.remove', { line: index + 1 })}</Button>
          </li>
        ))}
      </ol>
      {!check.ok && (
        <ul className="rd-field-error" role="alert">
          {check.messages.map((message, index) => (
            <li key={index}>{t(message.key, message.params)}</li>
          ))}
        </ul>
      )}
      <Button onClick={() => change([...rows, { name: '', min: '' }])}>{t('officeWorkspace.rules.grades.add')}</Button>
    </section>
  );
}
