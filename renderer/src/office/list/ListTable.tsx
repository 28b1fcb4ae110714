// The list as a table: the places in order, the cut line drawn after the quota's last place with the scores
// either side, then the applications below it (the first ten, or all on request). Each row says what moved
// it: the preference rule, or the office by hand (人工调整). The editor adds actions and an inline form per
// row through render props; a signed version shows the table read-only.
import { Button, Tag } from 'antd';
import { Fragment, useState, type ReactNode } from 'react';
import { useApp } from '../../app/app-context';
import { hundredthsText } from './list-text';
import type { ListRow, ListView } from './list-rows';

/** Below the line, this many rows show until the clerk asks for all. */
const BELOW_SHOWN = 10;

export interface ListTableProps {
  view: ListView;
  caption: string;
  testId: string;
  /** Buttons for a row (the editor's adjustments); no column without it. */
  actions?: (row: ListRow) => ReactNode;
  /** A full-width row right under a row (the editor's open form). */
  under?: (row: ListRow) => ReactNode;
}

export function ListTable({ view, caption, testId, actions, under }: ListTableProps) {
  const { t } = useApp();
  const [showAll, setShowAll] = useState(false);
  const { places, listed, below } = view;
  // The line is the quota's: after place N. A list over the quota has rows under the line still on the list.
  const inside = listed.slice(0, places);
  const after = [...listed.slice(places), ...below];
  const shownAfter = showAll ? after : after.slice(0, Math.max(BELOW_SHOWN, listed.length - places));
  const columns = actions === undefined ? 5 : 6;

  const row = (entry: ListRow) => (
    <Fragment key={entry.applicationId}>
      <tr data-testid={`list-row-${entry.applicationId}`} data-manual={entry.manual ?? undefined} className={entry.manual === null ? undefined : 'rd-list-manual'}>
        <td>{entry.position ?? '—'}</td>
        <th scope="row">
          {entry.countyName}
          <div className="rd-help">{entry.countyCode}</div>
        </th>
        <td className="rd-list-number">{hundredthsText(entry.scoreH)}</td>
        <td className="rd-list-number">{entry.originalRank ?? '—'}</td>
        <td className="rd-table-wrap">
          <RowMarks entry={entry} places={places} />
        </td>
        {actions !== undefined && <td className="rd-list-actions">{actions(entry)}</td>}
      </tr>
      {under?.(entry)}
    </Fragment>
  );

  const lastIn = inside.at(-1);
  const firstOut = after[0];
  return (
    <div className="rd-table-scroll" data-testid={testId}>
      <table className="rd-table rd-list-table">
        <caption className="rd-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('officeList.table.position')}</th>
            <th scope="col">{t('officeList.table.county')}</th>
            <th scope="col" className="rd-list-number">
              {t('officeList.table.score')}
            </th>
            <th scope="col" className="rd-list-number">
              {t('officeList.table.rank')}
            </th>
            <th scope="col">{t('officeList.table.marks')}</th>
            {actions !== undefined && <th scope="col">{t('officeList.table.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {inside.length === 0 && (
            <tr>
              <td colSpan={columns}>{t('officeList.table.empty')}</td>
            </tr>
          )}
          {inside.map(row)}
          {places > 0 && (
            <tr className="rd-list-cut" data-testid="list-cut-line">
              <td colSpan={columns}>
                <strong>{t('officeList.cut.line', { places })}</strong>
                {lastIn !== undefined && <span className="rd-list-cut-score">{t('officeList.cut.lastIn', { score: hundredthsText(lastIn.scoreH) })}</span>}
                {firstOut !== undefined && <span className="rd-list-cut-score">{t('officeList.cut.firstOut', { score: hundredthsText(firstOut.scoreH) })}</span>}
                {listed.length < places && <span className="rd-list-cut-score">{t('officeList.cut.free', { listed: listed.length, free: places - listed.length })}</span>}
              </td>
            </tr>
          )}
          {shownAfter.map(row)}
        </tbody>
      </table>
      {after.length > shownAfter.length && (
        <Button size="small" onClick={() => setShowAll(true)}>
          {t('officeList.table.showAll', { count: after.length })}
        </Button>
      )}
    </div>
  );
}

function RowMarks({ entry, places }: { entry: ListRow; places: number }) {
  const { t } = useApp();
  const overQuota = entry.position !== null && entry.position > places;
  return (
    <>
      {entry.poverty === true && <Tag>{t('officeList.mark.poverty')}</Tag>}
      {entry.movedBy !== undefined && <Tag color="blue">{t('officeList.mark.movedByRule')}</Tag>}
      {entry.manual !== null && (
        <Tag color="orange">
          {t('officeList.mark.manual')}
          <span className="rd-list-manual-kind">{t(`officeList.mark.manual.${entry.manual}`)}</span>
        </Tag>
      )}
      {overQuota && <Tag color="red">{t('officeList.mark.overQuota')}</Tag>}
    </>
  );
}
