import { useEffect } from 'react';
import { useT } from '../i18n/I18nProvider';

/** Sets `<title>` to "page – platform" so each page is announced and bookmarked by name. */
export function useDocumentTitle(page?: string): void {
  const t = useT();
  const platform = t('app.name');
  useEffect(() => {
    document.title = page ? `${page} - ${platform}` : platform;
  }, [page, platform]);
}
