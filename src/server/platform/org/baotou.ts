/**
 * Baotou's regions (GB/T 2260) and the departments named in the city plan (docs/domain.md §7).
 * 稀土高新区 is a development zone, not a GB/T 2260 division: it gets our own code 150271,
 * chosen from the unused 70s block of Baotou's range so it cannot clash with a real division.
 */
export interface RegionSeed {
  code: string;
  nameZh: string;
  nameEn: string;
  level: 'city' | 'district' | 'zone';
}

export const BAOTOU_REGIONS: readonly RegionSeed[] = [
  { code: '150200', nameZh: '包头市', nameEn: 'Baotou', level: 'city' },
  { code: '150202', nameZh: '东河区', nameEn: 'Donghe District', level: 'district' },
  { code: '150203', nameZh: '昆都仑区', nameEn: 'Kundulun District', level: 'district' },
  { code: '150204', nameZh: '青山区', nameEn: 'Qingshan District', level: 'district' },
  { code: '150205', nameZh: '石拐区', nameEn: 'Shiguai District', level: 'district' },
  { code: '150206', nameZh: '白云鄂博矿区', nameEn: 'Bayan Obo Mining District', level: 'district' },
  { code: '150207', nameZh: '九原区', nameEn: 'Jiuyuan District', level: 'district' },
  { code: '150221', nameZh: '土默特右旗', nameEn: 'Tumed Right Banner', level: 'district' },
  { code: '150222', nameZh: '固阳县', nameEn: 'Guyang County', level: 'district' },
  { code: '150223', nameZh: '达尔罕茂明安联合旗', nameEn: 'Darhan Muminggan United Banner', level: 'district' },
  { code: '150271', nameZh: '稀土高新区', nameEn: 'Rare Earth Hi-Tech Zone', level: 'zone' },
];

export interface DepartmentSeed {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: 'government' | 'party' | 'utility' | 'other';
}

