// 汇报顺序与时间: not arranged, drawn by lot, or set by the office; and the minutes per county. What the office
// types is kept here as text and saved as soon as it reads, so a half-typed seed or minute is never
// rewritten under the cursor. A lot without a seed yet saves no order (the schema needs the seed), so the
// draft says "not arranged" until there is one; the minutes wait for an order for the same reason. A seed
// field emptied keeps the seed recorded before until a new one reads (its message says so under the field).
import { Radio } from 'antd';
import { useState } from 'react';
import type { PresentationOrder, PresentationSettings } from '../../../../shared/files/session-presentation';
import type { PanelDraft, PanelPatch } from '../../../../shared/office/panel-patch';
import { generateSeed, normaliseDrawnAt, normaliseSeed, presentationOrder, withMinutes } from '../../../../shared/office/panel-presentation';
import { useApp } from '../../app/app-context';
import { LotDraw } from './LotDraw';
import { PresentationTimes, readTimes, type TimesText } from './PresentationTimes';
import { SetOrder } from './SetOrder';

type Method = PresentationOrder['method'] | 'none';
const METHODS: readonly Method[] = ['none', 'lot', 'set'];

export type RandomSource = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array;

export interface PresentationSectionProps {
  draft: PanelDraft;
  onChange: (patch: PanelPatch) => void;
  random: RandomSource;
  /** Application id → unmet prerequisites' ids, for those not scored: marked in the order, where they stay. */
  notScored?: ReadonlyMap<string, readonly string[]>;
}

const textOf = (value: number | undefined): string => (value === undefined ? '' : String(value));

export function PresentationSection({ draft, onChange, random, notScored = new Map<string, readonly string[]>() }: PresentationSectionProps) {
  const { t } = useApp();
  const stored = draft.presentation;
  const storedLot = stored?.order.method === 'lot' ? stored.order : null;
  const [method, setMethod] = useState<Method>(stored?.order.method ?? 'none');
  const [seedText, setSeedText] = useState(storedLot?.seed ?? '');
  const [seedTouched, setSeedTouched] = useState(false);
  const [drawnAtText, setDrawnAtText] = useState(storedLot?.drawnAt ?? '');
  const [times, setTimes] = useState<TimesText>({ minutes: textOf(stored?.minutes), questionMinutes: textOf(stored?.questionMinutes) });

  /** The settings with the times as typed when they read, as stored otherwise. */
  const settingsWith = (order: PresentationOrder, text: TimesText = times): PresentationSettings => {
    const read = readTimes(text);
    return read.ok ? withMinutes({ order }, read.minutes, read.questionMinutes) : withMinutes({ order }, stored?.minutes, stored?.questionMinutes);
  };

  /** The lot from the fields as typed; null while there is no seed. */
  const lotOrder = (seed: string, drawnAt: string): PresentationOrder | null => {
    const recorded = normaliseSeed(seed);
    if (recorded === null) return null;
    const at = normaliseDrawnAt(drawnAt);
    return { method: 'lot', seed: recorded, ...(at === undefined ? {} : { drawnAt: at }) };
  };

  const saveLot = (seed: string, drawnAt: string): void => {
    const order = lotOrder(seed, drawnAt);
    if (order !== null) onChange({ presentation: settingsWith(order) });
  };

  const chooseMethod = (next: Method): void => {
    setMethod(next);
    if (next === 'none') onChange({ presentation: null });
    else if (next === 'lot') {
      const order = lotOrder(seedText, drawnAtText);
      onChange({ presentation: order === null ? null : settingsWith(order) });
    } else {
      // Start the office's own order from what was shown (the lot's order, if one was drawn), so switching
      // from a draw to adjusting it by hand keeps the draw's result.
      onChange({ applications: presentationOrder(draft.applications, stored), presentation: settingsWith({ method: 'set' }) });
    }
  };

  const changeTimes = (next: TimesText): void => {
    setTimes(next);
    const read = readTimes(next);
    if (read.ok && stored !== null) onChange({ presentation: withMinutes(stored, read.minutes, read.questionMinutes) });
  };

  return (
    <section className="rd-office-section" aria-labelledby="rd-panel-presentation">
      <h3 id="rd-panel-presentation">{t('officePanel.presentation.title')}</h3>
      <div className="rd-field">
        <span className="rd-field-label" id="rd-panel-method-label">
          {t('officePanel.presentation.method.label')}
        </span>
        <Radio.Group
          aria-labelledby="rd-panel-method-label"
          value={method}
          onChange={(event) => chooseMethod(event.target.value as Method)}
          options={METHODS.map((value) => ({ value, label: t(`officePanel.presentation.method.${value}`) }))}
        />
      </div>
      {method !== 'none' && draft.applications.length === 0 && <p className="rd-help">{t('officePanel.presentation.noApplications')}</p>}
      {method === 'lot' && (
        <LotDraw
          applications={draft.applications}
          notScored={notScored}
          seedText={seedText}
          drawnAtText={drawnAtText}
          seedTouched={seedTouched}
          onGenerate={() => {
            const seed = generateSeed(random);
            setSeedText(seed);
            saveLot(seed, drawnAtText);
          }}
          onSeed={(text) => {
            setSeedText(text);
            setSeedTouched(true);
            saveLot(text, drawnAtText);
          }}
          onDrawnAt={(text) => {
            setDrawnAtText(text);
            saveLot(seedText, text);
          }}
        />
      )}
      {method === 'set' && <SetOrder applications={draft.applications} notScored={notScored} onOrder={(applications) => onChange({ applications })} />}
      {method !== 'none' && <PresentationTimes value={times} onChange={changeTimes} waiting={stored === null} />}
    </section>
  );
}
