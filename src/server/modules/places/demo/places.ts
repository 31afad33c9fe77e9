/**
 * The demo "1+N+X" places of Baotou: 1 city hall, the N = 6 branch halls, and the X = district,
 * banner and county halls, street/township centres, community/village stations, industrial-park,
 * post and bank agency points.
 *
 * Street, township, 苏木 and most community names are real; street addresses, phone numbers and
 * some community station names are plausible demo values. Coordinates are approximate.
 */
import type {
  BranchHallCode,
  DemoPlace,
  ItemSelector,
  OpeningHours,
  PlaceLevel,
  RegionCode,
  ServiceWindow,
  TimeRange,
  WindowKind,
} from './types';

const WORKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const t = (start: string, end: string): TimeRange => ({ start, end });

const HALL_HOURS: OpeningHours = {
  weekday: [t('09:00', '12:00'), t('13:30', '17:30')],
  lunchDuty: true,
  extended: { days: [...WORKDAYS], until: '19:00', byAppointment: true },
  weekend: { days: ['sat'], sessions: [t('09:00', '12:00'), t('13:30', '16:30')], mode: 'walk_in' },
  holiday: 'appointment',
  selfService24h: true,
  noteZh: '工作日9:00—12:00、13:30—17:30，午间不断档；工作日延时服务至19:00（需预约）；周六开放高频事项窗口；法定节假日预约办理；24小时自助服务区全天开放',
  noteEn: 'Working days 9:00–12:00 and 13:30–17:30 with a lunch-time duty window; extended service to 19:00 by appointment; Saturdays for frequent matters; holidays by appointment; 24-hour self-service area.',
};

const DISTRICT_HOURS: OpeningHours = {
  weekday: [t('09:00', '12:00'), t('13:30', '17:30')],
  lunchDuty: true,
  weekend: { days: ['sat'], sessions: [t('09:00', '12:00')], mode: 'appointment' },
  holiday: 'appointment',
  selfService24h: true,
  noteZh: '工作日9:00—12:00、13:30—17:30，午间不断档；周六上午预约办理；法定节假日预约办理；24小时自助服务区全天开放',
  noteEn: 'Working days 9:00–12:00 and 13:30–17:30 with a lunch-time duty window; Saturday mornings and holidays by appointment; 24-hour self-service area.',
};

const STREET_HOURS: OpeningHours = {
  weekday: [t('08:30', '12:00'), t('14:00', '17:30')],
  lunchDuty: false,
  weekend: { days: ['sat'], sessions: [t('09:00', '11:30')], mode: 'appointment' },
  holiday: 'closed',
  selfService24h: false,
  noteZh: '工作日8:30—12:00、14:00—17:30；周六上午预约错时服务；法定节假日休息',
  noteEn: 'Working days 8:30–12:00 and 14:00–17:30; Saturday mornings by appointment; closed on holidays.',
};

const COMMUNITY_HOURS: OpeningHours = {
  weekday: [t('08:30', '12:00'), t('14:00', '17:30')],
  lunchDuty: false,
  weekend: { days: ['sat', 'sun'], sessions: [t('09:00', '11:30')], mode: 'appointment' },
  holiday: 'closed',
  selfService24h: false,
  noteZh: '工作日8:30—12:00、14:00—17:30；周末上午错时预约服务，网格员可上门代办',
  noteEn: 'Working days 8:30–12:00 and 14:00–17:30; weekend mornings by appointment; grid workers can handle matters at home.',
};

const PARK_HOURS: OpeningHours = {
  weekday: [t('09:00', '12:00'), t('13:30', '17:30')],
  lunchDuty: false,
  extended: { days: [...WORKDAYS], until: '20:00', byAppointment: true },
  holiday: 'closed',
  selfService24h: false,
  noteZh: '工作日9:00—12:00、13:30—17:30；帮办代办员可预约延时或上门服务',
  noteEn: 'Working days 9:00–12:00 and 13:30–17:30; agents serve after hours or on site by appointment.',
};

