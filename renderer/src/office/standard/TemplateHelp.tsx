// The template and how to fill it in, for a clerk who knows Excel well and this software less. The link is the
// host's download route (a browser cannot be handed a path); the file is named in the user's language.
import { useApp } from '../../app/app-context';

const STEPS = ['step1', 'step2', 'step3', 'step4', 'step5'] as const;

export function TemplateHelp() {
  const { host, t } = useApp();
  return (
    <div className="rd-standard-template">
      <p>
        <a href={host.standardTemplateUrl()} download data-testid="standard-template-link">
          {t('officeStandard.template.download')}
        </a>
      </p>
      <details>
        <summary>{t('officeStandard.template.howTitle')}</summary>
        <ol>
          {STEPS.map((step) => (
            <li key={step}>{t(`officeStandard.template.${step}`)}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}
