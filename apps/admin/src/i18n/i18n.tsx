import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import { enUS } from './en-US';
import { zhCN, type MessageKey } from './zh-CN';

export type Language = 'zh-CN' | 'en-US';

const STORAGE_KEY = 'admin.language';
const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

/**
 * antd's default secondary, description and placeholder greys (45 % and 25 % black) fall below
 * WCAG AA's 4.5:1 on white; these keep the look and pass (65 %: 7:1, 55 %: 4.7:1).
 */
const ACCESSIBLE_THEME = {
  token: {
    // White on antd's #1677ff is 4.1:1; one step darker is 5.9:1, for buttons, links and the selected menu item.
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    // Danger text and buttons: antd's #ff4d4f is 3.3:1 on white.
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.55)',
  },
};

const LanguageContext = createContext<LanguageState | null>(null);

function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
}

/**
 * `{name}` is replaced by the parameter; `{name:one|other}` picks the English singular when the
 * parameter is 1 (“1 working day”, “2 working days”).
 */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const text = dictionaries[language][key];
  if (!params) return text;
  return text
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in params ? (Number(params[name]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLanguageState(next);
  }, []);

  // The page's language follows the choice from the first render (a reload, the guide opened
  // after the admin): screen readers and the browser read the words in the right language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<LanguageState>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );

  return (
    <LanguageContext.Provider value={value}>
      <ConfigProvider locale={language === 'en-US' ? enUSAntd : zhCNAntd} theme={ACCESSIBLE_THEME}>{children}</ConfigProvider>
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage() outside <LanguageProvider>');
  return state;
}

export function useT(): Translate {
  return useLanguage().t;
}