const POST_HOURS: OpeningHours = {
  weekday: [t('08:30', '17:30')],
  lunchDuty: true,
  weekend: { days: ['sat', 'sun'], sessions: [t('09:00', '16:00')], mode: 'walk_in' },
  holiday: 'closed',
  selfService24h: false,
  noteZh: '每日营业，工作日8:30—17:30，周末9:00—16:00；代办交管业务',
  noteEn: 'Open daily: working days 8:30–17:30, weekends 9:00–16:00; traffic-administration agency services.',
};

const BANK_HOURS: OpeningHours = {
  weekday: [t('09:00', '17:00')],
  lunchDuty: true,
  weekend: { days: ['sat', 'sun'], sessions: [t('09:00', '16:00')], mode: 'walk_in' },
  holiday: 'closed',
  selfService24h: true,
  noteZh: '工作日9:00—17:00，周末9:00—16:00；自助服务终端24小时可用',
  noteEn: 'Working days 9:00–17:00, weekends 9:00–16:00; self-service terminal available 24 hours.',
};

const BRANCH_NAMES: Record<BranchHallCode, [string, string, string]> = {
  hr: ['人社', 'Human Resources and Social Security', 'RS'],
  science: ['科技', 'Science and Technology', 'KJ'],
  housing_fund: ['公积金', 'Housing Provident Fund', 'GJ'],
  property_trading: ['房产交易', 'Property Trading', 'FC'],
  real_estate: ['不动产登记', 'Real Estate Registration', 'BD'],
  driver_vehicle: ['驾驶人及车辆', 'Drivers and Vehicles', 'CJ'],
};

/** Windows `<prefix>01` … `<prefix><count>`. */
function windows(prefix: string, count: number, kind: WindowKind, nameZh: string, nameEn: string, extra: Partial<ServiceWindow> = {}): ServiceWindow[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { code: `${prefix}${n}`, nameZh: `${nameZh}${n}`, nameEn: `${nameEn} ${n}`, kind, ...extra };
  });
}

function branchWindows(branch: BranchHallCode, count: number): ServiceWindow[] {
  const [zh, en, prefix] = BRANCH_NAMES[branch];
  return windows(prefix, count, 'branch', `${zh}窗口`, `${en} window`, { branchHall: branch });
}

// --- item selectors --------------------------------------------------------------------------

const CITY_SELECTOR: ItemSelector = { include: [{ levels: ['city', 'both'] }] };

/** District halls take every district-level item and every 全市通办 item. */
const DISTRICT_SELECTOR: ItemSelector = { include: [{ levels: ['district', 'both'] }, { cityWide: true }] };

const branchSelector = (b: BranchHallCode): ItemSelector => {
  const include: ItemSelector['include'] = [{ branchHalls: [b] }];
  // Tax windows sit in the real-estate, property and vehicle halls for the taxes those cases trigger.
  if (b === 'real_estate' || b === 'property_trading') include.push({ departmentCodes: ['taxation'], topics: ['不动产'] });
  if (b === 'driver_vehicle') include.push({ departmentCodes: ['taxation'], topics: ['交通出行'] });
  return { include };
};

/** Departments whose citizen services sink to street/township centres (便民服务类、证明类、缴费类). */
const STREET_DEPARTMENTS = [
  'hr-social-security', 'medical-security', 'civil-affairs', 'health', 'disabled-persons', 'veterans', 'justice',
  'housing-construction', 'heating', 'water-supply', 'power-supply', 'gas-supply',
];

/** Street centres take benefits and public services (给付、公共服务), not licences or registrations. */
const STREET_SELECTOR: ItemSelector = {
  include: [{ levels: ['district', 'both'], modes: ['nearby'], audience: ['citizen'], types: ['GF', 'GG'], departmentCodes: STREET_DEPARTMENTS }],
};

const COMMUNITY_SELECTOR: ItemSelector = {
  include: [
    { levels: ['district', 'both'], modes: ['nearby'], audience: ['citizen'], types: ['GF', 'GG'], departmentCodes: ['civil-affairs', 'disabled-persons', 'veterans'] },
    { levels: ['district'], audience: ['citizen'], types: ['GF', 'GG'], departmentCodes: ['health'], topics: ['生育收养'] },
    { departmentCodes: ['hr-social-security', 'medical-security'], modes: ['immediate'], audience: ['citizen'], types: ['GG'] },
  ],
};

