/**
 * The departments that implement demo items: names, the consultation phone printed in guides and
 * the implementing body's unified social credit code used in implementation codes.
 *
 * Phone numbers and organisation-code bodies are demo values (only the 市政府办公室 code 011536003
 * is the real one from the work plan's index number); every USCC passes the GB 32100 check.
 */
import { makeUscc } from './codes';
import type { DepartmentCode } from './types';

/** One implementing department of the demo catalog. */
export interface DemoDepartment {
  code: DepartmentCode;
  nameZh: string;
  nameEn: string;
  consultationPhone: string;
  /** Implementing body's unified social credit code. */
  uscc: string;
  /** Set on departments that docs/domain.md §7 does not list, with the reason they are needed. */
  addedForDemo?: string;
}

type Row = [DepartmentCode, string, string, string, kind: string, orgBody: string, addedForDemo?: string];

const BAOTOU = '150200';

// Government bodies use kind 11 (机关), public institutions 12 (事业单位), 群团 13, companies 91.
const rows: Row[] = [
  ['gov-office', '包头市人民政府办公室', 'Baotou Municipal Government General Office', '0472-2819001', '11', '01153600'],
  ['gov-services', '包头市政务服务局', 'Baotou Government Services Administration', '0472-5368000', '11', '01153781'],
  ['market-regulation', '包头市市场监督管理局', 'Baotou Administration for Market Regulation', '0472-5368101', '11', 'MB154170'],
  ['public-security', '包头市公安局', 'Baotou Public Security Bureau', '0472-2216110', '11', '01153641'],
  ['taxation', '国家税务总局包头市税务局', 'Baotou Municipal Tax Service, STA', '0472-5368366', '11', 'MB154182'],
  ['hr-social-security', '包头市人力资源和社会保障局', 'Baotou Human Resources and Social Security Bureau', '0472-5368201', '11', '01153657'],
  ['development-reform', '包头市发展和改革委员会', 'Baotou Development and Reform Commission', '0472-5368301', '11', '01153625'],
  ['industry-it', '包头市工业和信息化局', 'Baotou Bureau of Industry and Information Technology', '0472-5368311', '11', 'MB154190'],
  ['natural-resources', '包头市自然资源局', 'Baotou Natural Resources Bureau', '0472-5368401', '11', 'MB154205'],
  ['ecology-environment', '包头市生态环境局', 'Baotou Ecology and Environment Bureau', '0472-5368411', '11', 'MB154213'],
  ['emergency-management', '包头市应急管理局', 'Baotou Emergency Management Bureau', '0472-5368421', '11', 'MB154221'],
  ['housing-construction', '包头市住房和城乡建设局', 'Baotou Housing and Urban-Rural Development Bureau', '0472-5368431', '11', '01153668'],
  ['forestry-grassland', '包头市林业和草原局', 'Baotou Forestry and Grassland Bureau', '0472-5368441', '11', 'MB154248'],
  ['science-technology', '包头市科学技术局', 'Baotou Science and Technology Bureau', '0472-5368451', '11', '01153684'],
  ['finance', '包头市财政局', 'Baotou Finance Bureau', '0472-5368461', '11', '01153692'],
  ['justice', '包头市司法局', 'Baotou Justice Bureau', '0472-5368471', '11', '01153705'],
  ['housing-fund', '包头市住房公积金管理中心', 'Baotou Housing Provident Fund Management Centre', '0472-12329', '12', '46011327'],
  ['investment-promotion', '包头市投资促进中心', 'Baotou Investment Promotion Centre', '0472-5368481', '12', 'MB154264'],
  ['establishment-office', '中共包头市委机构编制委员会办公室', 'CPC Baotou Committee Establishment Office', '0472-5368491', '11', '01153713'],
  ['organization-dept', '中共包头市委组织部', 'CPC Baotou Committee Organization Department', '0472-2819101', '11', '01153721'],
  ['discipline-inspection', '包头市纪委监委', 'Baotou Commission for Discipline Inspection and Supervision', '0472-2819201', '11', '01153730'],
  ['weather', '包头市气象局', 'Baotou Meteorological Bureau', '0472-5368501', '12', '46011335'],
  ['urban-management', '包头市城市管理综合执法局', 'Baotou Urban Management and Law Enforcement Bureau', '0472-5368511', '11', 'MB154272'],
  ['transport', '包头市交通运输局', 'Baotou Transport Bureau', '0472-5368521', '11', '01153748'],
  ['health', '包头市卫生健康委员会', 'Baotou Health Commission', '0472-5368531', '11', 'MB154289'],
  ['education', '包头市教育局', 'Baotou Education Bureau', '0472-5368541', '11', '01153756'],
  ['civil-affairs', '包头市民政局', 'Baotou Civil Affairs Bureau', '0472-5368551', '11', '01153764'],
  ['water-affairs', '包头市水务局', 'Baotou Water Affairs Bureau', '0472-5368561', '11', '01153772'],
  ['culture-tourism', '包头市文化旅游广电局', 'Baotou Culture, Tourism, Radio and Television Bureau', '0472-5368571', '11', 'MB154297'],
  ['agriculture', '包头市农牧局', 'Baotou Agriculture and Animal Husbandry Bureau', '0472-5368581', '11', 'MB154301'],
  ['commerce', '包头市商务局', 'Baotou Commerce Bureau', '0472-5368591', '11', 'MB154310'],
  ['medical-security', '包头市医疗保障局', 'Baotou Healthcare Security Administration', '0472-5368601', '11', 'MB154328'],
  ['veterans', '包头市退役军人事务局', 'Baotou Veterans Affairs Bureau', '0472-5368611', '11', 'MB154336'],
  ['heating', '包头市热力（集团）有限责任公司', 'Baotou Heating (Group) Co., Ltd.', '0472-96577', '91', '70142615'],
  ['water-supply', '包头供水总公司', 'Baotou Water Supply Company', '0472-96677', '91', '70142623'],
  ['power-supply', '内蒙古电力（集团）有限责任公司包头供电分公司', 'Inner Mongolia Power Group, Baotou Branch', '0472-95598', '91', '70142631'],
  ['gas-supply', '包头市燃气有限公司', 'Baotou Gas Co., Ltd.', '0472-96777', '91', '70142640'],
  [
    'fire-rescue', '包头市消防救援支队', 'Baotou Fire and Rescue Detachment', '0472-5368621', '11', 'MB154344',
    'Since the 2019 reform the pre-opening fire-safety inspection of 公众聚集场所 belongs to the fire and rescue organs, not to 住建.',
  ],
  [
    'disabled-persons', '包头市残疾人联合会', 'Baotou Disabled Persons’ Federation', '0472-5368631', '13', '46011343',
    'The 残疾人证 is issued by the disabled persons’ federation.',
  ],
  [
    'tobacco', '包头市烟草专卖局', 'Baotou Tobacco Monopoly Bureau', '0472-5368641', '11', '11450310',
    'Convenience stores need the 烟草专卖零售许可证, which only the tobacco monopoly bureau issues.',
  ],
  [
    'sports', '包头市体育局', 'Baotou Sports Bureau', '0472-5368651', '11', 'MB154352',
    'Gyms with swimming pools need the 高危险性体育项目经营许可 from the sports authority.',
  ],
  [
    'people-bank', '中国人民银行包头市分行', 'People’s Bank of China, Baotou Branch', '0472-5368661', '11', '11450329',
    'Bank-account opening in the 企业开办 bundle is supervised by the central bank branch.',
  ],
];

/** Every department of the demo catalog, in §7 order and then the demo additions. */
export const demoDepartments: readonly DemoDepartment[] = rows.map(
  ([code, nameZh, nameEn, consultationPhone, kind, orgBody, addedForDemo]) => ({
    code,
    nameZh,
    nameEn,
    consultationPhone,
    uscc: makeUscc(kind, BAOTOU, orgBody),
    ...(addedForDemo ? { addedForDemo } : {}),
  }),
);

const byCode = new Map(demoDepartments.map((d) => [d.code, d]));

/** The department with this code; throws when the demo table lacks it. */
export function getDemoDepartment(code: DepartmentCode): DemoDepartment {
  const d = byCode.get(code);
  if (!d) throw new Error(`unknown demo department ${code}`);
  return d;
}
