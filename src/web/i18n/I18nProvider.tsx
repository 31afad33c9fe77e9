import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../shared/api';
import { readStoredLang, storeLang, translate, type Lang, type MessageKey, type MessageParams } from './messages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Holds the UI language: persists it, mirrors it on `<html lang>` and in API requests. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = readStoredLang();
    setApiLanguage(initial);
    return initial;
  });

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    // Set before re-render so that requests fired by the re-render already use it.
    setApiLanguage(next);
    setLangState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18nValue>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT/useLang must be used inside <I18nProvider>');
  return value;
}

/** The translate function for the current UI language. */
export function useT(): Translate {
  return useI18n().t;
}

/** The current UI language and its setter. */
export function useLang(): { lang: Lang; setLang: (lang: Lang) => void } {
  const { lang, setLang } = useI18n();
  return { lang, setLang };
}
