import { makeResidentId, makeUscc } from '../../platform/ids/generate';
import type { Light } from './cases.clock';

/**
 * The demo's open work: who applies for what, and how far each case has got. The runner
 * (cases.demo.ts) plays every scenario through the real services with timestamps relative to the
 * day the demo is loaded, so every staff account finds cases in every status and light.
 */

/** A person or business applying at a window (the clerk enters them); IDs carry valid checksums. */
export interface DemoApplicant {
  name: string;
  idNumber: string;
  mobile: string;
  /** The business they apply for, when the item needs one. */
  entity?: { name: string; uscc: string; address: string };
  address: string;
}

const person = (name: string, region: string, birth: string, seq: number, mobile: string, address: string, entity?: DemoApplicant['entity']): DemoApplicant => ({
  name,
  idNumber: makeResidentId(region, birth, seq),
  mobile,
  address,
  ...(entity ? { entity } : {}),
});

/** Baotou residents and businesses (region codes of docs/domain.md §7: 150202 东河区 … 150223 达茂旗). */
export const DEMO_APPLICANTS: readonly DemoApplicant[] = [
  person('张建国', '150202', '1975-03-12', 131, '13904721835', '东河区巴彦塔拉大街 38 号 5 栋 2 单元 301', { name: '包头市东河区建国烧麦馆', uscc: makeUscc('92150202MA0PX3K2T'), address: '东河区和平路 17 号底商' }),
  person('李秀英', '150204', '1982-11-05', 242, '13847263310', '青山区幸福路 12 号院 3 号楼', { name: '包头市青山区秀英便利店', uscc: makeUscc('92150204MA0R8WQ5N'), address: '青山区青年路 56 号' }),
  person('王志强', '150207', '1990-07-21', 315, '15047281126', '九原区建华南路 9 号', { name: '包头市九原区志强汽车维修有限公司', uscc: makeUscc('91150207MA0N4L7C1'), address: '九原区赛音道 106 号' }),
  person('赵丽娟', '150203', '1986-02-14', 428, '18647290357', '昆都仑区钢铁大街 52 号', { name: '包头市昆都仑区丽娟母婴用品店', uscc: makeUscc('92150203MA0QJ6D8X'), address: '昆都仑区阿尔丁大街 80 号' }),
  person('刘海军', '150221', '1979-09-30', 517, '13722081944', '土默特右旗萨拉齐镇新建街 23 号', { name: '土默特右旗海军养殖专业合作社', uscc: makeUscc('93150221MA0M9T2B6'), address: '土默特右旗美岱召镇沙图沟村' }),
  person('陈晓燕', '150205', '1993-12-08', 624, '15849217708', '石拐区大发街 4 号', { name: '包头市石拐区晓燕面馆', uscc: makeUscc('92150205MA0P7D4L1'), address: '石拐区大发街 11 号' }),
  person('孙宝山', '150222', '1968-06-18', 713, '13514728862', '固阳县金山镇北环路 31 号', { name: '包头市固阳县宝山农机服务有限公司', uscc: makeUscc('91150222MA0P2C5H9'), address: '固阳县金山镇工业园区' }),
  person('娜仁高娃', '150223', '1991-04-02', 826, '15247214415', '达尔罕茂明安联合旗百灵庙镇阿吉奈街 8 号', { name: '达尔罕茂明安联合旗娜仁奶食品店', uscc: makeUscc('92150223MA0Q5H7F3'), address: '达尔罕茂明安联合旗百灵庙镇草原路 5 号' }),
  person('马国栋', '150206', '1984-10-10', 915, '13088464519', '白云鄂博矿区矿山路 15 号', { name: '包头市白云矿区国栋药房有限公司', uscc: makeUscc('91150206MA0R1X6E4'), address: '白云鄂博矿区通阳道 22 号' }),
  person('郭文静', '150202', '1995-01-25', 108, '18804729031', '东河区南门外大街 66 号'),
  person('吕建华', '150203', '1972-08-09', 237, '13947210685', '昆都仑区少先路 29 号', { name: '包头市鑫盛建筑安装工程有限公司', uscc: makeUscc('91150203MA0N6G3Y2'), address: '昆都仑区团结大街 3 号' }),
  person('周敏', '150207', '1988-05-27', 346, '15661283390', '九原区万达广场 B 座 1206', { name: '包头市九原区悦享餐饮管理有限公司', uscc: makeUscc('91150207MA0Q8R2K5'), address: '九原区建设路 201 号' }),
];

