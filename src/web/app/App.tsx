import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import { useMemo } from 'react';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { bundleRoutes } from '../bundles/bundleRoutes';
import { hallRoutes } from '../halls/hallRoutes';
import { HallScreenPage } from '../halls/HallScreenPage';
import { KioskPage } from '../halls/KioskPage';
import { MobileKioskSignInPage } from '../halls/kiosk/MobileKioskSignInPage';
import { TicketPage } from '../halls/TicketPage';
import { LocalCashierPage } from '../payments/LocalCashierPage';
import { ReceiptVerifyPage } from '../payments/ReceiptVerifyPage';
import { EnterpriseAccountsPage } from '../accounts/EnterpriseAccountsPage';
import { RegisterPage } from '../accounts/RegisterPage';
import { InviteAcceptPage, ResetPasswordPage } from '../accounts/ResetPasswordPage';
import { caseRoutes } from '../cases/caseRoutes';
import { MobileHotlinePage } from '../hotline/MobileHotlinePage';
import { PublicReportPage } from '../hotline/PublicHotline';
import { I18nProvider, useLang } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/messages';
import { BundlePage, BundlesPage } from '../portal/BundlePages';
import { HomePage } from '../portal/HomePage';
import { ItemGuidePage } from '../portal/ItemGuidePage';
import { ListsPage } from '../portal/ListsPage';
import { PlacePage, PlacesPage } from '../portal/PlacePages';
import { StatsPage } from '../portal/StatsPage';
import { ProgressPage } from '../portal/ProgressPage';
import { SearchPage } from '../portal/SearchPage';
import { VerifyPage } from '../licences/VerifyPage';
import { ElderlyProvider, useElderly } from '../shared/ElderlyMode';
import { PublicRatingsPage } from '../ratings/PublicRatingsPage';
import { RateTicketPage } from '../ratings/RateTicketPage';
import { usePrefersReducedMotion } from '../shared/usePrefersReducedMotion';
import { AuthProvider } from './auth';
import { Dashboard } from './Dashboard';
import { LoginPage } from './LoginPage';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';
import { RequireWorkbench } from './RequireWorkbench';
import { SectionPage } from './SectionPage';
import { WorkbenchLayout } from './WorkbenchLayout';
import { WORKBENCHES } from './workbenches';

const ANTD_LOCALES = { 'zh-CN': zhCN, 'en-US': enUS } as const;

const LATIN_FONTS = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans'";
const CJK_FONTS = "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC'";

/**
 * Darker than antd's defaults wherever text is drawn in the colour, so that every text meets
 * WCAG AA contrast (4.5:1) on white and on the light tints antd derives from it. The font stack
 * puts the UI language's fonts first: CJK fonts draw Latin punctuation full-width.
 */
function themeFor(lang: Lang): ThemeConfig {
  return {
    token: {
      colorPrimary: '#0958d9',
      // antd derives a lighter hover shade (#2e7ae6: 4.2:1 under white text); darker keeps AA contrast.
      colorPrimaryHover: '#0046b8',
      colorPrimaryActive: '#003a96',
      colorInfo: '#0958d9',
      colorLink: '#0958d9',
      // Its derived hover shade (#579df2, 2.8:1 on white) fails AA under a pointer resting on a link.
      colorLinkHover: '#0046b8',
      colorLinkActive: '#003a96',
      colorError: '#c41d1d',
      colorSuccess: '#237804',
      // antd derives the success tints from the seed above: a murky grey-green behind a success alert's
      // text. antd's own light tints, as for its default green.
      colorSuccessBg: '#f6ffed',
      colorSuccessBorder: '#b7eb8f',
      colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
      colorTextDescription: 'rgba(0, 0, 0, 0.65)',
      borderRadius: 6,
      fontFamily: lang === 'zh-CN' ? `${CJK_FONTS}, ${LATIN_FONTS}, sans-serif` : `${LATIN_FONTS}, ${CJK_FONTS}, sans-serif`,
    },
  };
}
const THEMES: Record<Lang, ThemeConfig> = { 'zh-CN': themeFor('zh-CN'), 'en-US': themeFor('en-US') };

