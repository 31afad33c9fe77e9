import type { ExchangeResourceFieldJson } from '../../db/tables/exchange';
import { makeResidentId, makeUscc } from '../../platform/ids/generate';
import type { KeyKind, SharingType, UpdateFrequency } from './exchange.schemas';

/**
 * The demo exchange's catalog and data (docs/domain.md S16, "Demo data"): eleven resources of
 * the city's departments, with rows for the demo accounts (王晓明 the citizen; 包头市鹿城餐饮管理有限公司 the
 * enterprise and its legal representative 赵建新) and some of the demo cases' applicants, under the
 * same invented resident IDs and credit codes (valid checksums, Baotou region codes).
 */

export interface DemoResource {
  code: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  owner: string;
  frequency: UpdateFrequency;
  sharing: SharingType;
  keyKind: KeyKind;
  /** The application materials it stands in for (catalog material keys or names). */
  materials: readonly string[];
  fields: ExchangeResourceFieldJson[];
}

const f = (name: string, labelZh: string, labelEn: string, personal = true): ExchangeResourceFieldJson => ({ name, labelZh, labelEn, personal });
const idField = f('idNumber', '身份证号码', 'Resident ID');
const nameField = f('name', '姓名', 'Name');

export const DEMO_RESOURCES: readonly DemoResource[] = [
  {
    code: 'business-licence',
    nameZh: '营业执照信息',
    nameEn: 'Business licence',
    descriptionZh: '市场主体登记的营业执照信息',
    descriptionEn: 'Business licences of registered market entities',
    owner: 'market-regulation',
    frequency: 'daily',
    sharing: 'unconditional',
    keyKind: 'uscc',
    materials: ['business_licence'],
    fields: [
      f('uscc', '统一社会信用代码', 'Unified social credit code', false),
      f('entityName', '名称', 'Name', false),
      f('entityType', '类型', 'Type', false),
      f('legalRepresentative', '法定代表人', 'Legal representative'),
      f('registeredCapital', '注册资本（万元）', 'Registered capital (10k CNY)', false),
      f('establishedOn', '成立日期', 'Established on', false),
      f('address', '住所', 'Address', false),
      f('businessScope', '经营范围', 'Business scope', false),
      f('status', '登记状态', 'Status', false),
    ],
  },
  {
    code: 'food-business-permit',
    nameZh: '食品经营许可证信息',
    nameEn: 'Food business permits',
    descriptionZh: '食品经营许可证核发、变更、延续信息',
    descriptionEn: 'Food business permits issued, changed and renewed',
    owner: 'market-regulation',
    frequency: 'daily',
    sharing: 'conditional',
    keyKind: 'uscc',
    materials: ['食品经营许可证'],
    fields: [
      f('uscc', '统一社会信用代码', 'Unified social credit code', false),
      f('entityName', '经营者名称', 'Business name', false),
      f('permitNo', '许可证编号', 'Permit number', false),
      f('premises', '经营场所', 'Premises', false),
      f('mainBusiness', '主体业态', 'Main business', false),
      f('validUntil', '有效期至', 'Valid until', false),
    ],
  },
  {
    code: 'household-registration',
    nameZh: '户籍信息',
    nameEn: 'Household registration',
    descriptionZh: '常住人口户籍登记信息',
    descriptionEn: 'Household registration of residents',
    owner: 'public-security',
    frequency: 'realtime',
    sharing: 'conditional',
    keyKind: 'resident_id',
    materials: ['household_register', 'id_card'],
    fields: [
      idField,
      nameField,
      f('sex', '性别', 'Sex'),
      f('birthDate', '出生日期', 'Date of birth'),
      f('ethnicity', '民族', 'Ethnicity'),
      f('address', '户籍地址', 'Registered address'),
      f('householdHead', '户主姓名', 'Head of household'),
      f('relation', '与户主关系', 'Relation to the head'),
    ],
  },
  {
    code: 'social-insurance',
    nameZh: '社保参保信息',
    nameEn: 'Social insurance enrolment',
    descriptionZh: '城镇职工基本养老、失业、工伤保险参保信息',
    descriptionEn: 'Enrolment in pension, unemployment and work-injury insurance',
    owner: 'hr-social-security',
    frequency: 'monthly',
    sharing: 'conditional',
    keyKind: 'resident_id',
    materials: ['社会保险参保缴费证明', '社保缴费证明'],
    fields: [
      idField,
      nameField,
      f('insuranceTypes', '参保险种', 'Insurance types'),
      f('employerName', '参保单位', 'Employer'),
      f('status', '参保状态', 'Status'),
      f('contributionMonths', '累计缴费月数', 'Months contributed'),
    ],
  },
  {
    code: 'real-estate',
    nameZh: '不动产登记信息',
    nameEn: 'Real estate registration',
    descriptionZh: '不动产权利人及房屋登记信息',
    descriptionEn: 'Registered real estate and its holders',
    owner: 'natural-resources',
    frequency: 'daily',
    sharing: 'conditional',
    keyKind: 'resident_id',
    materials: ['property_certificate'],
    fields: [
      idField,
      nameField,
      f('certificateNo', '不动产权证书号', 'Certificate number'),
      f('location', '坐落', 'Location'),
      f('area', '建筑面积（平方米）', 'Floor area (m²)'),
      f('usage', '用途', 'Use'),
      f('mortgaged', '是否抵押', 'Mortgaged'),
    ],
  },
  {
    code: 'housing-fund',
    nameZh: '公积金缴存信息',
    nameEn: 'Housing provident fund deposits',
    descriptionZh: '住房公积金个人账户缴存信息',
    descriptionEn: 'Personal housing provident fund accounts',
    owner: 'housing-fund',
    frequency: 'monthly',
    sharing: 'conditional',
    keyKind: 'resident_id',
    materials: ['住房公积金缴存证明'],
    fields: [
      idField,
      nameField,
      f('accountStatus', '账户状态', 'Account status'),
      f('monthlyDeposit', '月缴存额（元）', 'Monthly deposit (CNY)'),
      f('balance', '账户余额（元）', 'Balance (CNY)'),
      f('employerName', '缴存单位', 'Employer'),
    ],
  },
  {
    code: 'marriage-registration',
    nameZh: '婚姻登记信息',
    nameEn: 'Marriage registration',
    descriptionZh: '结婚、离婚登记信息',
    descriptionEn: 'Registered marriages and divorces',
    owner: 'civil-affairs',
    frequency: 'realtime',
    sharing: 'conditional',
    keyKind: 'resident_id',
    materials: ['marriage_certificate'],
    fields: [
      idField,
      nameField,
      f('maritalStatus', '婚姻状况', 'Marital status'),
      f('spouseName', '配偶姓名', 'Spouse'),
      f('registeredOn', '登记日期', 'Registered on'),
    ],
  },
  {
    code: 'tax-payment',
    nameZh: '纳税信息',
    nameEn: 'Tax payment',
    descriptionZh: '纳税人登记、纳税信用等级及欠税信息',
    descriptionEn: 'Taxpayer registration, tax credit rating and arrears',
    owner: 'taxation',
    frequency: 'monthly',
    sharing: 'conditional',
    keyKind: 'uscc',
    materials: ['清税信息', '纳税证明'],
    fields: [
      f('uscc', '统一社会信用代码', 'Unified social credit code', false),
      f('taxpayerName', '纳税人名称', 'Taxpayer', false),
      f('creditRating', '纳税信用等级', 'Tax credit rating', false),
      f('taxpayerStatus', '纳税人状态', 'Taxpayer status', false),
      f('arrears', '欠税金额（元）', 'Arrears (CNY)', false),
      f('lastFiledPeriod', '最近申报所属期', 'Last period filed', false),
    ],
  },
  {
    code: 'disability-certificate',
    nameZh: '残疾人证信息',
    nameEn: 'Disability certificate',
    descriptionZh: '第二代残疾人证核发信息',
    descriptionEn: 'Disability certificates issued',
    owner: 'disabled-persons',
    frequency: 'weekly',
    sharing: 'conditional',
    keyKind: 'resident_id',
    materials: ['残疾人证'],
    fields: [
      idField,
      nameField,
      f('certificateNo', '残疾人证号', 'Certificate number'),
      f('category', '残疾类别', 'Category'),
      f('grade', '残疾等级', 'Grade'),
      f('validUntil', '有效期至', 'Valid until'),
    ],
  },
  {
    code: 'medical-insurance',
    nameZh: '医保参保信息',
    nameEn: 'Medical insurance enrolment',
    descriptionZh: '职工及城乡居民基本医疗保险参保信息',
    descriptionEn: 'Enrolment in basic medical insurance',
    owner: 'medical-security',
    frequency: 'monthly',
    sharing: 'conditional',
    keyKind: 'resident_id',
    materials: ['医疗保险参保证明'],
    fields: [idField, nameField, f('scheme', '参保类型', 'Scheme'), f('status', '参保状态', 'Status'), f('insuredSince', '参保日期', 'Insured since')],
  },
  {
    code: 'criminal-record',
    nameZh: '违法犯罪记录信息',
    nameEn: 'Criminal records',
    descriptionZh: '依法不予共享；确需查询的，由申请人向公安机关申请开具无犯罪记录证明',
    descriptionEn: 'Not shared by law; applicants obtain a certificate of no criminal record from the police',
    owner: 'public-security',
    frequency: 'realtime',
    sharing: 'none',
    keyKind: 'resident_id',
    materials: ['无犯罪记录证明'],
    fields: [idField, nameField, f('records', '记录', 'Records')],
  },
];

