import { addDays } from '../calendar/shanghai-date';
import { chance, pick, randomInt, weightedPicker, type Random } from '../random';
import { makeResidentId, makeUscc } from './generate';

/**
 * Made-up but plausible people and businesses of Baotou for generated data (`tongban simulate`):
 * Chinese names (Han names by surname frequency, some Mongolian names), resident IDs and credit
 * codes that pass their checksums (platform/ids), mobile numbers, addresses in the applicant's
 * district. Every value comes from the caller's seeded generator, so a seed gives the same people.
 */

/** A person: name, resident ID, mobile, home address; `sex` agrees with the ID's order code. */
export interface MadePerson {
  name: string;
  sex: 'M' | 'F';
  idNumber: string;
  mobile: string;
  address: string;
  /** The Baotou region (GB/T 2260, or 150271 for the hi-tech zone) the person lives in. */
  regionCode: string;
}

/** A business: name, unified social credit code, registered address, and the person behind it. */
export interface MadeBusiness {
  name: string;
  uscc: string;
  address: string;
  regionCode: string;
  kind: 'company' | 'sole_trader' | 'cooperative';
  legalRep: MadePerson;
}

/** Baotou's districts with their rough populations (万人): where applicants live. */
export const BAOTOU_DISTRICTS: readonly { code: string; short: string; weight: number }[] = [
  { code: '150203', short: '昆都仑区', weight: 80 },
  { code: '150202', short: '东河区', weight: 60 },
  { code: '150204', short: '青山区', weight: 53 },
  { code: '150207', short: '九原区', weight: 30 },
  { code: '150221', short: '土默特右旗', weight: 30 },
  { code: '150271', short: '稀土高新区', weight: 25 },
  { code: '150222', short: '固阳县', weight: 15 },
  { code: '150223', short: '达尔罕茂明安联合旗', weight: 10 },
  { code: '150205', short: '石拐区', weight: 3 },
  { code: '150206', short: '白云鄂博矿区', weight: 3 },
];

const districtPicker = weightedPicker(BAOTOU_DISTRICTS.map((d) => ({ value: d.code, weight: d.weight })));

/** A district code drawn by population. */
export function pickDistrict(rng: Random): string {
  return districtPicker(rng);
}

// The most common Han surnames with rough shares (per mille), then a tail drawn evenly.
const SURNAMES = weightedPicker(
  (
    [
      ['王', 72],
      ['李', 72],
      ['张', 68],
      ['刘', 53],
      ['陈', 46],
      ['杨', 32],
      ['赵', 23],
      ['黄', 22],
      ['周', 21],
      ['吴', 20],
      ['徐', 17],
      ['孙', 16],
      ['胡', 13],
      ['朱', 13],
      ['高', 13],
      ['林', 12],
      ['何', 12],
      ['郭', 12],
      ['马', 11],
      ['罗', 9],
      ['梁', 9],
      ['宋', 8],
      ['郑', 8],
      ['谢', 7],
      ['韩', 7],
      ['唐', 7],
      ['冯', 7],
      ['于', 6],
      ['董', 6],
      ['萧', 3],
      ['程', 5],
      ['曹', 5],
      ['袁', 5],
      ['邓', 5],
      ['许', 5],
      ['傅', 4],
      ['沈', 4],
      ['曾', 4],
      ['彭', 4],
      ['吕', 4],
      ['苏', 4],
      ['卢', 4],
      ['蒋', 4],
      ['蔡', 4],
      ['贾', 4],
      ['丁', 4],
      ['魏', 4],
      ['薛', 3],
      ['叶', 3],
      ['阎', 3],
      ['余', 3],
      ['潘', 3],
      ['杜', 3],
      ['戴', 3],
      ['夏', 3],
      ['钟', 3],
      ['汪', 3],
      ['田', 3],
      ['任', 3],
      ['姜', 3],
      ['范', 3],
      ['方', 3],
      ['石', 3],
      ['姚', 3],
      ['谭', 3],
      ['廖', 2],
      ['邹', 2],
      ['熊', 2],
      ['金', 2],
      ['陆', 2],
      ['郝', 2],
      ['孔', 2],
      ['白', 2],
      ['崔', 2],
      ['康', 2],
      ['毛', 2],
      ['邱', 2],
      ['秦', 2],
      ['江', 2],
      ['史', 2],
      ['顾', 2],
      ['侯', 2],
      ['邵', 2],
      ['孟', 2],
      ['龙', 2],
      ['万', 2],
      ['段', 2],
      ['雷', 2],
      ['钱', 2],
      ['汤', 2],
      ['尹', 2],
      ['黎', 2],
      ['易', 2],
      ['常', 2],
      ['武', 2],
      ['乔', 2],
      ['贺', 2],
      ['赖', 1],
      ['龚', 1],
      ['文', 1],
      ['云', 1],
      ['奇', 1],
      ['乌', 1],
      ['闫', 2],
      ['温', 1],
      ['牛', 1],
      ['安', 1],
      ['庞', 1],
      ['岳', 1],
    ] as const
  ).map(([value, weight]) => ({ value, weight })),
);