/**
 * 适老化 (elderly-friendly mode): larger base type and controls (touch targets of
 * at least 44 px) and near-black text; styles.css does the rest under `.tb-elderly`.
 */
const ELDERLY_TOKENS: ThemeConfig['token'] = {
  fontSize: 18,
  fontSizeSM: 16,
  fontSizeLG: 20,
  controlHeight: 44,
  controlHeightSM: 36,
  controlHeightLG: 52,
  lineHeight: 1.7,
  colorText: '#000',
  colorTextSecondary: 'rgba(0, 0, 0, 0.82)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.75)',
  colorTextDescription: 'rgba(0, 0, 0, 0.78)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.62)',
  colorPrimary: '#003a96',
  colorLink: '#003a96',
  colorLinkHover: '#002a6e',
};

// antd spaces out two-character Chinese labels ("登 录"); screen readers then spell them out.
const BUTTON_CONFIG = { autoInsertSpace: false };

function Routing() {
  return (
    <Routes>
      <Route path="m/12345" element={<MobileHotlinePage />} />
      {/* The kiosk's sign-in QR opens here on a phone (docs/decisions.md D32). */}
      <Route path="m/kiosk-sign-in/:challenge" element={<MobileKioskSignInPage />} />
      <Route path="rate/ticket" element={<RateTicketPage />} />
      {/* The hall's own screens: the calling screen, the self-service kiosk, a ticket's page on a phone (docs/decisions.md D29). */}
      <Route path="hall/:place" element={<HallScreenPage />} />
      <Route path="kiosk/:place" element={<KioskPage />} />
      <Route path="q/:id" element={<TicketPage />} />
      {/* The local payment gateway's own cashier (docs/decisions.md D30): a page of the gateway, outside the portal's frame. */}
      <Route path="pay/local/:tradeNo" element={<LocalCashierPage />} />
      <Route element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="items/:code" element={<ItemGuidePage />} />
        <Route path="bundles" element={<BundlesPage />} />
        <Route path="bundles/:code" element={<BundlePage />} />
        <Route path="lists" element={<Navigate to="/lists/immediate" replace />} />
        <Route path="lists/:list" element={<ListsPage />} />
        <Route path="stats" element={<StatsPage />} />
        <Route path="places" element={<PlacesPage />} />
        <Route path="places/:code" element={<PlacePage />} />
        <Route path="progress" element={<ProgressPage />} />
        <Route path="hotline-report" element={<PublicReportPage />} />
        <Route path="ratings" element={<PublicRatingsPage />} />
        <Route path="verify" element={<VerifyPage />} />
        <Route path="verify/receipt" element={<ReceiptVerifyPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="register/invite" element={<InviteAcceptPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="account/enterprise" element={<EnterpriseAccountsPage />} />
        <Route path="portal" element={<Navigate to="/portal/me" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {WORKBENCHES.map((workbench) => (
        <Route
          key={workbench.key}
          path={workbench.basePath}
          element={
            <RequireWorkbench workbench={workbench}>
              <WorkbenchLayout workbench={workbench} />
            </RequireWorkbench>
          }
        >
          <Route index element={<Dashboard workbench={workbench} />} />
          {workbench.sections.map((section) => (
            <Route key={section.path} path={section.path} element={<SectionPage section={section} />} />
          ))}
          {caseRoutes(workbench.key)}
          {bundleRoutes(workbench.key)}
          {hallRoutes(workbench.key)}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      ))}
    </Routes>
  );
}

function Themed() {
  const { lang } = useLang();
  const { elderly } = useElderly();
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(
    () => ({
      ...THEMES[lang],
      token: { ...THEMES[lang].token, ...(elderly ? ELDERLY_TOKENS : {}), ...(reducedMotion ? { motion: false } : {}) },
    }),
    [lang, elderly, reducedMotion],
  );
  return (
    <ConfigProvider locale={ANTD_LOCALES[lang]} theme={theme} button={BUTTON_CONFIG}>
      <AntApp>
        <BrowserRouter>
          <AuthProvider>
            <Routing />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

/** The whole web app: language and elderly mode → antd theme and locale → router → session → routes. */
export function App() {
  return (
    <I18nProvider>
      <ElderlyProvider>
        <Themed />
      </ElderlyProvider>
    </I18nProvider>
  );
}
