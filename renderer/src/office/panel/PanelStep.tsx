// 评审专家与分配 (issue #6): the roster, who scores what, the same-city recusals to decide, and the
// presentation order and times; what the session file needs from the panel (payload-from-draft.ts).
//
// `onChange` receives a patch of the draft's fields (roster, lastExpertNumber, assignments, recusals,
// presentation, and applications — only ever reordered, for an order the office sets), to be merged into
// the newest draft as the editor's `change` does. When the step opens on a draft whose derived parts are
// stale (another step added or removed an application), it sends the patch that brings them up to date once,
// before the office decides anything: new same-city pairs pending, decisions kept, a removed application's
// subset dropped.
import { useEffect, useMemo, useRef } from 'react';
import type { PanelPatch } from '../../../../shared/office/panel-patch';
import { reconcilePanel } from '../../../../shared/office/panel-reconcile';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { canonicalJson } from '../../../../shared/util/canonical-json';
import { useApp } from '../../app/app-context';
import { AssignmentSection } from './AssignmentSection';
import { notScoredOf } from './not-scored';
import { PresentationSection, type RandomSource } from './PresentationSection';
import { RecusalSection } from './RecusalSection';
import { RosterSection } from './RosterSection';
import './panel-step.css';

export interface PanelStepProps {
  draft: SessionDraft;
  onChange: (patch: PanelPatch) => void;
  /** Where seeds come from; the page's cryptographic source unless a test says otherwise. */
  random?: RandomSource;
}

const cryptoRandom: RandomSource = (bytes) => crypto.getRandomValues(bytes);

export function PanelStep({ draft, onChange, random = cryptoRandom }: PanelStepProps) {
  const { t } = useApp();
  const stale = reconcilePanel(draft);
  const staleText = Object.keys(stale).length === 0 ? '' : canonicalJson(stale);
  const sent = useRef('');
  useEffect(() => {
    // Once per distinct patch: a parent that has not applied it yet is not sent it again on every render.
    if (staleText === '' || staleText === sent.current) return;
    sent.current = staleText;
    onChange(stale);
  });
  // Shown up to date at once, so a decision is never made on a stale list.
  const current = { ...draft, ...stale };
  const { standard, basics, applications } = current;
  const notScored = useMemo(() => notScoredOf({ standard, basics, applications }), [standard, basics, applications]);
  return (
    <div className="rd-office-step" data-testid="panel-step">
      <h2>{t('officePanel.title')}</h2>
      <p className="rd-help">{t('officePanel.intro')}</p>
      <RosterSection draft={current} onChange={onChange} />
      <AssignmentSection draft={current} onChange={onChange} notScored={notScored} />
      <RecusalSection draft={current} onChange={onChange} />
      <PresentationSection draft={current} onChange={onChange} random={random} notScored={notScored} />
    </div>
  );
}
