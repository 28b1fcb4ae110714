// How the presentation order on the home screen was decided, as the session file says: drawn by lot (with
// the seed, so anyone can redraw) or set by the office. A file that claims a lot but lists another order gets
// a warning: the office signed it, so this catches a list edited after the draw, not an attack.
import { Alert } from 'antd';
import { useMemo } from 'react';
import { drawPresentationOrder } from '../../../shared/files/presentation-lot';
import type { SessionPayload } from '../../../shared/files/session-payload';
import { lotMismatch } from '../../../shared/files/session-presentation';
import { useApp } from './app-context';

export function PresentationOrderNote({ payload }: { payload: Pick<SessionPayload, 'presentation' | 'applications' | 'office'> }) {
  const { t } = useApp();
  const { presentation, applications } = payload;
  const mismatch = useMemo(() => lotMismatch(presentation, applications.map((application) => application.id)), [presentation, applications]);
  if (presentation === undefined) return null;
  const { order } = presentation;
  if (order.method === 'set') {
    return (
      <p className="rd-help" data-testid="presentation-order">
        {t('presentation.order.set', { office: payload.office.name })}
      </p>
    );
  }
  const text = order.drawnAt === undefined ? t('presentation.order.lot', { seed: order.seed }) : t('presentation.order.lotDrawnAt', { seed: order.seed, drawnAt: order.drawnAt });
  const redrawn = (): string => {
    const names = new Map(applications.map((application) => [application.id, application.countyName]));
    return drawPresentationOrder([...names.keys()], order.seed)
      .map((id) => names.get(id) ?? id)
      .join('、');
  };
  return (
    <>
      <p className="rd-help" data-testid="presentation-order">
        {text}
      </p>
      {mismatch && <Alert type="warning" showIcon data-testid="presentation-order-mismatch" title={t('presentation.order.mismatch', { seed: order.seed })} description={t('presentation.order.redrawn', { order: redrawn() })} />}
    </>
  );
}
