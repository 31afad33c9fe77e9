/**
 * Hand-written everyday complaints, worded independently of the demo phrasebooks, with the
 * category a dispatcher would choose. They test whether the classifier generalises beyond the
 * generator's templates.
 */

/** A text and its expected category. */
export interface EverydayText {
  text: string;
  categoryCode: string;
}

/** 35 texts across the taxonomy. */
export const EVERYDAY_TEXTS: readonly EverydayText[] = [
  { text: '楼上邻居家暖气片爆了，水顺着我家天花板往下淌', categoryCode: 'heating.leak' },
  { text: '今天家里才十五度，小孩穿着羽绒服写作业，这暖气交钱了跟没交一样', categoryCode: 'heating.low-temperature' },
  { text: '咱们小区到现在还没来暖气，别的小区早就热了', categoryCode: 'heating.no-supply' },
  { text: '我想把今年的取暖费停了，房子空着没人住', categoryCode: 'heating.fee' },
  { text: '早上起来一开水龙头没水，也没贴停水通知', categoryCode: 'water.outage' },
  { text: '自来水放出来一股怪味，颜色也不对劲', categoryCode: 'water.quality' },
  { text: '家门口马路上的自来水管子破了，水淌得到处都是', categoryCode: 'water.pipe-burst' },
  { text: '这两天我们楼停了好几次电，冰箱都不制冷了', categoryCode: 'power.outage' },
  { text: '厨房里天然气的味道很大，是不是哪里漏了', categoryCode: 'gas.leak' },
  { text: '老板已经三个月没给我们发工钱了，过年回不了家', categoryCode: 'labor.wage-arrears' },
  { text: '公司让我签离职协议，一分钱补偿都不给', categoryCode: 'labor.dispute' },
  { text: '我马上退休了，退休手续应该去哪里办', categoryCode: 'social-insurance.pension' },
  { text: '我爸在外地住院，医保回来怎么报销', categoryCode: 'medical-insurance.reimbursement' },
  { text: '租房子能不能把公积金取出来用', categoryCode: 'housing-fund.withdrawal' },
  { text: '超市卖给我的酸奶过期半个月了', categoryCode: 'market.food-safety' },
  { text: '网上买的羽绒服质量很差，店家拒绝退货', categoryCode: 'market.consumer-complaint' },
  { text: '打车从火车站到昆区，司机不按计价器收费，张嘴就要八十', categoryCode: 'transport.taxi' },
  { text: '12路公交车太难等了，经常四五十分钟才来一趟', categoryCode: 'transport.bus' },
  { text: '我们单元的电梯三天两头出故障，老人下楼困难', categoryCode: 'market.elevator' },
  { text: '物业一年到头什么都不干，小区卫生没人管，还要涨物业费', categoryCode: 'housing.property-management' },
  { text: '隔壁工地每天夜里还在施工，机器声吵得没法睡觉', categoryCode: 'environment.noise' },
  { text: '附近的工厂烟囱一直冒黑烟，满屋子都是刺鼻的味道', categoryCode: 'environment.air-pollution' },
  { text: '孩子明年上小学，我们家这个地址对应哪个学校', categoryCode: 'education.enrolment' },
  { text: '身份证丢了，去哪补办', categoryCode: 'public-security.household-registration' },
  { text: '想办个护照出国旅游，要准备什么', categoryCode: 'public-security.exit-entry' },
  { text: '路灯坏了好长时间了，晚上出门黑漆漆的', categoryCode: 'urban.streetlight' },
  { text: '马路边上摆摊卖水果的把人行道都占满了', categoryCode: 'urban.street-vending' },
  { text: '下水道井盖不知道被谁拿走了，一个黑洞', categoryCode: 'urban.manhole-cover' },
  { text: '雪停了好几天了，我们这条街的积雪还没人清', categoryCode: 'urban.snow-removal' },
  { text: '家里老人八十五了，高龄补贴怎么申请', categoryCode: 'civil-affairs.elderly-care' },
  { text: '我家今年的种粮补贴少发了一半', categoryCode: 'agriculture.subsidy' },
  { text: '在景区被导游带去购物店，不买不让走', categoryCode: 'culture-tourism.tourism' },
  { text: '楼道里停满了电动车还在充电，太危险了', categoryCode: 'safety.hazard' },
  { text: '垃圾桶满了好几天都没人来收', categoryCode: 'urban.sanitation' },
  { text: '小区门口的车乱停，把消防通道都堵上了', categoryCode: 'transport.illegal-parking' },
];
