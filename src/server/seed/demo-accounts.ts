import { makeResidentId, makeUscc } from '../platform/ids/generate';
import type { Role } from '../platform/auth/roles';

/** Every demo account has this password (README "Demo accounts"). */
export const DEMO_PASSWORD = 'Demo@12345';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  departmentCode: string | null;
  regionCode: string;
  idNumber?: string;
  uscc?: string;
  mobile?: string;
}

/** One account per role, as listed in the README. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  // A resident of 昆都仑区, born 1988-05-17.
  {
    username: 'citizen',
    displayName: '王晓明',
    roles: ['citizen'],
    departmentCode: null,
    regionCode: '150203',
    idNumber: makeResidentId('150203', '1988-05-17', 123),
    mobile: '13947201234',
  },
  // A restaurant company registered in 昆都仑区 (91 = enterprise registered by market regulation).
  {
    username: 'enterprise',
    displayName: '包头市鹿城餐饮管理有限公司',
    roles: ['enterprise'],
    departmentCode: null,
    regionCode: '150203',
    uscc: makeUscc('91150203MA0NB4KQ7'),
    mobile: '13847205678',
  },
  { username: 'clerk', displayName: '李娜', roles: ['window_clerk'], departmentCode: 'gov-services', regionCode: '150200', mobile: '13704721001' },
  { username: 'reviewer', displayName: '张伟', roles: ['reviewer'], departmentCode: 'market-regulation', regionCode: '150200', mobile: '13704721002' },
  { username: 'approver', displayName: '刘洋', roles: ['approver'], departmentCode: 'market-regulation', regionCode: '150200', mobile: '13704721003' },
  // The health commission's reviewer: files the commission's data needs and queries through its grants (共享交换, docs/decisions.md D20).
  { username: 'health', displayName: '吴静', roles: ['reviewer'], departmentCode: 'health', regionCode: '150200', mobile: '13704721014' },
  { username: 'dispatcher', displayName: '陈静', roles: ['dispatcher'], departmentCode: 'gov-services', regionCode: '150200', mobile: '13704721004' },
  { username: 'hotline', displayName: '赵敏', roles: ['hotline_agent'], departmentCode: 'gov-services', regionCode: '150200', mobile: '13704721005' },
  { username: 'handler', displayName: '孙强', roles: ['dept_handler'], departmentCode: 'urban-management', regionCode: '150200', mobile: '13704721006' },
  { username: 'supervisor', displayName: '周丽', roles: ['supervisor'], departmentCode: 'discipline-inspection', regionCode: '150200', mobile: '13704721007' },
  // 督办 escalation: the department head of the reviewer's bureau, then the city leadership (docs/domain.md S10).
  { username: 'depthead', displayName: '王建国', roles: ['dept_head'], departmentCode: 'market-regulation', regionCode: '150200', mobile: '13704721009' },
  { username: 'leader', displayName: '高志远', roles: ['city_leader'], departmentCode: 'gov-office', regionCode: '150200', mobile: '13704721010' },
  // Oversight bodies that receive the periodic reports (定期通报): 人大, 纪委监委, 组织部.
  { username: 'npc', displayName: '韩雪梅', roles: ['oversight'], departmentCode: 'npc-standing-committee', regionCode: '150200', mobile: '13704721011' },
  { username: 'discipline', displayName: '马国栋', roles: ['oversight'], departmentCode: 'discipline-inspection', regionCode: '150200', mobile: '13704721012' },
  { username: 'organization', displayName: '田慧', roles: ['oversight'], departmentCode: 'organization-dept', regionCode: '150200', mobile: '13704721013' },
  { username: 'admin', displayName: '系统管理员', roles: ['admin'], departmentCode: 'gov-services', regionCode: '150200', mobile: '13704721008' },
];