const PARK_SELECTOR: ItemSelector = {
  include: [
    { levels: ['district', 'both'], audience: ['enterprise'], topics: ['企业开办', '投资项目', '工程建设'] },
    { departmentCodes: ['development-reform', 'investment-promotion'] },
  ],
};

const POST_SELECTOR: ItemSelector = {
  include: [
    { branchHalls: ['driver_vehicle'], maxVisits: 0 },
    { departmentCodes: ['public-security'], topics: ['出入境'], maxVisits: 0 },
  ],
};

/**
 * Banks act as agents for a few items only: business licences for new firms (公司设立登记
 * 000101001000, 个体工商户设立登记 000101007000), social-security cards and pension services
 * (社会保障卡申领 000201016000, 补领、换领 000201017000, 待遇资格认证 000201007000, 权益记录打印
 * 000201018000), bank-account appointments and instant housing-fund withdrawals.
 */
const BANK_SELECTOR: ItemSelector = {
  include: [
    { departmentCodes: ['people-bank'] },
    { basicCodes: ['000101001000', '000101007000', '000201016000', '000201017000', '000201007000', '000201018000'] },
    { branchHalls: ['housing_fund'], modes: ['immediate'], audience: ['citizen'] },
  ],
};

// --- builders ----------------------------------------------------------------------------------

type Base = Pick<DemoPlace, 'code' | 'nameZh' | 'nameEn' | 'regionCode' | 'address' | 'lat' | 'lng' | 'phone'> & {
  parentCode?: string;
};

function place(level: PlaceLevel, base: Base, hours: OpeningHours, win: ServiceWindow[], itemSelector: ItemSelector, extra: Partial<DemoPlace> = {}): DemoPlace {
  return { ...base, level, hours, windows: win, itemSelector, ...extra };
}

const CITY_HALL_CODE = '150200-CH-01';
const BRANCH_CODE = (b: BranchHallCode) => `150200-BR-${BRANCH_NAMES[b][2]}`;
const DISTRICT_CODE = (r: RegionCode) => `${r}-DH-01`;

const cityHall = place(
  'city_hall',
  {
    code: CITY_HALL_CODE, nameZh: '包头市政务服务中心', nameEn: 'Baotou Government Services Centre', regionCode: '150200',
    address: '内蒙古自治区包头市九原区建华南路与纬五路交叉口东南150米', lat: 40.5935, lng: 109.871, phone: '0472-5368000',
  },
  HALL_HOURS,
  [
    ...windows('A', 20, 'comprehensive', '综合受理窗口', 'Comprehensive window'),
    ...windows('J', 2, 'instant', '出入境即办窗口', 'Exit-entry instant window', { departmentCodes: ['public-security'] }),
    { code: 'J03', nameZh: '户政即办窗口', nameEn: 'Household registration instant window', kind: 'instant', departmentCodes: ['public-security'] },
    { code: 'J04', nameZh: '税务即办窗口', nameEn: 'Tax instant window', kind: 'instant', departmentCodes: ['taxation'] },
    ...branchWindows('hr', 3),
    ...branchWindows('science', 1),
    ...branchWindows('housing_fund', 2),
    ...branchWindows('property_trading', 2),
    ...branchWindows('real_estate', 3),
    ...branchWindows('driver_vehicle', 2),
    ...windows('G', 2, 'project', '工程建设项目综合窗口', 'Construction project window', { departmentCodes: ['housing-construction', 'natural-resources', 'development-reform'] }),
    ...windows('F', 2, 'delivery', '统一出件窗口', 'Result delivery window'),
  ],
  CITY_SELECTOR,
);

const branchRows: [BranchHallCode, string, string, number, number, string, number][] = [
  ['hr', '昆都仑区钢铁大街36号', '0472-5368201', 40.6567, 109.842, '包头市社会保险服务中心大楼', 12],
  ['science', '九原区建华南路1号包头市科技局一楼', '0472-5368451', 40.6005, 109.87, '包头市科技局', 4],
  ['housing_fund', '青山区幸福南路16号', '0472-5368690', 40.647, 109.889, '包头市住房公积金管理中心', 10],
  ['property_trading', '昆都仑区乌兰道9号', '0472-5368710', 40.6425, 109.83, '包头市房产交易中心', 10],
  ['real_estate', '青山区民族东路16号', '0472-5368720', 40.662, 109.876, '包头市不动产登记中心', 16],
  ['driver_vehicle', '九原区哈屯高勒路公安局交管支队车辆管理所', '0472-5368730', 40.588, 109.905, '包头市公安局交通管理支队车辆管理所', 14],
];

