/**
 * The lexicon of the emergency detector: what signals each emergency line, and the context that
 * shows a mention is not a live emergency (negated, past, hypothetical, figurative, aftermath).
 */
import type { EmergencyLine } from '../data/emergency-lines';

/** One kind of emergency and the words that reveal it. */
export interface EmergencyRule {
  line: EmergencyLine;
  kind: 'fire' | 'gas' | 'rescue' | 'crime' | 'self-harm' | 'missing' | 'traffic' | 'medical';
  pattern: RegExp;
  /** Matches of `trigger` are something else when the clause has `context` (factory smoke, "robbery" as a figure of speech). */
  exclusions?: readonly { trigger: RegExp; context: RegExp }[];
  /** Matches of `trigger` need an acute marker in the clause (心脏病 alone is a condition, not an attack). */
  needsAcute?: { trigger: RegExp; marker: RegExp };
  /** Like `exclusions`, but the context may be anywhere in the text (一股臭鸡蛋味，不知道哪个厂排的). */
  textExclusions?: readonly { trigger: RegExp; context: RegExp }[];
  /** Words anywhere in the text that show the caller is dealing with the aftermath (insurance, work-injury claims). */
  aftermath?: RegExp;
}

// Who can be in danger; used where a word (不见了, 压着) is an emergency only when it is a person.
const PERSON =
  '(?:人|孩子|小孩|娃|儿子|女儿|闺女|老人|老太太|老爷子|老头|老太|爷爷|奶奶|姥姥|姥爷|我妈|我爸|俺妈|俺爹|他妈|他爸|老伴|工人|工友|学生|妇女|女的|男的)';
const BUILDING = '(?:房子|房屋|楼房|民房|平房|土房子?|屋子|屋顶|房顶|厂房|大棚|棚子|墙|围墙|山体|窑洞|楼)';

/**
 * Rules in priority order: fire and gas first (they spread to others), then rescue of people
 * trapped, buried or in water, then crime in progress (the danger is ongoing), self-harm and a
 * missing person, then traffic (122 dispatches 120 jointly), then medical. The patterns are
 * deliberately wide: a needless transfer costs a minute, a missed one a life.
 */