/** A person in the demo data: the demo citizen, the enterprise's legal representative, and case applicants. */
interface DemoPerson {
  name: string;
  idNumber: string;
  sex: '男' | '女';
  birthDate: string;
  address: string;
  employer: string;
  married: string | null;
}

const person = (name: string, region: string, birth: string, seq: number, address: string, employer: string, married: string | null): DemoPerson => ({
  name,
  idNumber: makeResidentId(region, birth, seq),
  sex: seq % 2 === 1 ? '男' : '女',
  birthDate: birth,
  address,
  employer,
  married,
});

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  person('王晓明', '150203', '1988-05-17', 123, '昆都仑区钢铁大街 28 号', '包头市昆都仑区晓明小吃店', '李静'),
  person('赵建新', '150203', '1976-08-15', 519, '昆都仑区阿尔丁大街 8 号', '包头市鹿城餐饮管理有限公司', '孙丽华'),
  person('张建国', '150202', '1975-03-12', 131, '东河区巴彦塔拉大街 38 号', '包头市东河区建国烧麦馆', '刘芳'),
  person('李秀英', '150204', '1982-11-05', 242, '青山区幸福路 12 号院', '包头市青山区秀英便利店', null),
  person('王志强', '150207', '1990-07-21', 315, '九原区建华南路 9 号', '包头市九原区志强汽车维修有限公司', '陈燕'),
  person('赵丽娟', '150203', '1986-02-14', 428, '昆都仑区钢铁大街 52 号', '包头市昆都仑区丽娟母婴用品店', '马强'),
];