function branchHours(weekend: NonNullable<OpeningHours['weekend']>): OpeningHours {
  const saturday = weekend.mode === 'walk_in' ? '周六全天开放' : '周六上午预约办理';
  const saturdayEn = weekend.mode === 'walk_in' ? 'open all Saturday' : 'Saturday mornings by appointment';
  return {
    weekday: HALL_HOURS.weekday,
    lunchDuty: true,
    weekend,
    holiday: 'appointment',
    selfService24h: true,
    noteZh: `工作日9:00—12:00、13:30—17:30，午间不断档；${saturday}；法定节假日预约办理；自助服务区24小时开放`,
    noteEn: `Working days 9:00–12:00 and 13:30–17:30 with a lunch-time duty window; ${saturdayEn}; holidays by appointment; 24-hour self-service area.`,
  };
}

const branchHalls: DemoPlace[] = branchRows.map(([b, address, phone, lat, lng, host, count]) => {
  const [zh, en] = BRANCH_NAMES[b];
  const weekend: NonNullable<OpeningHours['weekend']> = b === 'driver_vehicle' || b === 'real_estate'
    ? { days: ['sat'], sessions: [t('09:00', '12:00'), t('13:30', '16:30')], mode: 'walk_in' }
    : { days: ['sat'], sessions: [t('09:00', '12:00')], mode: 'appointment' };
  return place(
    'branch_hall',
    {
      code: BRANCH_CODE(b), nameZh: `包头市政务服务大厅${zh}分大厅`, nameEn: `Baotou Government Services Hall — ${en} Branch`,
      regionCode: b === 'science' || b === 'driver_vehicle' ? '150207' : b === 'hr' || b === 'property_trading' ? '150203' : '150204',
      address: `内蒙古自治区包头市${address}（${host}）`, lat, lng, phone, parentCode: CITY_HALL_CODE,
    },
    branchHours(weekend),
    [...branchWindows(b, count), ...windows('F', 1, 'delivery', '出件窗口', 'Delivery window')],
    branchSelector(b),
    { branchHall: b },
  );
});

const districtRows: [RegionCode, string, string, string, number, number, string][] = [
  ['150202', '东河区政务服务中心', 'Donghe District Government Services Centre', '东河区巴彦塔拉大街与和平路交汇处', 40.582, 110.022, '0472-4171234'],
  ['150203', '昆都仑区政务服务中心', 'Kundulun District Government Services Centre', '昆都仑区阿尔丁大街与乌兰道交汇处', 40.64, 109.83, '0472-2135678'],
  ['150204', '青山区政务服务中心', 'Qingshan District Government Services Centre', '青山区青年路与富强路交汇处', 40.648, 109.892, '0472-3325566'],
  ['150205', '石拐区政务服务中心', 'Shiguai District Government Services Centre', '石拐区大发街道石拐大街18号', 40.68, 110.272, '0472-7221188'],
  ['150206', '白云鄂博矿区政务服务中心', 'Bayan Obo Mining District Government Services Centre', '白云鄂博矿区通阳道街道通阳大街', 41.77, 109.972, '0472-8162299'],
  ['150207', '九原区政务服务中心', 'Jiuyuan District Government Services Centre', '九原区沙河街道建设路与南绕城公路交汇处', 40.602, 109.963, '0472-6989900'],
  ['150221', '土默特右旗政务服务中心', 'Tumed Right Banner Government Services Centre', '土默特右旗萨拉齐镇新华大街', 40.562, 110.521, '0472-8825566'],
  ['150222', '固阳县政务服务中心', 'Guyang County Government Services Centre', '固阳县金山镇新建街', 41.03, 110.052, '0472-8123366'],
  ['150223', '达尔罕茂明安联合旗政务服务中心', 'Darhan Muminggan United Banner Government Services Centre', '达尔罕茂明安联合旗百灵庙镇艾不盖路', 41.701, 110.433, '0472-8425588'],
  ['150271', '稀土高新区政务服务中心', 'Rare Earth High-tech Zone Government Services Centre', '稀土高新区黄河大街与稀土大街交汇处', 40.625, 109.815, '0472-5350088'],
];

