// The language switch in the header. Only the language changes: the screen, its fields and the sheet stay.
import { Radio } from 'antd';
import { LOCALES, type Locale } from '../../../shared/i18n/translate';
import { useApp } from './app-context';

export function LocaleSwitch({ onChange }: { onChange: (locale: Locale) => void }) {
  const { t, locale } = useApp();
  return (
    <Radio.Group
      aria-label={t('expertSession.ui.app.language')}
      optionType="button"
      size="small"
      value={locale}
      onChange={(event) => onChange(event.target.value as Locale)}
      options={LOCALES.map((value) => ({ value, label: t(`expertSession.ui.app.locale.${value}`) }))}
    />
  );
}
