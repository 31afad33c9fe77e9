import { Button } from 'antd';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

/** Where the choice is kept between visits, next to the language (`tongban.lang`). */
export const ELDERLY_STORAGE_KEY = 'tongban.elderly';
/** The class on `<html>` that the elderly-friendly section of styles.css keys on. */
export const ELDERLY_CLASS = 'tb-elderly';

function readStoredElderly(): boolean {
  try {
    return window.localStorage.getItem(ELDERLY_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

function storeElderly(on: boolean): void {
  try {
    window.localStorage.setItem(ELDERLY_STORAGE_KEY, on ? '1' : '0');
  } catch {
    // Private mode or disabled storage: the choice then lasts for this page only.
  }
}

interface ElderlyValue {
  elderly: boolean;
  setElderly: (on: boolean) => void;
}

const ElderlyContext = createContext<ElderlyValue | null>(null);

/**
 * Holds the 适老化 (elderly-friendly) mode: persists it and mirrors it as a class on `<html>`, so
 * that the stylesheet and the antd theme (App.tsx) both enlarge type and controls.
 */
export function ElderlyProvider({ children }: { children: ReactNode }) {
  const [elderly, setState] = useState(readStoredElderly);
  const setElderly = useCallback((on: boolean) => {
    storeElderly(on);
    setState(on);
  }, []);
  useEffect(() => {
    document.documentElement.classList.toggle(ELDERLY_CLASS, elderly);
  }, [elderly]);
  const value = useMemo(() => ({ elderly, setElderly }), [elderly, setElderly]);
  return <ElderlyContext.Provider value={value}>{children}</ElderlyContext.Provider>;
}

/** Whether the elderly-friendly mode is on, and its setter. */
export function useElderly(): ElderlyValue {
  const value = useContext(ElderlyContext);
  if (!value) throw new Error('useElderly must be used inside <ElderlyProvider>');
  return value;
}

/** One toggle button, 长辈模式 / Larger text, pressed while the mode is on. */
export function ElderlySwitch({ onDark = false }: { onDark?: boolean }) {
  const { elderly, setElderly } = useElderly();
  const t = useT();
  return (
    <Button
      size="small"
      className="tb-elderly-switch"
      aria-pressed={elderly}
      type={elderly ? 'primary' : 'default'}
      ghost={onDark && !elderly}
      title={t('elderly.hint')}
      onClick={() => setElderly(!elderly)}
    >
      {t('elderly.label')}
    </Button>
  );
}