const districtHalls: DemoPlace[] = districtRows.map(([regionCode, nameZh, nameEn, address, lat, lng, phone]) =>
  place(
    'district_hall',
    { code: DISTRICT_CODE(regionCode), nameZh, nameEn, regionCode, address: `内蒙古自治区包头市${address}`, lat, lng, phone, parentCode: CITY_HALL_CODE },
    DISTRICT_HOURS,
    [
      ...windows('Q', regionCode === '150203' || regionCode === '150204' || regionCode === '150202' ? 10 : 6, 'comprehensive', '综合受理窗口', 'Comprehensive window'),
      ...windows('J', 2, 'instant', '即办窗口', 'Instant window', { departmentCodes: ['public-security', 'taxation'] }),
      ...windows('G', 1, 'project', '企业服务和帮办代办窗口', 'Enterprise and agent service window'),
      ...windows('F', 1, 'delivery', '统一出件窗口', 'Result delivery window'),
    ],
    DISTRICT_SELECTOR,
  ),
);

/** [region, street code suffix, name, English name, address, lat, lng, phone]. */
const streetRows: [RegionCode, string, string, string, string, number, number, string][] = [
  ['150203', '01', '阿尔丁大街街道便民服务中心', 'Aerding Street Service Centre', '昆都仑区阿尔丁北大街', 40.664, 109.843, '0472-2112301'],
  ['150203', '02', '林荫路街道便民服务中心', 'Linyin Road Street Service Centre', '昆都仑区林荫路与团结大街交汇处', 40.651, 109.824, '0472-2112302'],
  ['150203', '03', '沼潭街道便民服务中心', 'Zhaotan Street Service Centre', '昆都仑区沼潭南路', 40.634, 109.842, '0472-2112303'],
  ['150203', '04', '少先路街道便民服务中心', 'Shaoxian Road Street Service Centre', '昆都仑区友谊小区少先路', 40.65, 109.838, '0472-2112304'],
  ['150203', '05', '友谊大街街道便民服务中心', 'Youyi Avenue Street Service Centre', '昆都仑区友谊大街', 40.643, 109.815, '0472-2112305'],
  ['150204', '01', '富强路街道便民服务中心', 'Fuqiang Road Street Service Centre', '青山区富强路', 40.66, 109.9, '0472-3312301'],
  ['150204', '02', '青山路街道便民服务中心', 'Qingshan Road Street Service Centre', '青山区青山路', 40.654, 109.886, '0472-3312302'],
  ['150204', '03', '幸福路街道便民服务中心', 'Xingfu Road Street Service Centre', '青山区幸福路', 40.646, 109.883, '0472-3312303'],
  ['150204', '04', '先锋道街道便民服务中心', 'Xianfeng Road Street Service Centre', '青山区先锋道', 40.662, 109.87, '0472-3312304'],
  ['150202', '01', '西脑包街道便民服务中心', 'Xinaobao Street Service Centre', '东河区西脑包大街', 40.593, 110.01, '0472-4112301'],
  ['150202', '02', '南门外街道便民服务中心', 'Nanmenwai Street Service Centre', '东河区南门外大街', 40.578, 110.035, '0472-4112302'],
  ['150202', '03', '和平路街道便民服务中心', 'Heping Road Street Service Centre', '东河区和平路', 40.586, 110.025, '0472-4112303'],
  ['150207', '01', '沙河街道便民服务中心', 'Shahe Street Service Centre', '九原区沙河街道建设路', 40.6, 109.965, '0472-6912301'],
  ['150207', '02', '赛汗街道便民服务中心', 'Saihan Street Service Centre', '九原区赛汗街道万青路', 40.615, 109.895, '0472-6912302'],
  ['150207', '03', '萨如拉街道便民服务中心', 'Sarula Street Service Centre', '九原区萨如拉街道', 40.602, 109.813, '0472-6912303'],
  ['150207', '04', '麻池镇便民服务中心', 'Machi Town Service Centre', '九原区麻池镇', 40.58, 109.79, '0472-6912304'],
  ['150205', '01', '五当召镇便民服务中心', 'Wudangzhao Town Service Centre', '石拐区五当召镇', 40.79, 110.3, '0472-7212301'],
  ['150206', '01', '通阳道街道便民服务中心', 'Tongyangdao Street Service Centre', '白云鄂博矿区通阳道街道', 41.772, 109.97, '0472-8112301'],
  ['150221', '01', '萨拉齐镇便民服务中心', 'Salaqi Town Service Centre', '土默特右旗萨拉齐镇', 40.56, 110.515, '0472-8812301'],
  ['150221', '02', '美岱召镇便民服务中心', 'Meidaizhao Town Service Centre', '土默特右旗美岱召镇', 40.58, 110.75, '0472-8812302'],
  ['150222', '01', '金山镇便民服务中心', 'Jinshan Town Service Centre', '固阳县金山镇', 41.035, 110.06, '0472-8112401'],
  ['150222', '02', '怀朔镇便民服务中心', 'Huaishuo Town Service Centre', '固阳县怀朔镇', 41.09, 109.97, '0472-8112402'],
  ['150223', '01', '百灵庙镇便民服务中心', 'Bailingmiao Town Service Centre', '达尔罕茂明安联合旗百灵庙镇', 41.695, 110.428, '0472-8412301'],
  ['150223', '02', '希拉穆仁镇便民服务中心', 'Xilamuren Town Service Centre', '达尔罕茂明安联合旗希拉穆仁镇', 41.35, 111.21, '0472-8412302'],
  ['150271', '01', '稀土路街道便民服务中心', 'Xitu Road Street Service Centre', '稀土高新区稀土路街道', 40.63, 109.82, '0472-5312301'],
  ['150271', '02', '万水泉镇便民服务中心', 'Wanshuiquan Town Service Centre', '稀土高新区万水泉镇', 40.595, 109.845, '0472-5312302'],
];

