// The draft's steps as a numbered list of buttons down the side: the current one marked (aria-current), the
// ones not built yet disabled with a note saying so, rather than hidden.
import { Button } from 'antd';
import { useApp } from '../app/app-context';
import { AVAILABLE_STEPS, DRAFT_STEPS, stepTitle, type DraftStep } from './draft-steps';

export function StepNav({ current, onStep }: { current: DraftStep; onStep: (step: DraftStep) => void }) {
  const { t } = useApp();
  return (
    <nav className="rd-step-nav" aria-label={t('officeWorkspace.steps.label')}>
      <ol>
        {DRAFT_STEPS.map((step, index) => {
          const available = AVAILABLE_STEPS.has(step);
          const title = `${index + 1}. ${t(stepTitle(step))}`;
          return (
            <li key={step} className={step === current ? 'rd-step rd-step-current' : 'rd-step'}>
              <Button type={step === current ? 'primary' : 'text'} disabled={!available} aria-current={step === current ? 'step' : undefined} onClick={() => onStep(step)}>
                {title}
              </Button>
              {!available && <span className="rd-help rd-step-note">{t('officeWorkspace.steps.notYet')}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
