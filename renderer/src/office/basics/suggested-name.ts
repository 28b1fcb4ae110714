// The name the form suggests from the stage and batch (第2批示范县资格评审), as offices name their meetings.
import type { Locale } from '../../../../shared/i18n/translate';
import { translate } from '../../../../shared/i18n/translate';
import type { Stage } from '../../../../shared/standard/schema';

export function suggestedName(locale: Locale, stage: Stage, batch: number | undefined): string {
  const stageName = translate(locale, `standard.stage.${stage}`);
  return batch === undefined || Number.isNaN(batch)
    ? translate(locale, 'officeWorkspace.basics.suggestedNameNoBatch', { stage: stageName })
    : translate(locale, 'officeWorkspace.basics.suggestedName', { stage: stageName, batch });
}