const streetCode = (r: RegionCode, n: string) => `${r}-ST-${n}`;

const streetCentres: DemoPlace[] = streetRows.map(([regionCode, n, nameZh, nameEn, address, lat, lng, phone]) =>
  place(
    'street_centre',
    { code: streetCode(regionCode, n), nameZh, nameEn, regionCode, address: `内蒙古自治区包头市${address}`, lat, lng, phone, parentCode: DISTRICT_CODE(regionCode) },
    STREET_HOURS,
    windows('S', 3, 'comprehensive', '便民服务窗口', 'Service window'),
    STREET_SELECTOR,
  ),
);

/** [region, parent street suffix, station suffix, name, English name, lat, lng]. Village stations are 嘎查/村. */
const communityRows: [RegionCode, string, string, string, string, number, number][] = [
  ['150203', '03', '01', '林南小区第一社区便民服务站', 'Linnan First Community Station', 40.632, 109.838],
  ['150203', '03', '02', '阿尔丁十号街坊第一社区便民服务站', 'Aerding Block 10 First Community Station', 40.637, 109.845],
  ['150203', '03', '03', '阿巴社区便民服务站', 'Aba Community Station', 40.635, 109.848],
  ['150203', '02', '04', '林荫路社区便民服务站', 'Linyin Road Community Station', 40.653, 109.822],
  ['150203', '04', '05', '友谊十七号街坊社区便民服务站', 'Youyi Block 17 Community Station', 40.648, 109.836],
  ['150203', '01', '06', '阿尔丁大街第三社区便民服务站', 'Aerding Avenue Third Community Station', 40.667, 109.845],
  ['150203', '05', '07', '友谊二十一号街坊社区便民服务站', 'Youyi Block 21 Community Station', 40.641, 109.812],
  ['150204', '01', '01', '富强路第一社区便民服务站', 'Fuqiang Road First Community Station', 40.662, 109.903],
  ['150204', '02', '02', '青山路第二社区便民服务站', 'Qingshan Road Second Community Station', 40.656, 109.884],
  ['150204', '03', '03', '幸福路第三社区便民服务站', 'Xingfu Road Third Community Station', 40.644, 109.881],
  ['150204', '04', '04', '先锋道社区便民服务站', 'Xianfeng Road Community Station', 40.664, 109.872],
  ['150202', '01', '01', '红星社区便民服务站', 'Hongxing Community Station', 40.595, 110.012],
  ['150202', '02', '02', '南门外社区便民服务站', 'Nanmenwai Community Station', 40.576, 110.037],
  ['150202', '03', '03', '和平路社区便民服务站', 'Heping Road Community Station', 40.588, 110.027],
  ['150207', '01', '01', '万达社区便民服务站', 'Wanda Community Station', 40.603, 109.958],
  ['150207', '01', '02', '华融社区便民服务站', 'Huarong Community Station', 40.598, 109.961],
  ['150207', '01', '03', '花园社区便民服务站', 'Huayuan Community Station', 40.601, 109.97],
  ['150207', '01', '04', '西脑包村便民服务站', 'Xinaobao Village Station', 40.596, 109.975],
  ['150207', '02', '05', '果园社区便民服务站', 'Guoyuan Community Station', 40.618, 109.892],
  ['150207', '02', '06', '建华社区便民服务站', 'Jianhua Community Station', 40.612, 109.878],
  ['150207', '02', '07', '井卜石村便民服务站', 'Jingbushi Village Station', 40.608, 109.905],
  ['150207', '03', '08', '萨如拉第一社区便民服务站', 'Sarula First Community Station', 40.604, 109.81],
  ['150207', '04', '09', '麻池村便民服务站', 'Machi Village Station', 40.577, 109.787],
  ['150205', '01', '01', '五当召村便民服务站', 'Wudangzhao Village Station', 40.795, 110.31],
  ['150206', '01', '01', '通阳道社区便民服务站', 'Tongyangdao Community Station', 41.774, 109.968],
  ['150221', '01', '01', '萨拉齐镇新华社区便民服务站', 'Xinhua Community Station, Salaqi', 40.563, 110.518],
  ['150221', '02', '02', '美岱召村便民服务站', 'Meidaizhao Village Station', 40.577, 110.747],
  ['150222', '01', '01', '金山镇北城社区便民服务站', 'Beicheng Community Station, Jinshan', 41.041, 110.058],
  ['150223', '01', '01', '百灵庙镇乌兰社区便民服务站', 'Wulan Community Station, Bailingmiao', 41.698, 110.425],
  ['150223', '02', '02', '希拉穆仁嘎查便民服务站', 'Xilamuren Gacha Station', 41.352, 111.205],
  ['150271', '01', '01', '希望社区便民服务站', 'Xiwang Community Station', 40.632, 109.823],
  ['150271', '02', '02', '万水泉村便民服务站', 'Wanshuiquan Village Station', 40.592, 109.848],
];

