// 同分排序: the indicators compared, in order, when two applications have the same total. Picked from the
// standard's scored indicators (a veto or prerequisite has no score to compare); each saved at once.
// A plain <select> rather than antd's Select: the list is short text, and a native control is what a
// keyboard and a screen reader handle best.
import { Button } from 'antd';
import { useState } from 'react';
import type { Standard } from '../../../../shared/standard/schema';
import { useApp } from '../../app/app-context';
import { tieBreakCandidates } from './rules-edit';

export function TieBreakOrder({ standard, onChange }: { standard: Standard; onChange: (next: string[]) => void }) {
  const { t } = useApp();
  const candidates = tieBreakCandidates(standard);
  const names = new Map(candidates.map((candidate) => [candidate.id, candidate.name]));
  const order = standard.tieBreak;
  const free = candidates.filter((candidate) => !order.includes(candidate.id));
  const [picked, setPicked] = useState('');
  const chosen = free.some((candidate) => candidate.id === picked) ? picked : (free[0]?.id ?? '');

  const move = (index: number, by: -1 | 1): void => {
    const next = [...order];
    const [id] = next.splice(index, 1);
    if (id !== undefined) next.splice(index + by, 0, id);
    onChange(next);
  };

  return (
    <section className="rd-office-section" aria-labelledby="rd-rules-tiebreak">
      <h3 id="rd-rules-tiebreak">{t('officeWorkspace.rules.tieBreak.title')}</h3>
      <p className="rd-help">{t('officeWorkspace.rules.tieBreak.help')}</p>
      {order.length === 0 ? (
        <p className="rd-help">{t('officeWorkspace.rules.tieBreak.none')}</p>
      ) : (
        <ol className="rd-tiebreak" data-testid="tie-break-order">
          {order.map((id, index) => {
            const label = `${id} ${names.get(id) ?? t('officeWorkspace.rules.tieBreak.unknown')}`;
            return (
              <li key={id}>
                <span>{label}</span>
                <Button size="small" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('officeWorkspace.rules.tieBreak.up', { label })}>
                  ↑
                </Button>
                <Button size="small" disabled={index === order.length - 1} onClick={() => move(index, 1)} aria-label={t('officeWorkspace.rules.tieBreak.down', { label })}>
                  ↓
                </Button>
                <Button size="small" onClick={() => onChange(order.filter((other) => other !== id))} aria-label={t('officeWorkspace.rules.tieBreak.remove', { label })}>
                  {t('officeWorkspace.rules.tieBreak.removeShort')}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      {free.length > 0 && (
        <div className="rd-inline">
          <select aria-label={t('officeWorkspace.rules.tieBreak.pick')} className="rd-native-select" value={chosen} onChange={(event) => setPicked(event.target.value)}>
            {free.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.id} {candidate.name}
              </option>
            ))}
          </select>
          <Button onClick={() => chosen !== '' && onChange([...order, chosen])}>{t('officeWorkspace.rules.tieBreak.add')}</Button>
        </div>
      )}
    </section>
  );
}
