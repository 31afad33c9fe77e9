import { Button } from 'antd';
import { useLang, useT } from '../i18n/I18nProvider';
import { LANGS, type Lang } from '../i18n/messages';

const LABEL_KEY = { 'zh-CN': 'lang.zh', 'en-US': 'lang.en' } as const satisfies Record<Lang, string>;

/**
 * Two toggle buttons (中文 / English): the current one is pressed. Each label is marked with its
 * own language so a screen reader pronounces it right whatever the page language is.
 */
export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { lang, setLang } = useLang();
  const t = useT();
  return (
    <div role="group" aria-label={t('lang.label')} className="tb-lang-switch">
      {LANGS.map((option) => {
        const pressed = option === lang;
        return (
          <Button
            key={option}
            size="small"
            lang={option}
            aria-pressed={pressed}
            type={pressed ? 'primary' : 'default'}
            ghost={onDark && !pressed}
            onClick={() => setLang(option)}
          >
            {t(LABEL_KEY[option])}
          </Button>
        );
      })}
    </div>
  );
}