const communityStations: DemoPlace[] = communityRows.map(([regionCode, parent, n, nameZh, nameEn, lat, lng], i) => {
  const street = streetRows.find(([r, s]) => r === regionCode && s === parent);
  if (!street) throw new Error(`no street ${regionCode}-${parent}`);
  const station = nameZh.replace('便民服务站', '');
  return place(
    'community_station',
    {
      code: `${regionCode}-CS-${n}`, nameZh, nameEn, regionCode, parentCode: streetCode(regionCode, parent),
      address: `内蒙古自治区包头市${street[4]}${station}党群服务中心`, lat, lng, phone: `0472-69${String(30001 + i)}`,
    },
    COMMUNITY_HOURS,
    windows('C', 1, 'general', '便民服务窗口', 'Service window'),
    COMMUNITY_SELECTOR,
  );
});

const agencyRows: [PlaceLevel, RegionCode, string, string, string, string, number, number, string][] = [
  ['park_point', '150271', '01', '稀土高新区企业服务中心（园区代办点）', 'Rare Earth High-tech Zone Enterprise Service Centre', '稀土高新区稀土大街稀土应用产业园区管委会一楼', 40.615, 109.785, '0472-5350101'],
  ['park_point', '150207', '01', '九原工业园区政务服务代办点', 'Jiuyuan Industrial Park Agency Point', '九原区九原工业园区管委会服务大厅', 40.57, 109.98, '0472-6950101'],
  ['park_point', '150222', '01', '金山工业园区政务服务代办点', 'Jinshan Industrial Park Agency Point', '固阳县金山工业园区管委会', 41.015, 110.07, '0472-8150101'],
  ['park_point', '150204', '01', '包头装备制造产业园区政务服务代办点', 'Baotou Equipment Manufacturing Park Agency Point', '青山区装备制造产业园区管委会', 40.675, 109.93, '0472-3350101'],
  ['post_point', '150203', '01', '中国邮政钢铁大街邮政支局（交管业务代办点）', 'China Post Gangtie Avenue Branch', '昆都仑区钢铁大街邮政支局', 40.657, 109.844, '0472-2150111'],
  ['post_point', '150204', '01', '中国邮政幸福路邮政支局（交管业务代办点）', 'China Post Xingfu Road Branch', '青山区幸福路邮政支局', 40.648, 109.885, '0472-3350111'],
  ['post_point', '150202', '01', '中国邮政巴彦塔拉大街邮政支局（交管业务代办点）', 'China Post Bayantala Avenue Branch', '东河区巴彦塔拉大街邮政支局', 40.585, 110.03, '0472-4150111'],
  ['post_point', '150221', '01', '中国邮政萨拉齐邮政支局（交管业务代办点）', 'China Post Salaqi Branch', '土默特右旗萨拉齐镇邮政支局', 40.563, 110.52, '0472-8850111'],
  ['bank_point', '150203', '01', '中国建设银行包头分行营业部（政务服务代办点）', 'China Construction Bank Baotou Branch', '昆都仑区钢铁大街建设银行包头分行', 40.6575, 109.846, '0472-2150222'],
  ['bank_point', '150204', '01', '中国工商银行包头青山支行（政务服务代办点）', 'ICBC Baotou Qingshan Sub-branch', '青山区钢铁大街工商银行青山支行', 40.655, 109.89, '0472-3350222'],
  ['bank_point', '150207', '01', '中国农业银行包头九原支行（政务服务代办点）', 'Agricultural Bank of China Jiuyuan Sub-branch', '九原区建设路农业银行九原支行', 40.601, 109.96, '0472-6950222'],
  ['bank_point', '150202', '01', '中国银行包头东河支行（政务服务代办点）', 'Bank of China Baotou Donghe Sub-branch', '东河区和平路中国银行东河支行', 40.584, 110.027, '0472-4150222'],
];

