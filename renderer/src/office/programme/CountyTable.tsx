// Every county in one plain table (code, name, city, batch, 脱贫县, state, last step, next due) with the filters
// above it; a row's button opens the county's panel. A next step past its date is red, as the office asked.
import { Button, Input } from 'antd';
import { useMemo, useState } from 'react';
import { COUNTY_STATES, type CountyState } from '../../../../shared/lifecycle/county-states';
import { useApp } from '../../app/app-context';
import { filterCounties, NO_COUNTY_FILTER, type CountyFilter } from './county-filter';
import type { CountyOverview } from './programme-answer';

interface CountyTableProps {
  counties: readonly CountyOverview[];
  selected: string | null;
  onSelect: (code: string) => void;
}

export function CountyTable({ counties, selected, onSelect }: CountyTableProps) {
  const { t } = useApp();
  const [filter, setFilter] = useState<CountyFilter>(NO_COUNTY_FILTER);
  const shown = useMemo(() => filterCounties(counties, filter), [counties, filter]);
  const batches = useMemo(() => [...new Set(counties.map((county) => county.batch))].sort((a, b) => a - b), [counties]);
  return (
    <section className="rd-office-section" aria-labelledby="rd-programme-table-title">
      <h3 id="rd-programme-table-title">{t('programmeUi.table.title')}</h3>
      <div className="rd-inline rd-programme-filters">
        <label>
          {t('programmeUi.filter.state')}{' '}
          <select data-testid="programme-filter-state" value={filter.state} onChange={(event) => setFilter({ ...filter, state: event.target.value as CountyState | 'all' })}>
            <option value="all">{t('programmeUi.filter.all')}</option>
            {COUNTY_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`lifecycle.state.${state}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('programmeUi.filter.batch')}{' '}
          <select
            data-testid="programme-filter-batch"
            value={String(filter.batch)}
            onChange={(event) => setFilter({ ...filter, batch: event.target.value === 'all' ? 'all' : Number(event.target.value) })}
          >
            <option value="all">{t('programmeUi.filter.all')}</option>
            {batches.map((batch) => (
              <option key={batch} value={String(batch)}>
                {t('programmeUi.filter.batchOption', { batch })}
              </option>
            ))}
          </select>
        </label>
        <Input
          className="rd-programme-search"
          data-testid="programme-filter-text"
          aria-label={t('programmeUi.filter.search')}
          placeholder={t('programmeUi.filter.search')}
          value={filter.text}
          onChange={(event) => setFilter({ ...filter, text: event.target.value })}
          allowClear
        />
      </div>
      <p className="rd-help" data-testid="programme-count">
        {t('programmeUi.table.count', { shown: shown.length, total: counties.length })}
      </p>
      <div className="rd-table-scroll">
        <table className="rd-table" data-testid="programme-table">
          <thead>
            <tr>
              <th>{t('programmeUi.table.code')}</th>
              <th>{t('programmeUi.table.name')}</th>
              <th>{t('programmeUi.table.city')}</th>
              <th>{t('programmeUi.table.batch')}</th>
              <th>{t('programmeUi.table.poverty')}</th>
              <th>{t('programmeUi.table.state')}</th>
              <th>{t('programmeUi.table.last')}</th>
              <th>{t('programmeUi.table.next')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((county) => (
              <CountyRow key={county.code} county={county} selected={county.code === selected} onSelect={onSelect} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="rd-help">{t('programmeUi.table.empty')}</p>}
    </section>
  );
}

function CountyRow({ county, selected, onSelect }: { county: CountyOverview; selected: boolean; onSelect: (code: string) => void }) {
  const { t } = useApp();
  const last = county.lastTransition?.event;
  const overdue = county.nextDue.kind === 'dated' && county.nextDue.daysLeft < 0;
  return (
    <tr data-testid="programme-row" data-code={county.code} aria-selected={selected} className={selected ? 'rd-programme-selected' : undefined}>
      <td className="rd-mono">{county.code}</td>
      <th scope="row">{county.name}</th>
      <td>{county.city}</td>
      <td>{county.batch}</td>
      <td>{county.povertyAlleviated ? t('programmeUi.table.povertyMark') : ''}</td>
      <td data-testid="programme-row-state">{county.stateLabel}</td>
      <td>{last === undefined ? t('programmeUi.table.none') : [last.date, t(`lifecycle.event.${last.kind}`), last.documentNumber].filter((part) => part !== undefined).join(' · ')}</td>
      <td data-testid="programme-row-next" className={overdue ? 'rd-programme-alarm' : undefined}>
        {county.nextDueLine}
      </td>
      <td>
        <Button size="small" onClick={() => onSelect(county.code)} data-testid="programme-row-open">
          {t('programmeUi.table.select')}
        </Button>
      </td>
    </tr>
  );
}
