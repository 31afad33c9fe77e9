import { LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { ElderlySwitch } from '../shared/ElderlyMode';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { SkipLink } from '../shared/SkipLink';
import { useAuth } from './auth';
import { Brand } from './Brand';
import { PortalNav } from './PortalNav';
import { useSignOut } from './useSignOut';
import { getLandingPath } from './workbenches';

/** Frame of the pages anyone may see: home, search, progress, sign-in, 403 and 404. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const t = useT();
  const { me, state } = useAuth();
  const { pathname } = useLocation();
  const signOut = useSignOut();

  return (
    <Layout className="tb-public">
      <SkipLink />
      <Layout.Header className="tb-header">
        <Brand />
        <div className="tb-header-tools">
          <ElderlySwitch onDark />
          <LanguageSwitch onDark />
          {me ? (
            <>
              <Link to={getLandingPath(me.roles)} className="tb-header-link">
                {t('home.myWorkbench')}
              </Link>
              {me.roles.includes('enterprise') && (
                <Link to="/account/enterprise" className="tb-header-link">
                  {t('accounts.enterprise.link')}
                </Link>
              )}
              <Button ghost size="small" icon={<LogoutOutlined />} onClick={() => void signOut()}>
                {t('header.signOut')}
              </Button>
            </>
          ) : (
            state.status === 'anonymous' && (
              <>
                {pathname !== '/register' && (
                  <Link to="/register" className="tb-header-link">
                    {t('accounts.register.link')}
                  </Link>
                )}
                {pathname !== '/login' && (
                  <Link to="/login" className="tb-header-button">
                    <LoginOutlined aria-hidden="true" /> {t('home.signIn')}
                  </Link>
                )}
              </>
            )
          )}
        </div>
      </Layout.Header>
      <PortalNav />
      <Layout.Content id="main-content" tabIndex={-1} className="tb-public-main">
        {children ?? <Outlet />}
      </Layout.Content>
      <Layout.Footer className="tb-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