const AGENCY: Record<'park_point' | 'post_point' | 'bank_point', [string, OpeningHours, ItemSelector, WindowKind, string, string]> = {
  park_point: ['PK', PARK_HOURS, PARK_SELECTOR, 'project', '帮办代办窗口', 'Agent service window'],
  post_point: ['PO', POST_HOURS, POST_SELECTOR, 'general', '交管业务代办窗口', 'Traffic agency window'],
  bank_point: ['BK', BANK_HOURS, BANK_SELECTOR, 'general', '政务服务代办窗口', 'Government-service agency window'],
};

const agencyPoints: DemoPlace[] = agencyRows.map(([level, regionCode, n, nameZh, nameEn, address, lat, lng, phone]) => {
  const [prefix, hours, selector, kind, winZh, winEn] = AGENCY[level as keyof typeof AGENCY];
  return place(
    level,
    { code: `${regionCode}-${prefix}-${n}`, nameZh, nameEn, regionCode, address: `内蒙古自治区包头市${address}`, lat, lng, phone, parentCode: DISTRICT_CODE(regionCode) },
    hours,
    windows(prefix === 'PK' ? 'Y' : prefix === 'PO' ? 'P' : 'B', level === 'park_point' ? 2 : 1, kind, winZh, winEn),
    selector,
  );
});

/** Every demo place, from the city hall down to the agency points. */
export const demoPlaces: DemoPlace[] = [cityHall, ...branchHalls, ...districtHalls, ...streetCentres, ...communityStations, ...agencyPoints];