/** What happens to a case after it is submitted, in order. */
export type DemoStep =
  | 'precheck'
  | 'accept'
  | 'accept_with_deficiency'
  | 'correct_at_window'
  | 'route'
  | 'review'
  | 'approve'
  | 'deny'
  | 'special'
  | 'special_overdue'
  | 'end_special'
  | 'correct_in_review'
  | 'resubmit'
  | 'supply'
  | 'complete'
  | 'issue'
  | 'issue_e_licence'
  | 'reject'
  | 'withdraw'
  | 'return';

export interface DemoScenario {
  /** Basic code of the demo item. */
  item: string;
  /** Who applies: the demo citizen or enterprise online, or the clerk at the window for an applicant. */
  by: 'citizen' | 'enterprise' | { applicant: number };
  /** Material positions (0-based) left out of the application. */
  leaveOut?: number[];
  steps: DemoStep[];
  /** Accepted on the day that makes the light this now (open cases); otherwise submitted `daysAgo` working days ago. */
  light?: Light;
  daysAgo?: number;
}

const FOOD = '000101019000'; // 食品经营许可证核发, 市场监管, 5 working days
const PHARMACY = '000101025000'; // 药品经营许可证（零售）核发, 10 working days
const COMPANY = '000101001000'; // 公司设立登记, 1 working day, one secondary material
const COMPANY_CHANGE = '000101009000'; // 公司变更登记, result 营业执照（变更）
const FUND_CERTIFICATE = '000203007000'; // 住房公积金缴存证明开具, 秒批
const PREPACKAGED_FILING = '000101023000'; // 仅销售预包装食品备案, 秒批
const TAX_CERTIFICATE = '000102005000'; // 开具税收完税证明, 秒批 rules keyed by credit code
const BOILER = '000101028000'; // 特种设备使用登记, 1 working day
const SOLE_TRADER = '000101007000'; // 个体工商户设立登记, 即办件
const RESIDENCE = '000207010000'; // 居住证申领, 公安
const UNEMPLOYMENT = '000201012000'; // 失业保险金申领, 人社
const BUILDING = '000301008000'; // 建筑工程施工许可证核发, 住建
const HOSPITAL = '000401005000'; // 医疗机构执业登记, 卫健, 20 working days
const FREIGHT = '000103015000'; // 道路货物运输经营许可, 交通运输
const SHOW = '000103008000'; // 营业性演出审批, 文旅
const HEATING = '000406001000'; // 供热报装
const FUND_TRANSFER = '000203005000'; // 住房公积金个人账户转移接续
const LAND = '000205001000'; // 国有建设用地使用权首次登记, 自然资源

