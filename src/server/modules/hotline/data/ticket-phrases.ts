/**
 * Shared phrase material for demo tickets: the phrasebook type, slots every category may use,
 * and the openers, closers and typos that make texts read like real hotline records.
 */

/** Template text with `{slot}` placeholders, filled from the category's and the shared slots. */
export type Template = string;

/** How citizens talk about one leaf category. */
export interface CategoryPhrasebook {
  /** Relative share of hotline volume (1 = an average category). */
  weight: number;
  /** When the complaints happen: Baotou's heating season, winter, or summer; all year if unset. */
  season?: 'heating' | 'winter' | 'summer';
  /** Tickets come from farming and herding areas. */
  rural?: boolean;
  templates: readonly Template[];
  slots?: Readonly<Record<string, readonly string[]>>;
}

/** Phrasebooks keyed by leaf category code. */
export type Phrasebooks = Readonly<Record<string, CategoryPhrasebook>>;

/**
 * Slots shared by all categories. `district`, `street`, `estate`, `village`, `bld` and `district2`
 * are not here: the generator fills them from the ticket's own location.
 */
export const SHARED_SLOTS: Readonly<Record<string, readonly string[]>> = {
  dur: ['三天了', '好几天了', '一个礼拜了', '半个多月了', '从昨天到现在', '一早上了', '两天了', '快一个月了', '一个多星期了', '整整一天了'],
  dur2: ['半年', '一年多', '三个多月', '好几个月', '两年', '大半年'],
  plea: ['请尽快处理', '希望尽快解决', '麻烦派人来看看', '赶紧给解决一下吧', '请有关部门管一管', '请给个答复', '望尽快回复', '麻烦给协调一下', '希望给个说法'],
  who: ['家里老人', '我妈', '我爸', '老伴', '孩子', '我们一家', '家里九十岁的老人', '我婆婆', '楼上的老两口'],
  floor: ['顶楼', '一楼', '六楼', '十八楼', '二楼', '五楼', '二十几层'],
  payway: ['微信', '支付宝', '公众号', '银行', '云闪付', '蒙速办'],
  app: ['蒙速办', '支付宝', '微信公众号', '小程序', '网上服务大厅'],
  river: ['昆都仑河', '四道沙河', '二道沙河', '黄河', '哈德门沟', '西河槽'],
  hospital: ['市中心医院', '包钢医院', '包医一附院', '包医二附院', '市第四医院', '蒙医中医医院', '北京的医院'],
  place: ['火车站', '包头东站', '机场', '万达广场', '王府井', '赛汗塔拉公园', '北梁', '友谊大街口', '医院门口', '银河广场', '维多利商厦', '八一公园'],
};

/** Greetings and self-introductions citizens start with. */
export const OPENERS: readonly Template[] = [
  '你好，', '您好，', '喂，你好，', '我想反映个事，', '我要投诉，', '麻烦问一下，', '打扰了，',
  '我是{district}的，', '我住{estate}，', '我是{estate}的业主，', '你好我反映个问题，', '我说个事啊，',
];

/** How hotline agents start a record they typed during a call. */
export const AGENT_PREFIXES: readonly Template[] = [
  '市民来电反映：', '来电人反映，', '来电人称：', '市民来电：', '来电反映：', '市民来电称，',
];

/** Where it happens, put before the complaint. */
export const LOCATION_PREFIXES: readonly Template[] = [
  '{district}{street}，', '{estate}，', '{district}{estate}{bld}，', '地址{district}{street}{estate}，', '在{district}这边，', '{street}{estate}这块，',
];

/** Closing remarks: pleas, frustration and dialect. */
export const CLOSERS: readonly Template[] = [
  '{plea}。', '{dur}，{plea}。', '这事到底归谁管？', '打了好几次电话了也没人管。', '咋回事啊这是。', '真是闹心。',
  '希望政府管一管。', '麻烦给看看吧。', '请尽快处理，谢谢。', '求求你们管管吧。', '来电人要求尽快处理并回复。',
  '希望有关部门重视。', '这都没人管吗？', '咋整啊。', '老百姓太难了。', '谢谢了。', '着急，{plea}。',
];

/** Connectors that introduce a second, unrelated issue in the same message. */
export const SECOND_TOPIC_CONNECTORS: readonly Template[] = ['另外，', '还有个事，', '顺便说一下，', '再一个，'];

/**
 * Common homophone and near-form typos (pinyin input picks the wrong word): [correct, typo].
 * The classifier must cope with them, so the history contains them too.
 */
export const TYPOS: readonly (readonly [string, string])[] = [
  ['反映', '反应'], ['已经', '以经'], ['垃圾', '拉圾'], ['噪音', '躁音'], ['公积金', '公基金'], ['拖欠', '托欠'],
  ['漏水', '露水'], ['占道', '站道'], ['摊', '滩'], ['暖气', '暖汽'], ['温度', '温渡'], ['处理', '处里'],
  ['部门', '布门'], ['维修', '维休'], ['物业', '物叶'], ['燃气', '然气'], ['怎么', '咋么'], ['在', '再'],
  ['路灯', '路登'], ['出租车', '出组车'], ['停电', '挺电'], ['停水', '挺水'], ['电梯', '电题'], ['报销', '报消'],
  ['社保', '社宝'], ['医保', '医宝'], ['投诉', '投述'], ['小区', '小曲'], ['违章', '违张'], ['井盖', '景盖'],
  ['供暖', '供缓'], ['清理', '清里'], ['修剪', '修减'], ['疫苗', '疫描'], ['护照', '户照'], ['户口', '互口'],
  ['工资', '公资'], ['补贴', '补帖'], ['装修', '装休'], ['楼道', '楼到'], ['办理', '半理'], ['材料', '才料'],
  ['的', '得'], ['没有', '没右'], ['老板', '老版'], ['采暖', '彩暖'], ['交通', '交同'], ['质量', '质亮'],
];
