/**
 * The questions the demo bundles ask before applying ("需要刻章吗？" …): each decides whether a
 * member item applies (docs/decisions.md D24). Shared by the bundles that ask the same thing.
 */
import type { BundleDefinition } from '../../../../shared/bundles/bundles.schemas';

type Question = BundleDefinition['questions'][number];

const yesNo = (key: string, textZh: string, textEn: string): Question => ({ key, textZh, textEn, kind: 'yes_no' });

export const Q = {
  entityType: {
    key: 'entityType',
    textZh: '以什么主体经营？',
    textEn: 'What kind of business will run it?',
    kind: 'choice',
    options: [
      { value: 'company', labelZh: '公司（有限责任公司等）', labelEn: 'A company (limited liability etc.)' },
      { value: 'individual', labelZh: '个体工商户', labelEn: 'A sole trader (individual business)' },
    ],
  },
  floorArea: { key: 'floorArea', textZh: '经营场所建筑面积是多少？', textEn: 'What is the floor area of the premises?', kind: 'number', unitZh: '㎡', unitEn: 'm²' },
  usesGas: yesNo('usesGas', '是否使用管道燃气？', 'Will you use piped gas?'),
  looseFood: yesNo('looseFood', '是否销售散装食品或现制现售食品？', 'Will you sell loose or freshly made food?'),
  classIIIDevices: yesNo('classIIIDevices', '是否经营第三类医疗器械？', 'Will you sell class III medical devices?'),
  prepaidCards: yesNo('prepaidCards', '是否发行会员卡等单用途预付卡？', 'Will you sell membership or other prepaid cards?'),
  servesFood: yesNo('servesFood', '是否提供餐饮服务？', 'Will you serve food?'),
  specialEquipment: yesNo('specialEquipment', '是否使用电梯、锅炉等特种设备？', 'Will you use lifts, boilers or other special equipment?'),
  pool: yesNo('pool', '是否设游泳池？', 'Will there be a swimming pool?'),
  sign: yesNo('sign', '是否设置户外招牌？', 'Will you put up an outdoor sign?'),
  sewage: yesNo('sewage', '是否有污水（如洗车、医疗污水）排入城镇排水管网？', 'Will waste water (car wash, clinic) go into the public sewer?'),
  shop: yesNo('shop', '是否附设便利店？', 'Will there be a shop on site?'),
  newBuild: yesNo('newBuild', '是否为新建、扩建的特殊建设工程？', 'Is the station a new or extended special construction project?'),
  employees: { key: 'employees', textZh: '首批参保职工有多少人？', textEn: 'How many employees will you insure at first?', kind: 'number', unitZh: '人', unitEn: 'people' },
  generalTaxpayer: yesNo('generalTaxpayer', '是否申请登记为增值税一般纳税人？', 'Will you register as a general VAT taxpayer?'),
  forProfit: yesNo('forProfit', '是否为营利性养老机构？', 'Will the institution be for profit?'),
} satisfies Record<string, Question>;

export type QuestionKey = keyof typeof Q;
