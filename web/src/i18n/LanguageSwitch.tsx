import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from './i18n';
import { useLanguage } from './useLanguage';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      size="small"
      value={useLanguage()}
      options={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={(language) => void i18n.changeLanguage(language)}
    />
  );
}