export const EMERGENCY_RULES: readonly EmergencyRule[] = [
  {
    line: '119',
    kind: 'fire',
    pattern: new RegExp(
      [
        '着火|失火|起火|火灾|烧起来|冒(?:黑|白|浓)?烟|冒出[^，。]{0,4}烟|浓烟|火势|火很大|火苗|火星子|明火|自燃|烧焦(?:的)?味|火光',
        '爆炸|炸开了|(?:罐|瓶|锅炉|气罐|煤气罐|液化气)[^，。]{0,3}炸了',
        '(?:草|树|车|房|屋|楼|山|柴|秸秆|电线|电动车|锅|油锅|厨房|被子|沙发|仓库)[^，。]{0,2}着了',
        '火[^，。]{0,3}(?:蔓延|往[^，。]{0,4}烧|窜)',
      ].join('|'),
      'g',
    ),
    exclusions: [
      // 厂房 (a building) on fire is a fire; a factory (厂) smoking is pollution.
      { trigger: /烟/, context: /烟囱|厂(?!房)|锅炉|焚烧|烧烤|排放|油烟|废气|尾气|排气|抽烟|吸烟|烟味/ },
      // A small flame on the cooker is a gas-pressure ticket.
      { trigger: /火苗/, context: /灶|燃气|天然气|煤气|火苗(?:特别|太|很)?小/ },
    ],
    aftermath: /理赔|赔偿|保险公司|维修|重建|演练/,
  },
  {
    // A gas leak is the fire brigade's first: one switch or spark and it is an explosion.
    line: '119',
    kind: 'gas',
    pattern:
      /(?:煤气|燃气|天然气|液化气|沼气|瓦斯)[^，。]{0,4}(?:味|泄漏|泄露|漏了|漏气|在漏|呲|喷)|(?:煤气|燃气|天然气)(?:管|管道|管子|罐|表)[^，。]{0,8}(?:断|破|裂|漏)|漏气|臭鸡蛋味|呲气|嘶嘶/g,
    exclusions: [{ trigger: /漏气/, context: /轮胎|车胎|气球|充气|打气/ }],
    // Rotten-egg smell from a factory or a drain is pollution; from nowhere in particular it may be gas.
    textExclusions: [{ trigger: /臭鸡蛋味/, context: /厂|排放|排的|河|沟|垃圾|下水/ }],
    aftermath: /理赔|赔偿|维修费|改造/,
  },
  {
    line: '119',
    kind: 'rescue',
    pattern: new RegExp(
      [
        '被困|困住|困在|困人|困了人|关人了|关着人|电梯[^，。]{0,6}(?:卡|停)[^，。]{0,4}(?:里面|里头)[^，。]{0,3}有人|(?:关|锁)在[^，。]{0,4}里|里面?关着|出不去了|出不来了|拔不出来?|卡住[^，。]{0,3}(?:出不来|拔不出|动不了)|没上来',
        `${PERSON}[^，。]{0,8}掉(?:下去|进去)了`,
        `${BUILDING}[^，。]{0,3}(?:塌了|倒塌|坍塌|垮了|塌下来|倒了|塌方)`,
        `压着${PERSON}|压住了?${PERSON}|${PERSON}被压|被压在|压在下面|被埋|埋了${PERSON}|埋在下面|砸到了?(?:${PERSON}|两个|几个|一个)|砸伤|砸中`,
        '落水|溺水|淹着|淹死|跳河|跳湖|跳江|跳水库|冰窟窿|掉(?:进|到|在|下)?了?[^，。]{0,3}(?:河|湖|水库|水塘|池塘|水坑|水里|井里|冰面|冰里|窖|粪坑)|在水里扑腾|扑腾|冲进[^，。]{0,3}(?:河|湖|水)',
      ].join('|'),
      'g',
    ),
    textExclusions: [{ trigger: /出不去了|出不来了/, context: /车库|车位|挪车|堵|停车|停在|门口/ }],
    // A house that fell down some time ago and left a family homeless is a relief case.
    aftermath: /低保|救助|补助|补贴|申请|没地方住|鉴定|维修|赔偿|理赔|重建/,
  },
  {
    line: '110',
    kind: 'crime',
    pattern:
      /抢劫|抢包|抢钱|抢手机|被人?抢了?|抢了[^，。]{0,2}(?:包|钱|手机|东西)|抢走|打人|打架|打起来|打成一团|斗殴|群殴|持刀|拿刀|拿着(?:刀|斧|棍|枪|砍刀|菜刀|铁棍|棒子)|砍人|追着[^，。]{0,6}砍|捅人|捅伤|杀人|弄死|杀了|要杀|劫持|绑架|家暴|打(?:我|她|孩子|老婆|媳妇|老人)(?!电话|手机)|小偷|偷东西|偷车|偷电动车|偷电瓶|在偷(?![偷排工税漏拍])|在撬|撬门|撬锁|撬车|撬[^，。]{0,6}门|入室|闯入|闯进|砸门|踹门|被人打(?!电话|扰)|陌生人[^，。]{0,8}(?:翻|撬|进|闯)|进了?[^，。]{0,2}陌生人|跟踪|尾随/g,
    exclusions: [{ trigger: /抢/, context: /跟|像|简直|如同|好比|这不是|不就是|一样|似的|差不多|明抢/ }],
  },
  {
    line: '110',
    kind: 'self-harm',
    pattern: /不想活|活不下去|自杀|轻生|寻死|寻短见|想不开|跳楼|要跳|想跳|楼顶边|天台边|割腕|上吊/g,
  },
  {
    line: '110',
    kind: 'missing',
    pattern: new RegExp(`走丢|走失|失踪|${PERSON}(?:[^，。]{0,4}(?:不见了|找不到了|找不着了|没回来|没回家)|丢了)|出门[^，。]{0,8}(?:没回来|没回家)`, 'g'),
  },
  {
    line: '122',
    kind: 'traffic',
    pattern: /车祸|撞车|追尾|撞人|撞了人|撞倒|被车撞|撞在一起|撞了|相撞|刮倒|碾|轧|交通事故|翻车|翻了|侧翻|肇事|逃逸|连环撞/g,
    // A car that bent a lamp post or a guard rail is a repair job, not a crash with people in it.
    exclusions: [
      { trigger: /撞/, context: /撞(?:歪|坏|断|弯|塌|变形)/ },
      { trigger: /翻了/, context: /^(?![^，。]*(?:车|摩托))/ },
    ],
    aftermath: /工伤|理赔|赔偿|保险公司|定责|事故认定|报销|修车/,
  },
  {
    line: '120',
    kind: 'medical',
    pattern: new RegExp(
      [
        '晕倒|昏倒|晕过去|昏过去|晕了|昏迷|不省人事|流血|流了(?:好多|很多|不少|一地|一身)?血|出血|是血|头破|受伤|摔伤|叫不醒|抽搐|中毒|心脏病|没有呼吸|没呼吸|没气了|休克|猝死|割腕',
        '触电|电击|被电[^，。]{0,2}(?:打|击|着|倒|到)|电(?:着|倒|打)了',
        '中煤气|煤气中|熏倒|熏晕',
        '从[^，。]{0,6}(?:楼|楼顶|楼上|窗户?|阳台|桥上|脚手架|房顶)[^，。]{0,3}(?:跳|摔|掉|坠)(?:下来|下去)|坠楼|高空坠落',
        '喝了?[^，。]{0,2}(?:农药|敌敌畏|百草枯|老鼠药|耗子药|消毒液|洗洁精|84)|吃了?[^，。]{0,3}(?:一瓶|一把|整瓶|好多|很多|老鼠药|耗子药)[^，。]{0,2}药?',
        '上吐下泻|口吐白沫|嘴唇发紫|脸色发紫|喘不上气|上不来气|呼吸困难|说不出话|半边身子|口歪眼斜|胸口(?:疼|痛)|胸痛|心口疼',
        '不能动了|动不了|一动不动|人不动了|没有?反应|没意识|意识不清|站不起来|起不来|倒下了|倒地|躺在地上|倒在地上',
        '头晕[^，。]{0,4}(?:吐|恶心)|头疼[^，。]{0,3}吐|想吐[^，。]{0,3}站不',
        '羊水破|要生了|大出血|烫伤|烧伤|被[^，。]{0,3}烫了|烫了一',
      ].join('|'),
      'g',
    ),
    exclusions: [
      { trigger: /流血/, context: /流血流汗/ },
      // Things, not people: a lift or a car that cannot move is not a patient.
      { trigger: /动不了|起不来|没有?反应/, context: /电梯|车|门|系统|网站|页面|app|APP|申请|窗口|电话|手机/ },
      { trigger: /没气了/, context: /燃气|天然气|煤气|气压|罐|灶|表/ },
    ],
    needsAcute: { trigger: /心脏病/, marker: /犯了|发作|突发|犯病|不行了|倒地/ },
    aftermath: /工伤|报销|医保|理赔|赔偿|伤残|鉴定|住院/,
  },
];

