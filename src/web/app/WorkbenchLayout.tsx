import { DownOutlined, LogoutOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid, Layout, Menu, type MenuProps } from 'antd';
import { createElement } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import { ElderlySwitch } from '../shared/ElderlyMode';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { NotificationBell } from '../shared/NotificationBell';
import { SkipLink } from '../shared/SkipLink';
import { useAuth } from './auth';
import { Brand } from './Brand';
import { useSignOut } from './useSignOut';
import { findWorkbenchesFor, OVERVIEW_ICON, OVERVIEW_KEY, sectionsFor, selectedSection, type Workbench } from './workbenches';

/** Frame of every workbench: header with user and tools, side navigation, main area. */
export function WorkbenchLayout({ workbench }: { workbench: Workbench }) {
  const t = useT();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const signOut = useSignOut();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  if (!me) return null;

  const others = findWorkbenchesFor(me.roles).filter((other) => other.key !== workbench.key);
  const menuItems: MenuProps['items'] = [
    { key: OVERVIEW_KEY, icon: createElement(OVERVIEW_ICON), label: t('nav.overview') },
    ...sectionsFor(workbench, me.roles).map((section) => ({ key: section.path, icon: createElement(section.icon), label: t(section.label) })),
  ];
  const openSection: MenuProps['onClick'] = ({ key }) => navigate(key ? `${workbench.basePath}/${key}` : workbench.basePath);
  const place = [me.departmentName, me.regionName].filter(Boolean).join(' · ');

  return (
    <Layout className="tb-workbench">
      <SkipLink />
      <Layout.Header className="tb-header">
        {/* The emblem leads to the portal, as on every government site; the side menu's 概览 to the workbench. */}
        <Brand suffix={t(workbench.label)} />
        <div className="tb-header-tools">
          {others.length > 0 && (
            <Dropdown
              trigger={['click']}
              menu={{
                items: others.map((other) => ({ key: other.basePath, icon: createElement(other.icon), label: t(other.label) })),
                onClick: ({ key }) => navigate(key),
              }}
            >
              <Button ghost size="small" icon={<SwapOutlined />}>
                {t('workbench.switch')} <DownOutlined aria-hidden="true" />
              </Button>
            </Dropdown>
          )}
          <div className="tb-user" aria-label={t('header.user')} role="group">
            <span className="tb-user-name">{me.displayName}</span>
            {place && <span className="tb-user-place">{place}</span>}
          </div>
          <NotificationBell basePath={workbench.basePath} />
          <ElderlySwitch onDark />
          <LanguageSwitch onDark />
          <Button ghost size="small" icon={<LogoutOutlined />} onClick={() => void signOut()}>
            {t('header.signOut')}
          </Button>
        </div>
      </Layout.Header>
      <Layout hasSider={wide}>
        {wide ? (
          <Layout.Sider width={216} theme="light" className="tb-sider">
            <nav aria-label={t('workbench.nav')}>
              <Menu mode="inline" selectedKeys={selectedSection(workbench, pathname)} items={menuItems} onClick={openSection} />
            </nav>
          </Layout.Sider>
        ) : null}
        <Layout>
          {!wide && (
            <nav aria-label={t('workbench.nav')} className="tb-top-nav">
              <Menu mode="horizontal" selectedKeys={selectedSection(workbench, pathname)} items={menuItems} onClick={openSection} />
            </nav>
          )}
          <Layout.Content id="main-content" tabIndex={-1} className="tb-workbench-main">
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </Layout>
  );
}
