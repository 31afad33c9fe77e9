/**
 * Baotou's districts, banners and counties with real street, town and estate names, used to give
 * demo tickets believable addresses and region codes (docs/domain.md §7).
 */

/** 包头市 as a whole (GB/T 2260). */
export const BAOTOU_REGION_CODE = '150200';

/**
 * 稀土高新区 is a development zone, not a GB/T 2260 division; we use the statistical division
 * code (统计用区划代码) the national bureau of statistics gives it.
 */
export const RARE_EARTH_HI_TECH_ZONE_REGION_CODE = '150271';

/** One district (区), banner (旗), county (县) or zone of Baotou. */
export interface District {
  regionCode: string;
  nameZh: string;
  /** How people say it on the phone (昆区, 达茂旗, 土右). */
  shortNamesZh: readonly string[];
  nameEn: string;
  /** Farming and herding areas get the rural tickets (subsidies, livestock). */
  rural: boolean;
  /** Relative share of the city's tickets, roughly by population. */
  weight: number;
  streets: readonly string[];
  estates: readonly string[];
  /** Towns (镇) and villages (村/嘎查) for rural addresses. */
  villages: readonly string[];
}

/** The ten divisions of Baotou plus the Rare-Earth Hi-Tech Zone. */
export const DISTRICTS: readonly District[] = Object.freeze([
  { regionCode: '150203', nameZh: '昆都仑区', shortNamesZh: ['昆区'], nameEn: 'Kundulun District', rural: false, weight: 28,
    streets: ['钢铁大街', '阿尔丁大街', '友谊大街', '少先路', '林荫路', '白云路', '市府东路', '团结大街', '昆河路', '三八路'],
    estates: ['友谊小区', '少先小区', '阿尔丁小区', '三八小区', '鹿城小区', '团结十五街坊', '友谊十七街坊', '包钢二十街坊', '万郡大都城', '凯旋城', '钢铁花园', '林荫小区'],
    villages: ['卜尔汉图镇', '昆北村'] },
  { regionCode: '150204', nameZh: '青山区', shortNamesZh: ['青山'], nameEn: 'Qingshan District', rural: false, weight: 20,
    streets: ['幸福路', '富强路', '青年路', '自由路', '文化路', '青山路', '科学路', '呼得木林大街', '民主路'],
    estates: ['富强小区', '幸福南路小区', '自由路小区', '青东华庭', '一机小区', '北重小区', '青年小区', '文化路小区', '银河小区', '科学路二号街坊'],
    villages: ['兴胜镇', '青福镇'] },
  { regionCode: '150202', nameZh: '东河区', shortNamesZh: ['东河'], nameEn: 'Donghe District', rural: false, weight: 20,
    streets: ['巴彦塔拉大街', '民族东路', '南门外大街', '和平路', '环城路', '东门大街', '工业路', '公园路', '西脑包大街'],
    estates: ['北梁新区南一区', '北梁新区东二区', '和平小区', '公园路小区', '东兴小区', '西脑包小区', '南门外小区', '巴彦塔拉花园', '铁西小区', '站前小区'],
    villages: ['沙尔沁镇', '河东镇', '东园村'] },
  { regionCode: '150207', nameZh: '九原区', shortNamesZh: ['九原'], nameEn: 'Jiuyuan District', rural: true, weight: 9,
    streets: ['建华南路', '沙河大街', '万通路', '滨河路', '赛汗路'],
    estates: ['九原新城', '沙河新村', '万达公馆', '滨河新区', '天福花园', '赛汗小区'],
    villages: ['哈林格尔镇', '麻池镇', '哈业胡同镇', '阿嘎如泰苏木', '二道沙河村'] },
  { regionCode: RARE_EARTH_HI_TECH_ZONE_REGION_CODE, nameZh: '稀土高新区', shortNamesZh: ['高新区', '稀土开发区'], nameEn: 'Rare-Earth Hi-Tech Zone', rural: false, weight: 7,
    streets: ['黄河大街', '稀土大街', '曙光路', '光辉路', '万水泉路'],
    estates: ['万水泉新村', '华发新城', '高新花园', '黄河小区', '总部经济园公寓'],
    villages: ['万水泉镇', '滨河镇'] },
  { regionCode: '150221', nameZh: '土默特右旗', shortNamesZh: ['土右旗', '土右'], nameEn: 'Tumed Right Banner', rural: true, weight: 6,
    streets: ['萨拉齐镇新华街', '萨拉齐镇建设路', '萨拉齐镇团结路'],
    estates: ['萨拉齐阳光小区', '金城花园', '敕勒川小区'],
    villages: ['萨拉齐镇', '美岱召镇', '沟门镇', '双龙镇', '将军尧镇', '大城西村'] },
  { regionCode: '150222', nameZh: '固阳县', shortNamesZh: ['固阳'], nameEn: 'Guyang County', rural: true, weight: 3,
    streets: ['金山镇迎宾路', '金山镇新建街'],
    estates: ['金山镇和谐家园', '固阳县城关小区'],
    villages: ['金山镇', '西斗铺镇', '兴顺西镇', '下湿壕镇', '银号镇', '怀朔镇'] },
  { regionCode: '150223', nameZh: '达尔罕茂明安联合旗', shortNamesZh: ['达茂旗', '达茂'], nameEn: 'Darhan Muminggan United Banner', rural: true, weight: 2,
    streets: ['百灵庙镇阿拉坦敖包大街', '百灵庙镇乌兰街'],
    estates: ['百灵庙草原小区', '百灵庙镇阳光家园'],
    villages: ['百灵庙镇', '满都拉镇', '石宝镇', '乌克忽洞镇', '希拉穆仁镇', '明安镇'] },
  { regionCode: '150205', nameZh: '石拐区', shortNamesZh: ['石拐'], nameEn: 'Shiguai District', rural: true, weight: 2,
    streets: ['石拐大街', '大发路'],
    estates: ['大发小区', '石拐新区', '白狐沟小区'],
    villages: ['五当召镇', '吉忽伦图苏木', '国庆乡'] },
  { regionCode: '150206', nameZh: '白云鄂博矿区', shortNamesZh: ['白云矿区', '白云'], nameEn: 'Bayan Obo Mining District', rural: false, weight: 2,
    streets: ['通阳道', '矿山路', '白云路'],
    estates: ['通阳小区', '矿区第一小区', '白云新村'],
    villages: ['白云鄂博矿区矿山街道'] },
]);

const districtsByCode = new Map(DISTRICTS.map((district) => [district.regionCode, district]));

/** The district with this region code, or undefined. */
export function findDistrict(regionCode: string): District | undefined {
  return districtsByCode.get(regionCode);
}