/** About forty cases: every status, every light, corrections, 容缺 owed, special procedures. */
export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  // Waiting at the window (前台综合受理).
  { item: FOOD, by: 'citizen', steps: [], daysAgo: 0 },
  { item: PHARMACY, by: 'enterprise', steps: [], daysAgo: 1 },
  { item: FOOD, by: 'enterprise', steps: ['precheck'], daysAgo: 1 },
  { item: RESIDENCE, by: { applicant: 5 }, steps: [], daysAgo: 0 },
  { item: FOOD, by: { applicant: 1 }, leaveOut: [2], steps: ['correct_at_window'], daysAgo: 2 },
  // Accepted, waiting for the middle office to route (中台).
  { item: UNEMPLOYMENT, by: { applicant: 9 }, steps: ['accept'], light: 'green' },
  { item: BUILDING, by: { applicant: 10 }, steps: ['accept'], light: 'yellow' },
  // With 市场监管 reviewers (后台审查), every light.
  { item: FOOD, by: { applicant: 0 }, steps: ['accept', 'route'], light: 'green' },
  { item: FOOD, by: { applicant: 3 }, steps: ['accept', 'route'], light: 'green' },
  { item: FOOD, by: { applicant: 11 }, steps: ['accept', 'route'], light: 'yellow' },
  { item: PHARMACY, by: { applicant: 8 }, steps: ['accept', 'route'], light: 'yellow' },
  { item: FOOD, by: { applicant: 4 }, steps: ['accept', 'route'], light: 'red' },
  { item: BOILER, by: { applicant: 6 }, steps: ['accept', 'route'], light: 'red' },
  { item: FOOD, by: { applicant: 2 }, steps: ['accept', 'route'], light: 'overdue' },
  // With 市场监管 approvers (后台审批).
  { item: PHARMACY, by: { applicant: 8 }, steps: ['accept', 'route', 'review'], light: 'green' },
  { item: FOOD, by: { applicant: 6 }, steps: ['accept', 'route', 'review'], light: 'yellow' },
  { item: FOOD, by: { applicant: 1 }, steps: ['accept', 'route', 'review'], light: 'red' },
  // 容缺受理: a secondary material still owed.
  { item: COMPANY, by: { applicant: 11 }, leaveOut: [3], steps: ['accept_with_deficiency', 'route'], light: 'green' },
  { item: COMPANY, by: { applicant: 10 }, leaveOut: [3], steps: ['accept_with_deficiency'], light: 'green' },
  // 补正 during review: clock paused until the applicant resubmits.
  { item: FOOD, by: 'citizen', steps: ['accept', 'route', 'correct_in_review'], light: 'green' },
  { item: PHARMACY, by: { applicant: 8 }, steps: ['accept', 'route', 'correct_in_review', 'resubmit'], light: 'green' },
  // 特别程序: one within its limit, one past it (its timer alerts the reviewer and supervisors).
  { item: PHARMACY, by: { applicant: 8 }, steps: ['accept', 'route', 'special'], light: 'green' },
  { item: FOOD, by: { applicant: 7 }, steps: ['accept', 'route', 'special_overdue'], daysAgo: 6 },
  // Other departments' cases, for the dispatcher, the window and supervisors.
  { item: RESIDENCE, by: { applicant: 7 }, steps: ['accept', 'route'], light: 'yellow' },
  { item: HOSPITAL, by: { applicant: 11 }, steps: ['accept', 'route'], light: 'green' },
  { item: FREIGHT, by: { applicant: 4 }, steps: ['accept', 'route'], light: 'red' },
  { item: SHOW, by: { applicant: 11 }, steps: ['accept', 'route'], light: 'overdue' },
  { item: HEATING, by: { applicant: 0 }, steps: ['accept', 'route'], light: 'yellow' },
  { item: FUND_TRANSFER, by: { applicant: 3 }, steps: ['accept', 'route'], light: 'green' },
  { item: LAND, by: { applicant: 10 }, steps: ['accept', 'route'], light: 'green' },
  // Decided, waiting for unified issuance at the window (统一出件).
  { item: FOOD, by: { applicant: 3 }, steps: ['accept', 'route', 'review', 'approve', 'complete'], daysAgo: 4 },
  { item: BOILER, by: { applicant: 6 }, steps: ['accept', 'route', 'review', 'approve', 'complete'], daysAgo: 2 },
  { item: FOOD, by: { applicant: 5 }, steps: ['accept', 'route', 'review', 'deny', 'complete'], daysAgo: 6 },
  // Finished.
  { item: FOOD, by: 'citizen', steps: ['accept', 'route', 'review', 'approve', 'complete', 'issue_e_licence'], daysAgo: 15 },
  // The demo enterprise's business licence, reissued after a change of address: its wallet holds it, so
  // a new food permit application picks it instead of an upload (免提交).
  { item: COMPANY_CHANGE, by: 'enterprise', steps: ['accept', 'route', 'review', 'approve', 'complete', 'issue_e_licence'], daysAgo: 20 },
  { item: COMPANY, by: { applicant: 11 }, leaveOut: [3], steps: ['accept_with_deficiency', 'supply', 'route', 'review', 'approve', 'complete', 'issue'], daysAgo: 10 },
  { item: SOLE_TRADER, by: { applicant: 9 }, steps: ['accept', 'complete', 'issue'], daysAgo: 3 },
  { item: SOLE_TRADER, by: { applicant: 5 }, steps: ['accept', 'complete', 'issue'], daysAgo: 0 },
  { item: PHARMACY, by: { applicant: 8 }, steps: ['accept', 'route', 'special', 'end_special', 'review', 'approve', 'complete', 'issue'], daysAgo: 25 },
  { item: FOOD, by: { applicant: 7 }, steps: ['reject'], daysAgo: 5 },
  // 秒批: decided from shared data at submission — a housing-fund deposit certificate issued as an
  // e-licence, a pre-packaged food filing completed; a tax certificate asked for by a person cannot
  // be checked from the (credit-code keyed) tax data, so it waits for the window with the reason.
  // Their 免提交 materials are left out: the real-name account and the exchange stand in for them.
  { item: FUND_CERTIFICATE, by: 'citizen', leaveOut: [0], steps: [], daysAgo: 2 },
  { item: PREPACKAGED_FILING, by: 'enterprise', leaveOut: [1], steps: [], daysAgo: 1 },
  { item: TAX_CERTIFICATE, by: 'citizen', leaveOut: [0], steps: [], daysAgo: 0 },
  { item: FOOD, by: 'enterprise', steps: ['withdraw'], daysAgo: 8 },
  { item: BOILER, by: { applicant: 6 }, steps: ['accept', 'route', 'return'], daysAgo: 9 },
];
