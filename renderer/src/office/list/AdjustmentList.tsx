// The office's changes to the computed list, in the order they apply, each with its reason; in the editor
// each can be taken back (撤销), in a signed version they are read-only. Numbered, because a problem names
// the change by its number.
import { Button } from 'antd';
import type { ListAdjustment } from '../../../../shared/files/suggestion-list-file';
import { useApp } from '../../app/app-context';
import { adjustmentText, type CountyNamer } from './list-text';

export interface AdjustmentListProps {
  adjustments: readonly ListAdjustment[];
  county: CountyNamer;
  /** Takes back the change at this index; read-only without it. */
  onRemove?: (index: number) => void;
  testId: string;
}

export function AdjustmentList({ adjustments, county, onRemove, testId }: AdjustmentListProps) {
  const { t } = useApp();
  if (adjustments.length === 0) return <p className="rd-help" data-testid={testId}>{t('officeList.adjustments.none')}</p>;
  return (
    <ol className="rd-list-adjustments" data-testid={testId}>
      {adjustments.map((adjustment, index) => {
        const text = adjustmentText(t, adjustment, county);
        return (
          // Index keys: the same change may be listed twice and the list only grows or loses an item.
          <li key={index}>
            <strong>{text}</strong>
            <div>{t('officeList.adjustments.reason', { reason: adjustment.reason })}</div>
            {onRemove !== undefined && (
              <Button size="small" onClick={() => onRemove(index)} aria-label={t('officeList.adjustments.undoLabel', { number: index + 1, text })}>
                {t('officeList.adjustments.undo')}
              </Button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