export const BAOTOU_DEPARTMENTS: readonly DepartmentSeed[] = [
  { code: 'gov-office', nameZh: '市政府办公室', nameEn: 'General Office of the Municipal Government', kind: 'government' },
  { code: 'gov-services', nameZh: '市政务服务局', nameEn: 'Municipal Government Services Bureau', kind: 'government' },
  { code: 'market-regulation', nameZh: '市市场监管局', nameEn: 'Municipal Market Regulation Bureau', kind: 'government' },
  { code: 'public-security', nameZh: '市公安局', nameEn: 'Municipal Public Security Bureau', kind: 'government' },
  { code: 'taxation', nameZh: '市税务局', nameEn: 'Municipal Taxation Bureau', kind: 'government' },
  { code: 'hr-social-security', nameZh: '市人社局', nameEn: 'Municipal Human Resources and Social Security Bureau', kind: 'government' },
  { code: 'development-reform', nameZh: '市发改委', nameEn: 'Municipal Development and Reform Commission', kind: 'government' },
  { code: 'industry-it', nameZh: '市工信局', nameEn: 'Municipal Industry and Information Technology Bureau', kind: 'government' },
  { code: 'natural-resources', nameZh: '市自然资源局', nameEn: 'Municipal Natural Resources Bureau', kind: 'government' },
  { code: 'ecology-environment', nameZh: '市生态环境局', nameEn: 'Municipal Ecology and Environment Bureau', kind: 'government' },
  { code: 'emergency-management', nameZh: '市应急管理局', nameEn: 'Municipal Emergency Management Bureau', kind: 'government' },
  { code: 'housing-construction', nameZh: '市住建局', nameEn: 'Municipal Housing and Urban-Rural Development Bureau', kind: 'government' },
  { code: 'forestry-grassland', nameZh: '市林草局', nameEn: 'Municipal Forestry and Grassland Bureau', kind: 'government' },
  { code: 'science-technology', nameZh: '市科技局', nameEn: 'Municipal Science and Technology Bureau', kind: 'government' },
  { code: 'finance', nameZh: '市财政局', nameEn: 'Municipal Finance Bureau', kind: 'government' },
  { code: 'justice', nameZh: '市司法局', nameEn: 'Municipal Justice Bureau', kind: 'government' },
  { code: 'housing-fund', nameZh: '市住房公积金管理中心', nameEn: 'Municipal Housing Provident Fund Management Centre', kind: 'government' },
  { code: 'investment-promotion', nameZh: '市投资促进中心', nameEn: 'Municipal Investment Promotion Centre', kind: 'government' },
  { code: 'establishment-office', nameZh: '市委编办', nameEn: 'Municipal Commission Office for Public Sector Reform', kind: 'party' },
  { code: 'npc-standing-committee', nameZh: '市人大常委会', nameEn: 'Standing Committee of the Municipal People’s Congress', kind: 'other' },
  { code: 'organization-dept', nameZh: '市委组织部', nameEn: 'Organization Department of the Municipal Party Committee', kind: 'party' },
  { code: 'discipline-inspection', nameZh: '市纪委监委', nameEn: 'Municipal Commission for Discipline Inspection and Supervision', kind: 'party' },
  { code: 'weather', nameZh: '市气象局', nameEn: 'Municipal Meteorological Bureau', kind: 'government' },
  { code: 'urban-management', nameZh: '市城市管理综合执法局', nameEn: 'Municipal Urban Management and Law Enforcement Bureau', kind: 'government' },
  { code: 'transport', nameZh: '市交通运输局', nameEn: 'Municipal Transport Bureau', kind: 'government' },
  { code: 'health', nameZh: '市卫生健康委', nameEn: 'Municipal Health Commission', kind: 'government' },
  { code: 'education', nameZh: '市教育局', nameEn: 'Municipal Education Bureau', kind: 'government' },
  { code: 'civil-affairs', nameZh: '市民政局', nameEn: 'Municipal Civil Affairs Bureau', kind: 'government' },
  { code: 'water-affairs', nameZh: '市水务局', nameEn: 'Municipal Water Affairs Bureau', kind: 'government' },
  { code: 'culture-tourism', nameZh: '市文化旅游广电局', nameEn: 'Municipal Culture, Tourism, Radio and Television Bureau', kind: 'government' },
  { code: 'agriculture', nameZh: '市农牧局', nameEn: 'Municipal Agriculture and Animal Husbandry Bureau', kind: 'government' },
  { code: 'commerce', nameZh: '市商务局', nameEn: 'Municipal Commerce Bureau', kind: 'government' },
  { code: 'medical-security', nameZh: '市医疗保障局', nameEn: 'Municipal Healthcare Security Bureau', kind: 'government' },
  { code: 'veterans', nameZh: '市退役军人事务局', nameEn: 'Municipal Veterans Affairs Bureau', kind: 'government' },
  { code: 'heating', nameZh: '市供热管理部门（热力公司）', nameEn: 'Heating Supply (municipal heating companies)', kind: 'utility' },
  { code: 'water-supply', nameZh: '包头市供水总公司', nameEn: 'Baotou Water Supply Company', kind: 'utility' },
  { code: 'power-supply', nameZh: '包头供电公司', nameEn: 'Baotou Power Supply Company', kind: 'utility' },
  { code: 'gas-supply', nameZh: '包头市燃气公司', nameEn: 'Baotou Gas Company', kind: 'utility' },
  // Needed by catalog items that §7 does not list (fire-safety inspection, disability cards,
  // tobacco retail permits, high-risk sports permits, bank accounts in 企业开办).
  { code: 'fire-rescue', nameZh: '包头市消防救援支队', nameEn: 'Baotou Fire and Rescue Detachment', kind: 'government' },
  { code: 'disabled-persons', nameZh: '包头市残疾人联合会', nameEn: 'Baotou Disabled Persons’ Federation', kind: 'other' },
  { code: 'tobacco', nameZh: '包头市烟草专卖局', nameEn: 'Baotou Tobacco Monopoly Bureau', kind: 'government' },
  { code: 'sports', nameZh: '包头市体育局', nameEn: 'Baotou Sports Bureau', kind: 'government' },
  { code: 'people-bank', nameZh: '中国人民银行包头市分行', nameEn: 'People’s Bank of China, Baotou Branch', kind: 'government' },
];