const MALE_CHARS = '伟强磊军勇杰涛斌超明辉刚健峰鹏飞华平亮建国志宏宇浩俊波海东林凯旭晨阳博文斌鑫昊天瑞泽子轩宁龙新春永胜利忠福贵成利兵'.split('');
const FEMALE_CHARS = '芳娜敏静丽艳娟霞燕玲红梅琳雪慧颖婷倩欣悦佳琪晓楠萍琴英秀兰凤玉洁蕾蓉云丹璐瑶妍菲晶月荣宁嘉欢怡'.split('');
// Mongolian names as written in Chinese (Baotou is in Inner Mongolia; 达茂旗 most of all).
const MONGOLIAN_MALE = ['巴特尔', '苏和', '额尔敦', '朝鲁', '宝音', '阿拉坦', '那顺', '孟和', '巴图', '乌力吉', '斯琴', '哈斯', '特木尔', '布和', '吉日嘎拉'];
const MONGOLIAN_FEMALE = ['娜仁高娃', '乌云其木格', '萨仁', '其其格', '托娅', '斯琴高娃', '阿拉坦其其格', '图雅', '乌兰', '萨日娜', '高娃', '塔娜'];

/** A name fitting the sex: surname and one or two given characters, or a Mongolian name. */
export function makeName(rng: Random, sex: 'M' | 'F', regionCode: string): string {
  const mongolianShare = regionCode === '150223' ? 0.25 : 0.04;
  if (chance(rng, mongolianShare)) return pick(rng, sex === 'M' ? MONGOLIAN_MALE : MONGOLIAN_FEMALE);
  const chars = sex === 'M' ? MALE_CHARS : FEMALE_CHARS;
  const given = chance(rng, 0.7) ? pick(rng, chars) + pick(rng, chars) : pick(rng, chars);
  return SURNAMES(rng) + given;
}

// Where IDs of people living in Baotou were issued: mostly Baotou, else elsewhere in Inner
// Mongolia or a neighbouring province (GB/T 2260 county codes).
const ELSEWHERE = ['150102', '150105', '150602', '150802', '152601', '150402', '130102', '140105', '610102', '620102', '640104', '210102'];

function idRegion(rng: Random, home: string): string {
  if (chance(rng, 0.12)) return pick(rng, ELSEWHERE);
  // The hi-tech zone has no GB/T 2260 code of its own (docs/domain.md §7): its people's IDs carry a neighbour's.
  return home === '150271' ? pick(rng, ['150203', '150207']) : home;
}

const MOBILE_PREFIXES = [
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '147',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '182',
  '183',
  '187',
  '188',
  '130',
  '131',
  '132',
  '155',
  '156',
  '185',
  '186',
  '133',
  '153',
  '180',
  '181',
  '189',
  '177',
  '199',
  '198',
  '166',
];

/** An 11-digit mainland mobile number (passes checkMobile). */
export function makeMobile(rng: Random): string {
  return pick(rng, MOBILE_PREFIXES) + String(randomInt(rng, 0, 99_999_999)).padStart(8, '0');
}

const STREETS: Readonly<Record<string, readonly string[]>> = {
  '150202': ['巴彦塔拉大街', '和平路', '南门外大街', '西脑包大街', '东兴街', '环城路', '工业路'],
  '150203': ['钢铁大街', '阿尔丁大街', '少先路', '友谊大街', '团结大街', '白云路', '昆河西路'],
  '150204': ['幸福路', '青年路', '文化路', '民主路', '富强路', '呼得木林大街', '科学路'],
  '150205': ['大发街', '石拐大街', '五当召路'],
  '150206': ['矿山路', '通阳道', '白云路'],
  '150207': ['建华南路', '赛音道', '建设路', '纬三路', '新光路', '沼潭路'],
  '150221': ['萨拉齐镇新建街', '萨拉齐镇察素齐路', '美岱召镇美岱路', '萨拉齐镇民族路'],
  '150222': ['金山镇北环路', '金山镇阿拉坦路', '金山镇新华街', '金山镇金山大街'],
  '150223': ['百灵庙镇阿吉奈街', '百灵庙镇草原路', '百灵庙镇艾不盖路', '百灵庙镇团结路'],
  '150271': ['黄河大街', '阿尔丁北大街', '曙光路', '青年路北段', '万青路'],
};
const ESTATES = ['鹿城', '阳光', '锦绣', '富力', '万达', '钢城', '时代', '幸福', '北辰', '盛世', '世纪', '青山', '东方', '华发', '恒大', '金茂'];