export interface DemoEntity {
  name: string;
  uscc: string;
  type: string;
  representative: string;
  capital: number;
  established: string;
  address: string;
  scope: string;
  rating: string;
}

export const DEMO_ENTITIES: readonly DemoEntity[] = [
  {
    name: '包头市鹿城餐饮管理有限公司',
    uscc: makeUscc('91150203MA0NB4KQ7'),
    type: '有限责任公司（自然人投资或控股）',
    representative: '赵建新',
    capital: 200,
    established: '2016-04-12',
    address: '昆都仑区阿尔丁大街 8 号',
    scope: '餐饮服务；餐饮管理；食品销售',
    rating: 'A',
  },
  {
    name: '包头市昆都仑区晓明小吃店',
    uscc: makeUscc('92150203MA0R3N6W8'),
    type: '个体工商户',
    representative: '王晓明',
    capital: 5,
    established: '2021-09-03',
    address: '昆都仑区友谊大街 45 号',
    scope: '小吃服务',
    rating: 'B',
  },
  {
    name: '包头市东河区建国烧麦馆',
    uscc: makeUscc('92150202MA0PX3K2T'),
    type: '个体工商户',
    representative: '张建国',
    capital: 10,
    established: '2018-06-20',
    address: '东河区和平路 17 号底商',
    scope: '餐饮服务',
    rating: 'B',
  },
  {
    name: '包头市青山区秀英便利店',
    uscc: makeUscc('92150204MA0R8WQ5N'),
    type: '个体工商户',
    representative: '李秀英',
    capital: 3,
    established: '2020-03-15',
    address: '青山区青年路 56 号',
    scope: '预包装食品、日用百货零售',
    rating: 'M',
  },
  {
    name: '包头市九原区志强汽车维修有限公司',
    uscc: makeUscc('91150207MA0N4L7C1'),
    type: '有限责任公司（自然人独资）',
    representative: '王志强',
    capital: 50,
    established: '2017-11-08',
    address: '九原区赛音道 106 号',
    scope: '机动车维修；汽车零配件销售',
    rating: 'A',
  },
];

