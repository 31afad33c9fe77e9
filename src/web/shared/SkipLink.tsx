import { useT } from '../i18n/I18nProvider';

/** First focusable element of every page: jumps keyboard users past the header to <main>. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="tb-skip-link" href="#main-content">
      {t('app.skipToContent')}
    </a>
  );
}