/** A street address in the district, sometimes down to the flat. */
export function makeAddress(rng: Random, regionCode: string): string {
  const district = BAOTOU_DISTRICTS.find((d) => d.code === regionCode) ?? BAOTOU_DISTRICTS[0];
  const street = `${district.short}${pick(rng, STREETS[district.code] ?? STREETS['150203'])} ${randomInt(rng, 1, 198)} 号`;
  if (!chance(rng, 0.6)) return street;
  return `${street}${pick(rng, ESTATES)}小区 ${randomInt(rng, 1, 24)} 栋 ${randomInt(rng, 1, 6)} 单元 ${randomInt(rng, 1, 18)}0${randomInt(rng, 1, 4)}`;
}

/** A grown-up living in `regionCode` (any district of Baotou when omitted), aged 18–78 on `onDate`. */
export function makePerson(rng: Random, onDate: string, regionCode = pickDistrict(rng)): MadePerson {
  const sex = chance(rng, 0.5) ? 'M' : 'F';
  const birth = addDays(onDate, -randomInt(rng, 18 * 365 + 5, 78 * 365));
  // The order code's last digit is odd for men and even for women (GB 11643).
  const order = randomInt(rng, 0, 499) * 2 + (sex === 'M' ? 1 : 0);
  return {
    name: makeName(rng, sex, regionCode),
    sex,
    idNumber: makeResidentId(idRegion(rng, regionCode), birth, order),
    mobile: makeMobile(rng),
    address: makeAddress(rng, regionCode),
    regionCode,
  };
}

const TRADE_NAMES =
  '鑫盛 鹿城 华泰 恒达 金鼎 北方 草原 稀土 钢城 宏远 瑞丰 德润 蒙兴 昆仑 黄河 赛罕 敕勒川 九原 阴山 巨力 福瑞 永兴 天骄 众鑫 利民 兴旺 东方 新世纪 银河 创新 嘉禾 蒙源 博远 鼎盛 和顺 中天'.split(
    ' ',
  );
const INDUSTRIES = [
  '餐饮管理',
  '商贸',
  '建筑安装工程',
  '物流',
  '汽车维修',
  '农牧业科技',
  '稀土新材料',
  '机械制造',
  '装饰工程',
  '信息技术',
  '医药',
  '物业服务',
  '文化传媒',
  '食品',
  '环保科技',
  '教育咨询',
  '房地产开发',
  '运输',
  '电力工程',
  '健康管理',
];
const SHOPS = [
  '小吃店',
  '便利店',
  '理发店',
  '五金店',
  '面馆',
  '烧麦馆',
  '药店',
  '水果店',
  '服装店',
  '手机维修部',
  '洗衣店',
  '早餐店',
  '超市',
  '烟酒店',
  '奶食品店',
];
const COOPERATIVES = ['养殖专业合作社', '种植专业合作社', '农机服务专业合作社', '马铃薯种植专业合作社'];
// GB 32100 alphabet (no I, O, S, V, Z) for the organisation-code body.
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 9-character organisation code inside a credit code: 8 characters and its GB 11714 check. */
function orgCode(rng: Random): string {
  let body = 'MA';
  while (body.length < 8) body += CODE_CHARS[randomInt(rng, 0, CODE_CHARS.length - 1)];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i];
    sum += (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55) * ORG_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/** A business registered in `regionCode`: a company, a sole trader (个体工商户) or a farmers' cooperative. */
export function makeBusiness(rng: Random, onDate: string, regionCode = pickDistrict(rng)): MadeBusiness {
  const legalRep = makePerson(rng, onDate, regionCode);
  const district = BAOTOU_DISTRICTS.find((d) => d.code === regionCode) ?? BAOTOU_DISTRICTS[0];
  const roll = rng();
  const kind: MadeBusiness['kind'] = roll < 0.55 ? 'company' : roll < 0.93 ? 'sole_trader' : 'cooperative';
  const trade = pick(rng, TRADE_NAMES);
  const name =
    kind === 'company'
      ? `包头市${chance(rng, 0.5) ? district.short : ''}${trade}${pick(rng, INDUSTRIES)}${chance(rng, 0.9) ? '有限公司' : '有限责任公司'}`
      : kind === 'sole_trader'
        ? `${district.code === '150221' || district.code === '150222' || district.code === '150223' ? '' : '包头市'}${district.short}${legalRep.name.slice(0, 1)}记${pick(rng, SHOPS)}`
        : `${district.short}${trade}${pick(rng, COOPERATIVES)}`;
  // 9 = market regulation registers; 1 company, 2 sole trader, 3 cooperative (GB 32100).
  const authority = kind === 'company' ? '91' : kind === 'sole_trader' ? '92' : '93';
  return { name, uscc: makeUscc(authority + regionCode + orgCode(rng)), address: makeAddress(rng, regionCode), regionCode, kind, legalRep };
}
