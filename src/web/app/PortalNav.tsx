import { Link, useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

/** The portal's top navigation: the ways into the services every public page offers. */
const ENTRIES: ReadonlyArray<{ to: string; label: MessageKey; match: (path: string, search: string) => boolean }> = [
  { to: '/', label: 'portalNav.home', match: (p) => p === '/' },
  { to: '/search?audience=citizen', label: 'portalNav.citizen', match: (p, s) => p === '/search' && s.includes('audience=citizen') },
  { to: '/search?audience=enterprise', label: 'portalNav.enterprise', match: (p, s) => p === '/search' && s.includes('audience=enterprise') },
  { to: '/bundles', label: 'portalNav.bundles', match: (p) => p.startsWith('/bundles') },
  { to: '/m/12345', label: 'portalNav.hotline', match: () => false },
  { to: '/progress', label: 'portalNav.progress', match: (p) => p === '/progress' },
];

export function PortalNav() {
  const t = useT();
  const { pathname, search } = useLocation();
  return (
    <nav className="tb-portal-nav" aria-label={t('portalNav.label')}>
      <ul>
        {ENTRIES.map((e) => {
          const current = e.match(pathname, search);
          return (
            <li key={e.to}>
              <Link to={e.to} aria-current={current ? 'page' : undefined} className={current ? 'tb-portal-nav-current' : undefined}>
                {t(e.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
