// A host's refusal shown in the host's words, with a way to the step of the draft that settles it (each step
// knows which of the host's codes it can be sent to) and, where reading again may help, a retry.
import { Alert, Button } from 'antd';
import type { MessageKey } from '../../../shared/i18n/translate';
import { useApp } from '../app/app-context';
import { RefusalMessages } from '../app/RefusalMessages';
import type { DraftStep } from './draft-steps';

/** How a step of the draft opens another one, as DraftEditor passes it to the steps that show refusals. */
export interface StepLinks {
  /** Opens another step of the draft; without it refusals carry no link. */
  onGoTo?: (step: DraftStep) => void;
  /** Steps this build offers; a refusal's step not among them gets no link. */
  available?: ReadonlySet<DraftStep>;
}

/** The step a refusal's link opens: the one settling the code, when this build offers it and can open it. */
export function stepToSettle(step: DraftStep | undefined, onGoTo: StepLinks['onGoTo'], available: StepLinks['available']): DraftStep | null {
  return step !== undefined && onGoTo !== undefined && (available?.has(step) ?? true) ? step : null;
}

export interface StepRefusalProps extends StepLinks {
  /** The alert's test id; its link is `<testId>-goto`. */
  testId: string;
  code: string;
  messages: readonly string[];
  /** The step that settles a refusal, by the host's code; a code not in it gets no link. */
  steps: Readonly<Record<string, DraftStep>>;
  /** The link's words, given the step's name as `step` (each area keeps its own key). */
  goToKey: MessageKey;
  /** A heading above the host's words; without one the host's words are the heading. */
  title?: string | undefined;
  type?: 'warning' | 'error';
  /** Reading again, with its words; none where trying again cannot change the answer. */
  retry?: { label: string; onRetry: () => void } | undefined;
}

export function StepRefusal({ testId, code, messages, steps, goToKey, title, type = 'warning', retry, onGoTo, available }: StepRefusalProps) {
  const { t } = useApp();
  const step = stepToSettle(steps[code], onGoTo, available);
  const link =
    step !== null && onGoTo !== undefined ? (
      <Button onClick={() => onGoTo(step)} data-testid={`${testId}-goto`}>
        {t(goToKey, { step: t(`officeWorkspace.steps.${step}`) })}
      </Button>
    ) : null;
  const words = <RefusalMessages messages={messages} />;
  return (
    <Alert
      type={type}
      showIcon
      data-testid={testId}
      data-code={code}
      title={title ?? words}
      description={title === undefined ? undefined : words}
      action={
        retry === undefined ? (
          link
        ) : (
          <div className="rd-actions">
            {link}
            <Button onClick={retry.onRetry}>{retry.label}</Button>
          </div>
        )
      }
    />
  );
}
