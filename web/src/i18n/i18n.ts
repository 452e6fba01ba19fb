import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages } from './resources';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'huiyin.language';

/** The supported language named by `value`, or Chinese. */
export function toLanguage(value: string | null | undefined): Language {
  return languages.find((language) => language === value) ?? 'zh-CN';
}

i18n.on('languageChanged', (language) => {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: messages['zh-CN'] },
    en: { translation: messages.en },
  },
  lng: toLanguage(localStorage.getItem(storageKey)),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