type Value = string | number | boolean | null;

/** The rows of every resource, keyed by resident ID or credit code. */
export function demoRecords(): Record<string, Array<{ key: string; data: Record<string, Value> }>> {
  const people = (fn: (p: DemoPerson, i: number) => Record<string, Value> | null) =>
    DEMO_PEOPLE.flatMap((p, i) => {
      const data = fn(p, i);
      return data ? [{ key: p.idNumber, data: { idNumber: p.idNumber, name: p.name, ...data } }] : [];
    });
  return {
    'business-licence': DEMO_ENTITIES.map((e) => ({
      key: e.uscc,
      data: {
        uscc: e.uscc,
        entityName: e.name,
        entityType: e.type,
        legalRepresentative: e.representative,
        registeredCapital: e.capital,
        establishedOn: e.established,
        address: e.address,
        businessScope: e.scope,
        status: '存续',
      },
    })),
    'food-business-permit': DEMO_ENTITIES.filter((e) => /餐饮|小吃|烧麦|便利/.test(e.name)).map((e, i) => ({
      key: e.uscc,
      data: {
        uscc: e.uscc,
        entityName: e.name,
        permitNo: `JY${e.uscc.startsWith('92') ? '2' : '3'}1502${String(30_041_27 + i * 1_733).padStart(8, '0')}`,
        premises: e.address,
        mainBusiness: /便利/.test(e.name) ? '食品销售经营者' : '餐饮服务经营者',
        validUntil: `${2029 + (i % 3)}-12-31`,
      },
    })),
    'tax-payment': DEMO_ENTITIES.map((e, i) => ({
      key: e.uscc,
      data: { uscc: e.uscc, taxpayerName: e.name, creditRating: e.rating, taxpayerStatus: '正常', arrears: i === 3 ? 1260 : 0, lastFiledPeriod: '2026-10' },
    })),
    'household-registration': people((p) => ({
      sex: p.sex,
      birthDate: p.birthDate,
      ethnicity: '汉族',
      address: `包头市${p.address}`,
      householdHead: p.name,
      relation: '户主',
    })),
    'social-insurance': people((p, i) => ({
      insuranceTypes: '养老保险、失业保险、工伤保险',
      employerName: p.employer,
      status: '正常参保',
      contributionMonths: 60 + i * 17,
    })),
    'real-estate': people((p, i) =>
      i % 2 === 0
        ? {
            certificateNo: `蒙（2021）包头市不动产权第${String(1020030 + i * 7311).padStart(7, '0')}号`,
            location: `包头市${p.address}`,
            area: 89.6 + i * 12,
            usage: '住宅',
            mortgaged: i === 0,
          }
        : null,
    ),
    'housing-fund': people((p, i) => ({ accountStatus: '正常缴存', monthlyDeposit: 860 + i * 95, balance: 48_230 + i * 6_100, employerName: p.employer })),
    'marriage-registration': people((p, i) => ({
      maritalStatus: p.married ? '已婚' : '未婚',
      spouseName: p.married,
      registeredOn: p.married ? `${2012 + i}-0${(i % 8) + 1}-18` : null,
    })),
    'disability-certificate': people((_p, i) =>
      i === 3 ? { certificateNo: `${DEMO_PEOPLE[3].idNumber}43`, category: '肢体残疾', grade: '四级', validUntil: '2030-06-30' } : null,
    ),
    'medical-insurance': people((_p, i) => ({
      scheme: i === 3 ? '城乡居民基本医疗保险' : '职工基本医疗保险',
      status: '正常参保',
      insuredSince: `${2010 + i}-01-01`,
    })),
    'criminal-record': [],
  };
}
