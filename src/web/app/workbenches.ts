import {
  AccountBookOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  ExportOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FormOutlined,
  InboxOutlined,
  LikeOutlined,
  MessageOutlined,
  NotificationOutlined,
  PhoneOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  ShareAltOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import { ItemsAdminPage } from '../admin/catalog/ItemsAdminPage';
import { BundlesAdminPage } from '../admin/bundles/BundlesAdminPage';
import { PlacesAdminPage } from '../admin/catalog/PlacesAdminPage';
import { AssignPage } from '../cases/office/AssignPage';
import { DonePage } from '../cases/office/DonePage';
import { TodoPage } from '../cases/office/TodoPage';
import { MyCasesPage } from '../cases/portal/MyCasesPage';
import { BoardPage } from '../cases/supervision/BoardPage';
import { EfficiencyPage } from '../cases/supervision/EfficiencyPage';
import { SavingsPage } from '../cases/supervision/SavingsPage';
import { DeliveryPage } from '../cases/window/DeliveryPage';
import { IntakePage } from '../cases/window/IntakePage';
import { WindowQueuePage } from '../cases/window/WindowQueuePage';
import { AuditPage } from '../admin/platform/AuditPage';
import { CalendarPage } from '../admin/platform/CalendarPage';
import { SmsOutboxPage } from '../admin/platform/SmsOutboxPage';
import { AlertOutlined, ApiOutlined, FlagOutlined, FundOutlined, MonitorOutlined } from '@ant-design/icons';
import { CallConsolePage } from '../hotline/CallConsolePage';
import { KnowledgePage } from '../hotline/KnowledgePage';
import { Open311KeysPage } from '../hotline/Open311KeysPage';
import { HotlineReportsPage } from '../hotline/ReportsPageLazy';
import { TicketsPage } from '../hotline/TicketsPage';
import { RatingsSupervisionPage } from '../ratings/RatingsSupervisionPage';
import { RectificationsPage } from '../ratings/RectificationsPage';
import { EyeOutlined, LineChartOutlined, MailOutlined, SlidersOutlined, TrophyOutlined } from '@ant-design/icons';
import { PeriodicInboxSectionPage, ReportsSectionPage, ScoresSectionPage } from '../reports/lazy';
import { WeightsAdminPage } from '../reports/WeightsAdminPage';
import { DepartmentOrdersPage, LeadershipOrdersPage, SupervisionOrdersPage } from '../supervision/SupervisionOrdersPage';
import { DatabaseOutlined, DesktopOutlined } from '@ant-design/icons';
import { KiosksAdminPage } from '../admin/kiosks/KiosksAdminPage';
import { ExchangePage } from '../exchange/ExchangePage';
import { MyDataUsagePage } from '../exchange/MyDataUsagePage';
import { IdcardOutlined, SafetyCertificateOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { FileProtectOutlined } from '@ant-design/icons';
import { LicenceAdminPage } from '../licences/LicenceAdminPage';
import { SealsAdminPage } from '../licences/SealsAdminPage';
import { WalletPage } from '../licences/WalletPage';
import { AppstoreAddOutlined, BlockOutlined } from '@ant-design/icons';
import { MyBundlesPage } from '../bundles/MyBundlesPage';
import { AgentBookingPage } from '../halls/AgentBookingPage';
import { CallingPage } from '../halls/CallingPage';
import { HallStatsPage } from '../halls/HallStatsPage';
import { ReconciliationPage } from '../payments/ReconciliationPage';
import { DayAppointmentsPage } from '../halls/DayAppointmentsPage';
import { MyAppointmentsPage } from '../halls/MyAppointmentsPage';
import { WindowBundlesPage } from '../bundles/WindowBundlesPage';
import type { MessageKey } from '../i18n/messages';
import type { Role } from '../shared/me';

export type WorkbenchKey = 'portal' | 'window' | 'office' | 'hotline' | 'supervision' | 'leadership' | 'oversight' | 'admin';

/** One entry of a workbench's side navigation. */
export interface WorkbenchSection {
  /** URL segment under the workbench's base path. */
  path: string;
  label: MessageKey;
  icon: ComponentType;
  /** The section's page: a feature that does not exist yet has no entry in the navigation. */
  page: ComponentType;
  /** Only users holding one of these roles see the entry (default: everyone who may open the workbench). */
  roles?: readonly Role[];
}

export interface Workbench {
  key: WorkbenchKey;
  basePath: string;
  label: MessageKey;
  icon: ComponentType;
  /** A user holding any of these roles may open the workbench. */
  roles: readonly Role[];
  sections: readonly WorkbenchSection[];
}

/**
 * Every workbench, in landing priority: a user with several roles lands on the first one they
 * hold (staff work before the personal space) and may switch to the others.
 */
export const WORKBENCHES: readonly Workbench[] = [
  {
    key: 'window',
    basePath: '/window',
    label: 'workbench.window',
    icon: SolutionOutlined,
    roles: ['window_clerk'],
    sections: [
      // 叫号 (docs/decisions.md D29): the window calls the next ticket of its group.
      { path: 'calling', label: 'halls.nav.calling', icon: NotificationOutlined, page: CallingPage },
      { path: 'queue', label: 'nav.window.queue', icon: InboxOutlined, page: WindowQueuePage },
      { path: 'intake', label: 'nav.window.intake', icon: FormOutlined, page: IntakePage },
      // 一件事受理 (docs/domain.md S12/S13): the region's bundles as one thing each, and walk-in bundle applications.
      { path: 'bundles', label: 'bundles.nav.window', icon: BlockOutlined, page: WindowBundlesPage },
      { path: 'delivery', label: 'nav.window.delivery', icon: ExportOutlined, page: DeliveryPage },
      // 今日预约 (docs/decisions.md D28): the hall's bookings of the day; the clerk checks people in.
      { path: 'appointments', label: 'halls.nav.day', icon: CalendarOutlined, page: DayAppointmentsPage },
    ],
  },
  {
    key: 'office',
    basePath: '/office',
    label: 'workbench.office',
    icon: AuditOutlined,
    roles: ['reviewer', 'approver', 'dispatcher'],
    sections: [
      { path: 'todo', label: 'nav.office.todo', icon: InboxOutlined, page: TodoPage },
      { path: 'assign', label: 'nav.office.assign', icon: ShareAltOutlined, page: AssignPage },
      { path: 'done', label: 'nav.office.done', icon: FileDoneOutlined, page: DonePage },
      { path: 'rectifications', label: 'ratings.nav.rectifications', icon: ToolOutlined, page: RectificationsPage },
      { path: 'orders', label: 'supervision.nav.departmentOrders', icon: FlagOutlined, page: DepartmentOrdersPage },
      // 共享交换 (docs/domain.md S16): the department's data needs, grants, queries and usage.
      { path: 'exchange', label: 'exchange.nav', icon: DatabaseOutlined, page: ExchangePage },
      // 证照管理 (docs/domain.md S16): the department's e-licences, suspended, resumed, renewed or revoked.
      { path: 'licences', label: 'licences.nav.admin', icon: FileProtectOutlined, page: LicenceAdminPage },
    ],
  },
  {
    key: 'hotline',
    basePath: '/hotline',
    label: 'workbench.hotline',
    icon: PhoneOutlined,
    // The dispatcher (中台) dispatches 12345 tickets here too: the tickets page opens on their queue.
    roles: ['hotline_agent', 'dept_handler', 'dispatcher'],
    sections: [
      { path: 'calls', label: 'nav.hotline.calls', icon: PhoneOutlined, page: CallConsolePage },
      { path: 'tickets', label: 'nav.hotline.tickets', icon: ProfileOutlined, page: TicketsPage },
      { path: 'knowledge', label: 'nav.hotline.knowledge', icon: BookOutlined, page: KnowledgePage },
      // 差评 of tickets: the department handler rectifies them here; agents follow them (docs/domain.md §10).
      { path: 'rectifications', label: 'ratings.nav.rectifications', icon: ToolOutlined, page: RectificationsPage },
      { path: 'reports', label: 'hotline.nav.reports', icon: FundOutlined, page: HotlineReportsPage },
      { path: 'orders', label: 'supervision.nav.departmentOrders', icon: FlagOutlined, page: DepartmentOrdersPage },
      // 代为预约 (docs/decisions.md D28): the agent books a hall visit for a caller.
      { path: 'appointments', label: 'halls.nav.agent', icon: CalendarOutlined, page: AgentBookingPage, roles: ['hotline_agent'] },
    ],
  },
  {
    key: 'supervision',
    basePath: '/supervision',
    label: 'workbench.supervision',
    icon: BarChartOutlined,
    roles: ['supervisor'],
    sections: [
      { path: 'board', label: 'cases.board.title', icon: MonitorOutlined, page: BoardPage },
      { path: 'efficiency', label: 'nav.supervision.efficiency', icon: ClockCircleOutlined, page: EfficiencyPage },
      { path: 'ratings', label: 'nav.supervision.ratings', icon: LikeOutlined, page: RatingsSupervisionPage },
      { path: 'savings', label: 'nav.supervision.savings', icon: ThunderboltOutlined, page: SavingsPage },
      { path: 'reports', label: 'reports.nav.reports', icon: LineChartOutlined, page: ReportsSectionPage },
      { path: 'periodic', label: 'reports.nav.inbox', icon: MailOutlined, page: PeriodicInboxSectionPage },
      { path: 'scores', label: 'reports.nav.scores', icon: TrophyOutlined, page: ScoresSectionPage },
      { path: 'orders', label: 'nav.supervision.orders', icon: FlagOutlined, page: SupervisionOrdersPage },
      { path: 'hotline', label: 'hotline.nav.supervision', icon: FundOutlined, page: HotlineReportsPage },
      // 大厅统计 (docs/decisions.md D29): waiting and service times per group, window and clerk.
      { path: 'halls', label: 'halls.nav.stats', icon: TeamOutlined, page: HallStatsPage },
      // 缴费对账 (docs/decisions.md D30): the daily reconciliation with the payment provider.
      { path: 'reconciliation', label: 'payments.nav.recon', icon: AccountBookOutlined, page: ReconciliationPage },
    ],
  },
  {
    key: 'leadership',
    basePath: '/leadership',
    label: 'workbench.leadership',
    icon: AlertOutlined,
    // 督办 escalation (docs/domain.md S25): the department head, then the city leadership.
    roles: ['dept_head', 'city_leader'],
    sections: [{ path: 'orders', label: 'supervision.nav.leadership', icon: AlertOutlined, page: LeadershipOrdersPage }],
  },
  {
    key: 'oversight',
    basePath: '/oversight',
    label: 'reports.workbench',
    icon: EyeOutlined,
    // 人大, 纪委监委, 组织部: they receive the periodic reports (docs/domain.md S10) and read the figures city-wide.
    roles: ['oversight'],
    sections: [
      { path: 'inbox', label: 'reports.nav.inbox', icon: MailOutlined, page: PeriodicInboxSectionPage },
      { path: 'reports', label: 'reports.nav.reports', icon: LineChartOutlined, page: ReportsSectionPage },
      { path: 'scores', label: 'reports.nav.scores', icon: TrophyOutlined, page: ScoresSectionPage },
    ],
  },
  {
    key: 'admin',
    basePath: '/admin',
    label: 'workbench.admin',
    icon: AppstoreOutlined,
    roles: ['admin'],
    sections: [
      { path: 'items', label: 'nav.admin.items', icon: FileTextOutlined, page: ItemsAdminPage },
      { path: 'places', label: 'nav.admin.places', icon: EnvironmentOutlined, page: PlacesAdminPage },
      // 一件事 definitions (docs/decisions.md D24): questions, members, stages, milestones, versioned.
      { path: 'bundles', label: 'bundles.nav.admin', icon: AppstoreAddOutlined, page: BundlesAdminPage },
      { path: 'calendar', label: 'nav.admin.calendar', icon: CalendarOutlined, page: CalendarPage },
      { path: 'audit', label: 'nav.admin.audit', icon: CheckSquareOutlined, page: AuditPage },
      { path: 'sms', label: 'nav.admin.sms', icon: MessageOutlined, page: SmsOutboxPage },
      { path: 'score-weights', label: 'reports.nav.weights', icon: SlidersOutlined, page: WeightsAdminPage },
      { path: 'open311', label: 'hotline.nav.open311', icon: ApiOutlined, page: Open311KeysPage },
      // 电子印章 (docs/decisions.md D17): make and revoke the seals that sign e-licences.
      { path: 'seals', label: 'licences.nav.seals', icon: SafetyCertificateOutlined, page: SealsAdminPage },
      // 24 小时自助终端 (docs/decisions.md D32): enrol and revoke the halls' kiosks.
      { path: 'kiosks', label: 'kiosk.nav.admin', icon: DesktopOutlined, page: KiosksAdminPage },
    ],
  },
  {
    key: 'portal',
    basePath: '/portal/me',
    label: 'workbench.portal',
    icon: BankOutlined,
    // Agents and intermediaries act for enterprises through the same personal space.
    roles: ['citizen', 'enterprise', 'agent', 'intermediary'],
    sections: [
      { path: 'cases', label: 'nav.portal.cases', icon: ScheduleOutlined, page: MyCasesPage },
      // 我的一件事 (docs/domain.md S12/S13): the applicant's bundle applications and their 开办进度.
      { path: 'bundles', label: 'bundles.nav.mine', icon: AppstoreAddOutlined, page: MyBundlesPage },
      // 我的预约 (docs/decisions.md D28): bookings of a hall visit, with the check-in code.
      { path: 'appointments', label: 'halls.nav.mine', icon: CalendarOutlined, page: MyAppointmentsPage },
      // 我的证照 (docs/decisions.md D17): the holder's e-licences.
      { path: 'licences', label: 'licences.nav.wallet', icon: IdcardOutlined, page: WalletPage },
      // 我的数据使用记录 (docs/domain.md §11): who looked at the data kept under the account's own ID number.
      { path: 'data-usage', label: 'exchange.mine.nav', icon: EyeOutlined, page: MyDataUsagePage },
    ],
  },
];

/** Icon of a workbench's overview (dashboard) entry. */
export const OVERVIEW_ICON = DashboardOutlined;

export function canOpenWorkbench(roles: readonly Role[], workbench: Workbench): boolean {
  return workbench.roles.some((role) => roles.includes(role));
}

/** The sections of a workbench whose entries the user sees. */
export function sectionsFor(workbench: Workbench, roles: readonly Role[]): WorkbenchSection[] {
  return workbench.sections.filter((section) => !section.roles || section.roles.some((role) => roles.includes(role)));
}

/** The workbenches a user may open, in landing priority. */
export function findWorkbenchesFor(roles: readonly Role[]): Workbench[] {
  return WORKBENCHES.filter((workbench) => canOpenWorkbench(roles, workbench));
}

/** Where a user lands after sign-in; the public home for a user with no workbench. */
export function getLandingPath(roles: readonly Role[]): string {
  return findWorkbenchesFor(roles)[0]?.basePath ?? '/';
}

/** The workbench whose area contains `pathname`, if any. */
export function findWorkbenchByPath(pathname: string): Workbench | undefined {
  return WORKBENCHES.find((workbench) => pathname === workbench.basePath || pathname.startsWith(`${workbench.basePath}/`));
}

/**
 * Where to go after sign-in: `next` when it is a same-site path the user may open, else the
 * user's landing page. Rejects absolute and protocol-relative URLs (open-redirect guard).
 */
export function resolvePostLoginPath(roles: readonly Role[], next: string | null): string {
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') && !next.startsWith('/login')) {
    const workbench = findWorkbenchByPath(next.split(/[?#]/)[0]);
    if (!workbench || canOpenWorkbench(roles, workbench)) return next;
  }
  return getLandingPath(roles);
}

/** The overview's menu key. */
export const OVERVIEW_KEY = '';

/** Pages outside the menu, by their first path segment, and the menu entry they are opened from. */
const PAGE_SECTIONS: Partial<Record<WorkbenchKey, Record<string, string>>> = {
  portal: { apply: 'cases' },
  window: { cases: 'queue' },
  office: { cases: 'todo' },
  supervision: { cases: 'efficiency' },
};

/** The menu keys (`''` for the overview) to mark for `pathname`: none for a page no entry leads to. */
export function selectedSection(workbench: Workbench, pathname: string): string[] {
  const rest = pathname.slice(workbench.basePath.length).replace(/^\/+/, '');
  const segment = rest.split('/')[0];
  if (!segment) return [OVERVIEW_KEY];
  if (workbench.sections.some((section) => section.path === segment)) return [segment];
  const from = PAGE_SECTIONS[workbench.key]?.[segment];
  return from ? [from] : [];
}
