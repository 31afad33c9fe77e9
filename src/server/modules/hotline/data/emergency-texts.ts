/**
 * Labelled emergency calls (fire, medical, crime in progress, traffic accidents) for testing the
 * emergency detector; deterministic like the ticket history.
 */
import { DISTRICTS } from './baotou-places';
import type { EmergencyLine } from './emergency-lines';
import { chance, mulberry32, pick, type Random } from './prng';
import { chainLookups, fillTemplate } from './template-fill';
import { SHARED_SLOTS } from './ticket-phrases';

/** A text that must be transferred to an emergency line. */
export interface EmergencyExample {
  text: string;
  line: EmergencyLine;
  regionCode: string;
}

const TEMPLATES: Readonly<Record<EmergencyLine, readonly string[]>> = {
  '119': [
    '{estate}{bld}{floor}着火了，{fire}，快来人',
    '楼下车库着火了，{fire}',
    '{street}上一家饭店着火了，{fire}',
    '我家隔壁冒烟了，闻着有烧焦的味道，好像着火了',
    '楼道里的电动车充电起火了，{fire}',
    '救命啊，家里烧起来了，{fire}',
    '{street}路边一辆车烧起来了',
    '对面楼里冒出浓烟，好像是失火了',
    '小区锅炉房着火了，{fire}',
    '{estate}旁边的仓库发生火灾了，{fire}',
    '春坤山上着火了，火势越来越大',
  ],
  '120': [
    '{who}突然晕倒了，叫不醒，{med}',
    '{street}公交站有个老人昏倒了，不省人事',
    '{who}心脏病犯了，上不来气，{med}',
    '孩子从楼梯上摔下来了，头上一直流血',
    '工地上有人从架子上掉下来受伤了，流了很多血',
    '家里有人煤气中毒了，人已经昏迷了',
    '{who}在家摔倒了，头磕破了流血不止',
    '有人在{street}晕倒了，{med}',
    '商场里有个人突然倒地抽搐，不省人事',
    '老人突发心脏病，{med}',
  ],
  '110': [
    '有人在{street}抢劫，{crime}',
    '{estate}门口有人持刀打人，{crime}',
    '家里进小偷了，人还在屋里，{crime}',
    '有人正在撬{estate}的车，偷东西',
    '有陌生人闯入我家，我躲在卧室里',
    '楼下有几个人在打人，下手特别狠',
    '刚才在{street}被人抢包了，那人往{place}方向跑了',
    '超市里有个人拿刀威胁收银员',
    '有人在砸车偷东西，就在{street}',
    '我被人打了，打人的还在门口堵着',
  ],
  '122': [
    '{street}和{street2}路口发生车祸了，{acc}',
    '两辆车追尾了，堵在{street}中间，{acc}',
    '有车撞人了，人躺在地上不动，在{street}',
    '{street}一辆大货车撞倒了骑电动车的人，{acc}',
    '环城路上出车祸了，好几辆车撞在一起',
    '刚才在{street}撞车了，对方司机跑了',
    '路口出了交通事故，车翻了，{acc}',
    '出租车和公交车撞车了，路全堵了',
    '有辆车撞了人就跑了，{acc}',
  ],
};

const SLOTS: Readonly<Record<string, readonly string[]>> = {
  fire: ['火很大', '烟特别大', '有人被困在里面', '火苗都窜出窗户了', '整个楼道都是烟'],
  med: ['快派救护车', '赶紧来人', '怎么办啊', '快点来人'],
  crime: ['快来人', '就在刚才', '现在还在', '我很害怕'],
  acc: ['有人受伤了', '快来处理', '路都堵死了', '司机被卡在车里'],
};

const PREFIXES = ['', '', '喂，', '快，', '你好，', '市民来电：', '12345吗，'];

function exampleFor(line: EmergencyLine, rng: Random): EmergencyExample {
  const district = pick(rng, DISTRICTS.filter((item) => !item.rural));
  const streets = district.streets;
  const location = { street: [pick(rng, streets)], street2: [pick(rng, streets)], estate: [pick(rng, district.estates)], bld: [`${Math.floor(rng() * 30) + 1}号楼`] };
  const body = fillTemplate(pick(rng, TEMPLATES[line]), chainLookups(location, SLOTS, SHARED_SLOTS), rng);
  const text = `${pick(rng, PREFIXES)}${body}${chance(rng, 0.5) ? '！' : ''}`;
  return { text, line, regionCode: district.regionCode };
}

/** Emergency examples, `perLine` for each of 110, 119, 120 and 122 (100 in all by default). */
export function generateEmergencyExamples(options: { seed?: number; perLine?: number } = {}): EmergencyExample[] {
  const { seed = 119, perLine = 25 } = options;
  const rng = mulberry32(seed);
  const lines: EmergencyLine[] = ['110', '119', '120', '122'];
  return lines.flatMap((line) => Array.from({ length: perLine }, () => exampleFor(line, rng)));
}