/** A negation just before the match (没有着火, 打不着火, 没人受伤). */
export const NEGATION_BEFORE = /没有|没|不|未|无|别|非/;
/** Phrases that look like negation or caution but are not (不小心摔伤 is a real injury). */
export const NOT_A_NEGATION = /不小心|不知道|不好了?|不行了?|不停|不住|不动/g;
/** Characters before the match inspected for negation and near-misses. */
export const NEAR_WINDOW = 4;

/** A near-miss or hyperbole just before the match (差点追尾, 都快冻晕倒了). */
export const NEAR_MISS_BEFORE = /差点|差一点|险些|快要|都快|快/;

/** Earlier in the clause: the event is past, hypothetical or preventive. */
export const DISTANT_BEFORE =
  /万一|如果|要是|假如|一旦|模拟|防止|预防|以防|避免|担心|害怕|怕|容易|可能会|会不会|小心|演练|宣传|培训|上次|上回|以前|之前|去年|前年|上个月|上月|上周|上礼拜|曾经|当年|几年前|前几年|前几天|前两天|昨天|昨晚|前天|小时候|那次|那年|有一次/;

/** Right after the match: what followed the event (着火后的维修, 车祸以后). */
export const AFTER_NEAR = /^了?(?:后|以后|之后|过后)/;

/** Later in the clause: talk about the event, not the event (火灾隐患, 受伤认定). */
export const AFTER_ANY = /隐患|演练|预防|知识|宣传|风险|维修|认定|鉴定|赔偿|理赔|报销|保险/;

/** Words that put the event now; they outweigh past, hypothetical and aftermath context. */
export const PRESENT_MARKER = /正在|现在|刚才|刚刚|快来|救命|赶紧|马上|快派|快点/;
