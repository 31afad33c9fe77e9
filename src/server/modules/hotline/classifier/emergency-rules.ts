/**
 * The lexicon of the emergency detector: what signals each emergency line, and the context that
 * shows a mention is not a live emergency (negated, past, hypothetical, figurative, aftermath).
 */
import type { EmergencyLine } from '../data/emergency-lines';

/** One kind of emergency and the words that reveal it. */
export interface EmergencyRule {
  line: EmergencyLine;
  kind: 'fire' | 'crime' | 'traffic' | 'medical';
  pattern: RegExp;
  /** Matches of `trigger` are something else when the clause has `context` (factory smoke, "robbery" as a figure of speech). */
  exclusions?: readonly { trigger: RegExp; context: RegExp }[];
  /** Matches of `trigger` need an acute marker in the clause (心脏病 alone is a condition, not an attack). */
  needsAcute?: { trigger: RegExp; marker: RegExp };
  /** Words anywhere in the text that show the caller is dealing with the aftermath (insurance, work-injury claims). */
  aftermath?: RegExp;
}

/**
 * Rules in priority order: fire first (it spreads to others), then crime in progress (the
 * danger is ongoing), then traffic (122 dispatches 120 jointly), then medical.
 */
export const EMERGENCY_RULES: readonly EmergencyRule[] = [
  {
    line: '119',
    kind: 'fire',
    pattern: /着火|失火|起火|火灾|烧起来|冒(?:黑|白|浓)?烟|浓烟|火势|火很大/g,
    exclusions: [{ trigger: /烟/, context: /烟囱|厂|锅炉|焚烧|烧烤|排放|油烟|废气|尾气|排气|抽烟|吸烟/ }],
    aftermath: /理赔|赔偿|保险公司|维修|重建|演练/,
  },
  {
    line: '110',
    kind: 'crime',
    pattern:
      /抢劫|抢包|抢钱|抢手机|打人|打架|斗殴|持刀|拿刀|砍人|捅人|捅伤|杀人|劫持|绑架|家暴|小偷|偷东西|偷车|偷电动车|偷电瓶|在偷(?![偷排工税漏拍])|在撬|撬门|撬锁|撬车|入室|闯入|闯进|被人打(?!电话|扰)/g,
    exclusions: [{ trigger: /抢/, context: /跟|像|简直|如同|好比|这不是|不就是|一样|似的|差不多|明抢/ }],
  },
  {
    line: '122',
    kind: 'traffic',
    pattern: /车祸|撞车|追尾|撞人|撞了人|撞倒|被车撞|撞在一起|交通事故|翻车|肇事|逃逸/g,
    // A car that bent a lamp post or a guard rail is a repair job, not a crash with people in it.
    exclusions: [{ trigger: /撞/, context: /撞(?:歪|坏|断|弯|塌|变形)/ }],
    aftermath: /工伤|理赔|赔偿|保险公司|定责|事故认定|报销|修车/,
  },
  {
    line: '120',
    kind: 'medical',
    pattern: /晕倒|昏倒|昏迷|不省人事|流血|流了(?:好多|很多|不少|一地|一身)?血|出血|受伤|摔伤|叫不醒|抽搐|中毒|心脏病|没有呼吸|没呼吸|休克|猝死|割腕/g,
    exclusions: [{ trigger: /流血/, context: /流血流汗/ }],
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
