import {
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
  IdcardOutlined,
  InboxOutlined,
  LikeOutlined,
  MessageOutlined,
  NotificationOutlined,
  PhoneOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  ShareAltOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import { AuditPage } from '../admin/platform/AuditPage';
import { CalendarPage } from '../admin/platform/CalendarPage';
import { SmsOutboxPage } from '../admin/platform/SmsOutboxPage';
import type { MessageKey } from '../i18n/messages';
import type { Role } from '../shared/me';

export type WorkbenchKey = 'portal' | 'window' | 'office' | 'hotline' | 'supervision' | 'admin';

/** One entry of a workbench's side navigation. */
export interface WorkbenchSection {
  /** URL segment under the workbench's base path. */
  path: string;
  label: MessageKey;
  icon: ComponentType;
  /** The section's page; sections without one show the "not available yet" placeholder. */
  page?: ComponentType;
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
      { path: 'queue', label: 'nav.window.queue', icon: NotificationOutlined },
      { path: 'intake', label: 'nav.window.intake', icon: FormOutlined },
      { path: 'delivery', label: 'nav.window.delivery', icon: ExportOutlined },
    ],
  },
  {
    key: 'office',
    basePath: '/office',
    label: 'workbench.office',
    icon: AuditOutlined,
    roles: ['reviewer', 'approver', 'dispatcher'],
    sections: [
      { path: 'todo', label: 'nav.office.todo', icon: InboxOutlined },
      { path: 'assign', label: 'nav.office.assign', icon: ShareAltOutlined },
      { path: 'done', label: 'nav.office.done', icon: FileDoneOutlined },
    ],
  },
  {
    key: 'hotline',
    basePath: '/hotline',
    label: 'workbench.hotline',
    icon: PhoneOutlined,
    roles: ['hotline_agent', 'dept_handler'],
    sections: [
      { path: 'calls', label: 'nav.hotline.calls', icon: PhoneOutlined },
      { path: 'tickets', label: 'nav.hotline.tickets', icon: ProfileOutlined },
      { path: 'knowledge', label: 'nav.hotline.knowledge', icon: BookOutlined },
    ],
  },
  {
    key: 'supervision',
    basePath: '/supervision',
    label: 'workbench.supervision',
    icon: BarChartOutlined,
    roles: ['supervisor'],
    sections: [
      { path: 'efficiency', label: 'nav.supervision.efficiency', icon: ClockCircleOutlined },
      { path: 'ratings', label: 'nav.supervision.ratings', icon: LikeOutlined },
      { path: 'assessment', label: 'nav.supervision.assessment', icon: TrophyOutlined },
    ],
  },
  {
    key: 'admin',
    basePath: '/admin',
    label: 'workbench.admin',
    icon: AppstoreOutlined,
    roles: ['admin'],
    sections: [
      { path: 'items', label: 'nav.admin.items', icon: FileTextOutlined },
      { path: 'places', label: 'nav.admin.places', icon: EnvironmentOutlined },
      { path: 'calendar', label: 'nav.admin.calendar', icon: CalendarOutlined, page: CalendarPage },
      { path: 'users', label: 'nav.admin.users', icon: TeamOutlined },
      { path: 'audit', label: 'nav.admin.audit', icon: CheckSquareOutlined, page: AuditPage },
      { path: 'sms', label: 'nav.admin.sms', icon: MessageOutlined, page: SmsOutboxPage },
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
      { path: 'cases', label: 'nav.portal.cases', icon: ScheduleOutlined },
      { path: 'licenses', label: 'nav.portal.licenses', icon: IdcardOutlined },
      { path: 'ratings', label: 'nav.portal.ratings', icon: StarOutlined },
      { path: 'appointments', label: 'nav.portal.appointments', icon: CalendarOutlined },
    ],
  },
];

/** Icon of a workbench's overview (dashboard) entry. */
export const OVERVIEW_ICON = DashboardOutlined;

export function canOpenWorkbench(roles: readonly Role[], workbench: Workbench): boolean {
  return workbench.roles.some((role) => roles.includes(role));
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
