import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from './i18n';

/** The language the UI is shown in; components using it re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.language);
}
