/**
 * The leaf categories of the 12345 taxonomy. Data only; types and lookups live in taxonomy.ts.
 */
import { HANDLING_LIMITS, type LeafCategory } from './taxonomy-types';

type LeafInput = Omit<LeafCategory, 'limit'>;

// The limit is derived from the urgency so the two can never disagree.
function leaf(input: LeafInput): LeafCategory {
  return Object.freeze({ ...input, keywords: Object.freeze([...input.keywords]), limit: HANDLING_LIMITS[input.urgency] });
}

/** All leaf categories, grouped by parent in display order. */
export const LEAF_CATEGORIES: readonly LeafCategory[] = Object.freeze([
  // 城市管理
  leaf({ code: 'urban.streetlight', parentCode: 'urban', departmentCode: 'urban-management', urgency: 'normal',
    nameZh: '路灯照明', nameEn: 'Street lighting',
    descriptionZh: '路灯不亮、常亮、灯杆损坏等照明设施问题。', descriptionEn: 'Street lights out, always on, or damaged lamp posts.',
    keywords: ['路灯', '照明', '灯杆', '夜间照明'] }),
  leaf({ code: 'urban.street-vending', parentCode: 'urban', departmentCode: 'urban-management', urgency: 'normal',
    nameZh: '占道经营', nameEn: 'Street vending and sidewalk occupation',
    descriptionZh: '流动摊贩、店外经营、夜市占用人行道或车道。', descriptionEn: 'Hawkers, shops and night markets occupying pavements or roads.',
    keywords: ['占道经营', '摊贩', '出店经营', '夜市'] }),
  leaf({ code: 'urban.illegal-construction', parentCode: 'urban', departmentCode: 'urban-management', urgency: 'complex',
    nameZh: '违章建筑', nameEn: 'Illegal construction',
    descriptionZh: '私搭乱建、违规加盖、侵占公共绿地或楼道。', descriptionEn: 'Unauthorised structures, extensions and encroachment on common areas.',
    keywords: ['违建', '私搭乱建', '加盖', '违章建筑'] }),
  leaf({ code: 'urban.sanitation', parentCode: 'urban', departmentCode: 'urban-management', urgency: 'normal',
    nameZh: '环境卫生', nameEn: 'Sanitation and refuse collection',
    descriptionZh: '垃圾未及时清运、垃圾箱满溢、公厕脏乱。', descriptionEn: 'Uncollected refuse, overflowing bins and dirty public toilets.',
    keywords: ['垃圾', '清运', '公厕', '环卫'] }),
  leaf({ code: 'urban.road-damage', parentCode: 'urban', departmentCode: 'urban-management', urgency: 'normal',
    nameZh: '道路破损', nameEn: 'Damaged roads and pavements',
    descriptionZh: '市政道路坑洼、人行道砖松动、护栏损坏。', descriptionEn: 'Potholes, loose paving and broken guard rails on municipal roads.',
    keywords: ['道路', '坑洼', '人行道', '护栏'] }),
  leaf({ code: 'urban.manhole-cover', parentCode: 'urban', departmentCode: 'urban-management', urgency: 'urgent',
    nameZh: '井盖缺失破损', nameEn: 'Missing or broken manhole covers',
    descriptionZh: '井盖丢失、破裂、塌陷，存在人员车辆坠落危险。', descriptionEn: 'Missing, cracked or sunken manhole covers that endanger people and vehicles.',
    keywords: ['井盖', '窨井', '下水井', '雨水井'] }),
  leaf({ code: 'urban.snow-removal', parentCode: 'urban', departmentCode: 'urban-management', urgency: 'normal',
    nameZh: '积雪清扫', nameEn: 'Snow and ice clearing',
    descriptionZh: '道路、人行道积雪结冰未清理。', descriptionEn: 'Snow and ice left on roads and pavements.',
    keywords: ['积雪', '清雪', '结冰', '路滑'] }),
  leaf({ code: 'urban.greening', parentCode: 'urban', departmentCode: 'urban-management', urgency: 'normal',
    nameZh: '园林绿化', nameEn: 'Parks, trees and greenery',
    descriptionZh: '树木修剪、枯树倒伏、绿地毁坏、杨柳飞絮。', descriptionEn: 'Tree pruning, dead or fallen trees, damaged green space, poplar fluff.',
    keywords: ['树木', '修剪', '绿化', '飞絮'] }),

  // 供热
  leaf({ code: 'heating.low-temperature', parentCode: 'heating', departmentCode: 'heating', urgency: 'utility',
    nameZh: '室温不达标', nameEn: 'Room temperature below standard',
    descriptionZh: '供暖期室温低于18℃、暖气不热或时冷时热。', descriptionEn: 'Indoor temperature below 18 °C, radiators lukewarm or intermittent.',
    keywords: ['暖气不热', '室温', '温度低', '供暖'] }),
  leaf({ code: 'heating.leak', parentCode: 'heating', departmentCode: 'heating', urgency: 'utility',
    nameZh: '暖气漏水', nameEn: 'Radiator or heating pipe leak',
    descriptionZh: '暖气片、阀门、供热管道漏水跑水。', descriptionEn: 'Leaking radiators, valves or heating pipes.',
    keywords: ['暖气漏水', '暖气片', '阀门', '跑水'] }),
  leaf({ code: 'heating.no-supply', parentCode: 'heating', departmentCode: 'heating', urgency: 'utility',
    nameZh: '未供热停热', nameEn: 'No heating supplied',
    descriptionZh: '供暖期未开栓、整栋停热、管网抢修停暖。', descriptionEn: 'Heating not switched on, building cut off, or stopped for network repairs.',
    keywords: ['停暖', '没供暖', '开栓', '热网'] }),
  leaf({ code: 'heating.fee', parentCode: 'heating', departmentCode: 'heating', urgency: 'normal',
    nameZh: '采暖费', nameEn: 'Heating charges',
    descriptionZh: '采暖费收取、报停、退费、发票。', descriptionEn: 'Heating bills, suspension of service, refunds and invoices.',
    keywords: ['采暖费', '取暖费', '报停', '退费'] }),

  // 供水
  leaf({ code: 'water.outage', parentCode: 'water', departmentCode: 'water-supply', urgency: 'utility',
    nameZh: '停水', nameEn: 'Water outage',
    descriptionZh: '无通知停水、停水时间过长、水压过低。', descriptionEn: 'Unannounced or prolonged water cuts, very low pressure.',
    keywords: ['停水', '没水', '水压低', '供水'] }),
  leaf({ code: 'water.quality', parentCode: 'water', departmentCode: 'water-supply', urgency: 'utility',
    nameZh: '水质问题', nameEn: 'Tap-water quality',
    descriptionZh: '自来水浑浊、发黄、有异味。', descriptionEn: 'Cloudy, yellow or smelly tap water.',
    keywords: ['水质', '浑浊', '发黄', '异味'] }),
  leaf({ code: 'water.pipe-burst', parentCode: 'water', departmentCode: 'water-supply', urgency: 'utility',
    nameZh: '供水管道爆裂', nameEn: 'Burst water main',
    descriptionZh: '供水管道爆管、路面冒水、水表井跑水。', descriptionEn: 'Burst mains, water gushing onto roads, leaking meter pits.',
    keywords: ['爆管', '跑水', '管道破裂', '冒水'] }),
  leaf({ code: 'water.fee', parentCode: 'water', departmentCode: 'water-supply', urgency: 'normal',
    nameZh: '水费水表', nameEn: 'Water bills and meters',
    descriptionZh: '水费异常、水表故障、缴费渠道。', descriptionEn: 'Unusual water bills, faulty meters, payment channels.',
    keywords: ['水费', '水表', '缴费', '阶梯水价'] }),

  // 供电
  leaf({ code: 'power.outage', parentCode: 'power', departmentCode: 'power-supply', urgency: 'utility',
    nameZh: '停电', nameEn: 'Power outage',
    descriptionZh: '无通知停电、频繁停电、电压不稳。', descriptionEn: 'Unannounced or frequent power cuts, unstable voltage.',
    keywords: ['停电', '断电', '电压', '跳闸'] }),
  leaf({ code: 'power.fee', parentCode: 'power', departmentCode: 'power-supply', urgency: 'normal',
    nameZh: '电费电表', nameEn: 'Electricity bills and meters',
    descriptionZh: '电费异常、电表走字快、预付费充值问题。', descriptionEn: 'Unusual electricity bills, fast meters, prepaid top-up problems.',
    keywords: ['电费', '电表', '充值', '峰谷电价'] }),

  // 燃气
  leaf({ code: 'gas.leak', parentCode: 'gas', departmentCode: 'gas-supply', urgency: 'urgent',
    nameZh: '燃气泄漏', nameEn: 'Gas leak',
    descriptionZh: '闻到燃气味、燃气管道或表具漏气。', descriptionEn: 'Smell of gas, leaking gas pipes or meters.',
    keywords: ['燃气泄漏', '漏气', '煤气味', '天然气'] }),
  leaf({ code: 'gas.supply', parentCode: 'gas', departmentCode: 'gas-supply', urgency: 'utility',
    nameZh: '停气与气压', nameEn: 'Gas outage and pressure',
    descriptionZh: '停气、气压低、燃气灶打不着火。', descriptionEn: 'Gas cut off, low pressure, cookers that will not light.',
    keywords: ['停气', '气压低', '没气', '燃气灶'] }),
  leaf({ code: 'gas.service', parentCode: 'gas', departmentCode: 'gas-supply', urgency: 'normal',
    nameZh: '燃气开户缴费与安检', nameEn: 'Gas accounts, payment and safety checks',
    descriptionZh: '燃气开户、过户、缴费、入户安检与收费。', descriptionEn: 'Opening or transferring gas accounts, payment, home safety checks.',
    keywords: ['燃气缴费', '开户', '安检', 'IC卡'] }),

  // 劳动保障
  leaf({ code: 'labor.wage-arrears', parentCode: 'labor', departmentCode: 'hr-social-security', urgency: 'normal',
    nameZh: '拖欠工资', nameEn: 'Unpaid wages',
    descriptionZh: '用人单位或包工头拖欠工资、农民工讨薪。', descriptionEn: 'Employers or contractors withholding wages, migrant workers owed pay.',
    keywords: ['欠薪', '拖欠工资', '讨薪', '农民工'] }),
  leaf({ code: 'labor.dispute', parentCode: 'labor', departmentCode: 'hr-social-security', urgency: 'complex',
    nameZh: '劳动纠纷', nameEn: 'Labour disputes',
    descriptionZh: '未签劳动合同、违法辞退、加班费、工伤认定。', descriptionEn: 'No contract, unlawful dismissal, overtime pay, work-injury recognition.',
    keywords: ['劳动合同', '辞退', '加班费', '工伤'] }),
  leaf({ code: 'labor.employment', parentCode: 'labor', departmentCode: 'hr-social-security', urgency: 'normal',
    nameZh: '就业创业', nameEn: 'Employment and start-ups',
    descriptionZh: '就业登记、职业培训、创业担保贷款、就业补贴。', descriptionEn: 'Job registration, vocational training, start-up loans, employment subsidies.',
    keywords: ['就业', '培训', '创业贷款', '失业登记'] }),

  // 社会保险
  leaf({ code: 'social-insurance.pension', parentCode: 'social-insurance', departmentCode: 'hr-social-security', urgency: 'normal',
    nameZh: '养老保险与退休', nameEn: 'Pensions and retirement',
    descriptionZh: '退休手续、养老金发放与调整、待遇资格认证。', descriptionEn: 'Retirement procedures, pension payment and adjustment, eligibility checks.',
    keywords: ['养老金', '退休', '养老保险', '资格认证'] }),
  leaf({ code: 'social-insurance.contribution', parentCode: 'social-insurance', departmentCode: 'hr-social-security', urgency: 'normal',
    nameZh: '社保缴费与社保卡', nameEn: 'Contributions and social-security cards',
    descriptionZh: '灵活就业缴费、断缴补缴、社保转移、社保卡办理。', descriptionEn: 'Self-employed contributions, gaps, transfers, social-security cards.',
    keywords: ['社保缴费', '社保卡', '补缴', '社保转移'] }),

  // 医疗保障
  leaf({ code: 'medical-insurance.reimbursement', parentCode: 'medical-insurance', departmentCode: 'medical-security', urgency: 'normal',
    nameZh: '医保报销', nameEn: 'Medical-insurance reimbursement',
    descriptionZh: '住院门诊报销、异地就医备案、慢特病待遇。', descriptionEn: 'In- and outpatient reimbursement, out-of-town treatment, chronic illness benefits.',
    keywords: ['医保报销', '异地就医', '慢特病', '报销比例'] }),
  leaf({ code: 'medical-insurance.enrolment', parentCode: 'medical-insurance', departmentCode: 'medical-security', urgency: 'normal',
    nameZh: '医保参保缴费', nameEn: 'Medical-insurance enrolment and premiums',
    descriptionZh: '城乡居民医保缴费、参保登记、医保电子凭证。', descriptionEn: 'Resident medical-insurance premiums, enrolment, electronic insurance card.',
    keywords: ['医保缴费', '居民医保', '参保', '医保码'] }),

  // 住房公积金
  leaf({ code: 'housing-fund.withdrawal', parentCode: 'housing-fund', departmentCode: 'housing-fund', urgency: 'normal',
    nameZh: '公积金提取', nameEn: 'Housing-fund withdrawal',
    descriptionZh: '购房、租房、离职、退休提取公积金。', descriptionEn: 'Withdrawing the fund for buying, renting, leaving a job or retiring.',
    keywords: ['公积金提取', '租房提取', '销户', '公积金'] }),
  leaf({ code: 'housing-fund.loan', parentCode: 'housing-fund', departmentCode: 'housing-fund', urgency: 'normal',
    nameZh: '公积金贷款', nameEn: 'Housing-fund loans',
    descriptionZh: '公积金贷款额度、审批进度、提前还款、异地贷款。', descriptionEn: 'Loan limits, approval progress, early repayment, out-of-town loans.',
    keywords: ['公积金贷款', '贷款额度', '提前还款', '组合贷'] }),

  // 市场监管
  leaf({ code: 'market.consumer-complaint', parentCode: 'market', departmentCode: 'market-regulation', urgency: 'normal',
    nameZh: '消费投诉', nameEn: 'Consumer complaints', linkedHotline: '12315',
    descriptionZh: '商品质量、退换货、预付卡、虚假宣传（同步12315）。', descriptionEn: 'Faulty goods, refunds, prepaid cards, false advertising (shared with 12315).',
    keywords: ['消费投诉', '退货', '预付卡', '12315'] }),
  leaf({ code: 'market.food-safety', parentCode: 'market', departmentCode: 'market-regulation', urgency: 'normal',
    nameZh: '食品安全', nameEn: 'Food safety',
    descriptionZh: '过期变质食品、餐饮卫生、无证经营。', descriptionEn: 'Expired or spoiled food, restaurant hygiene, unlicensed food businesses.',
    keywords: ['食品安全', '过期', '餐馆卫生', '变质'] }),
  leaf({ code: 'market.price', parentCode: 'market', departmentCode: 'market-regulation', urgency: 'normal',
    nameZh: '价格与乱收费', nameEn: 'Prices and improper charges',
    descriptionZh: '哄抬价格、明码标价、停车乱收费、不开发票。', descriptionEn: 'Price gouging, unlabelled prices, improper parking fees, no receipts.',
    keywords: ['价格', '乱收费', '明码标价', '停车费'] }),
  leaf({ code: 'market.elevator', parentCode: 'market', departmentCode: 'market-regulation', urgency: 'normal',
    nameZh: '电梯安全', nameEn: 'Lift safety',
    descriptionZh: '电梯频繁故障、年检过期、维保不到位。', descriptionEn: 'Frequently failing lifts, expired inspections, poor maintenance.',
    keywords: ['电梯', '年检', '维保', '特种设备'] }),

  // 交通出行
  leaf({ code: 'transport.taxi', parentCode: 'transport', departmentCode: 'transport', urgency: 'normal',
    nameZh: '出租车与网约车', nameEn: 'Taxis and ride-hailing',
    descriptionZh: '拒载、绕路、不打表、议价、司机态度。', descriptionEn: 'Refusing fares, detours, no meter, haggling, driver behaviour.',
    keywords: ['出租车', '拒载', '绕路', '网约车'] }),
  leaf({ code: 'transport.bus', parentCode: 'transport', departmentCode: 'transport', urgency: 'normal',
    nameZh: '公交', nameEn: 'Buses',
    descriptionZh: '公交线路、班次、站点设置、司机服务。', descriptionEn: 'Bus routes, frequency, stops, driver service.',
    keywords: ['公交', '线路', '站点', '班次'] }),
  leaf({ code: 'transport.illegal-parking', parentCode: 'transport', departmentCode: 'public-security', urgency: 'normal',
    nameZh: '违章停车', nameEn: 'Illegal parking',
    descriptionZh: '车辆乱停占用消防通道、人行道、堵门（交警处理）。', descriptionEn: 'Cars blocking fire lanes, pavements or gates (traffic police).',
    keywords: ['违停', '乱停车', '消防通道', '堵门'] }),

  // 住房与物业
  leaf({ code: 'housing.property-management', parentCode: 'housing', departmentCode: 'housing-construction', urgency: 'normal',
    nameZh: '物业服务', nameEn: 'Property management',
    descriptionZh: '物业不作为、物业费、公共设施维修、小区管理。', descriptionEn: 'Inactive property managers, fees, common-area repairs, estate management.',
    keywords: ['物业', '物业费', '维修基金', '业委会'] }),
  leaf({ code: 'housing.construction-quality', parentCode: 'housing', departmentCode: 'housing-construction', urgency: 'complex',
    nameZh: '房屋质量与交房', nameEn: 'Building quality and handover',
    descriptionZh: '新房渗漏开裂、延期交房、开发商违约。', descriptionEn: 'Leaks and cracks in new flats, late handover, developer breaches.',
    keywords: ['房屋质量', '延期交房', '开发商', '裂缝'] }),
  leaf({ code: 'housing.old-community-renovation', parentCode: 'housing', departmentCode: 'housing-construction', urgency: 'complex',
    nameZh: '老旧小区改造', nameEn: 'Old-estate renovation',
    descriptionZh: '老旧小区改造施工、外墙保温、管网更新。', descriptionEn: 'Renovation works in old estates, façade insulation, pipe renewal.',
    keywords: ['老旧小区改造', '外墙保温', '改造', '施工'] }),
  leaf({ code: 'housing.real-estate-registration', parentCode: 'housing', departmentCode: 'natural-resources', urgency: 'normal',
    nameZh: '不动产登记', nameEn: 'Real-estate registration',
    descriptionZh: '房产证办理、不动产登记进度、过户抵押。', descriptionEn: 'Title certificates, registration progress, transfers and mortgages.',
    keywords: ['房本', '不动产证', '过户', '产权'] }),

  // 生态环境
  leaf({ code: 'environment.noise', parentCode: 'environment', departmentCode: 'ecology-environment', urgency: 'normal',
    nameZh: '噪音扰民', nameEn: 'Noise nuisance',
    descriptionZh: '夜间施工、商铺音响、广场舞、工厂噪声。', descriptionEn: 'Night-time building work, shop loudspeakers, square dancing, factory noise.',
    keywords: ['噪音', '扰民', '夜间施工', '广场舞'] }),
  leaf({ code: 'environment.air-pollution', parentCode: 'environment', departmentCode: 'ecology-environment', urgency: 'normal',
    nameZh: '大气污染', nameEn: 'Air pollution',
    descriptionZh: '工厂排烟、扬尘、餐饮油烟、露天焚烧、异味。', descriptionEn: 'Factory smoke, dust, cooking fumes, open burning, odours.',
    keywords: ['废气', '扬尘', '油烟', '异味'] }),
  leaf({ code: 'environment.water-pollution', parentCode: 'environment', departmentCode: 'ecology-environment', urgency: 'complex',
    nameZh: '水体污染', nameEn: 'Water pollution',
    descriptionZh: '企业偷排、污水直排河道、尾矿渗漏。', descriptionEn: 'Illegal discharges, sewage into rivers, tailings seepage.',
    keywords: ['排污', '污水', '偷排', '尾矿'] }),

  // 教育
  leaf({ code: 'education.enrolment', parentCode: 'education', departmentCode: 'education', urgency: 'normal',
    nameZh: '入学招生', nameEn: 'School enrolment',
    descriptionZh: '学区划分、入学报名、随迁子女就学、转学。', descriptionEn: 'Catchment areas, admission, migrant children, school transfers.',
    keywords: ['入学', '学区', '招生', '转学'] }),
  leaf({ code: 'education.charges', parentCode: 'education', departmentCode: 'education', urgency: 'normal',
    nameZh: '教育收费与补课', nameEn: 'School charges and private tutoring',
    descriptionZh: '学校乱收费、在职教师有偿补课、校外培训退费。', descriptionEn: 'Improper school fees, paid tutoring by teachers, tutoring refunds.',
    keywords: ['乱收费', '补课', '校外培训', '资料费'] }),

  // 医疗卫生
  leaf({ code: 'health.hospital-service', parentCode: 'health', departmentCode: 'health', urgency: 'normal',
    nameZh: '医疗服务', nameEn: 'Hospital services',
    descriptionZh: '医院服务态度、挂号难、医疗收费、医疗纠纷。', descriptionEn: 'Staff attitude, booking appointments, medical charges, disputes.',
    keywords: ['医院', '挂号', '医生态度', '医疗纠纷'] }),
  leaf({ code: 'health.vaccination', parentCode: 'health', departmentCode: 'health', urgency: 'normal',
    nameZh: '疫苗接种', nameEn: 'Vaccination',
    descriptionZh: '疫苗预约、接种点、儿童免疫规划、狂犬疫苗。', descriptionEn: 'Vaccine booking, clinics, childhood immunisation, rabies shots.',
    keywords: ['疫苗', '接种', '预约', '狂犬疫苗'] }),

  // 户籍与出入境
  leaf({ code: 'public-security.household-registration', parentCode: 'public-security', departmentCode: 'public-security', urgency: 'normal',
    nameZh: '户籍与身份证', nameEn: 'Household registration and ID cards',
    descriptionZh: '落户、迁户、新生儿上户、身份证办理。', descriptionEn: 'Registering or moving hukou, newborns, resident ID cards.',
    keywords: ['户口', '落户', '身份证', '迁移'] }),
  leaf({ code: 'public-security.exit-entry', parentCode: 'public-security', departmentCode: 'public-security', urgency: 'normal',
    nameZh: '出入境证件', nameEn: 'Exit and entry documents',
    descriptionZh: '护照、港澳通行证、台湾通行证办理与签注。', descriptionEn: 'Passports, Hong Kong/Macao and Taiwan permits and endorsements.',
    keywords: ['护照', '港澳通行证', '签注', '出入境'] }),

  // 民政
  leaf({ code: 'civil-affairs.assistance', parentCode: 'civil-affairs', departmentCode: 'civil-affairs', urgency: 'normal',
    nameZh: '低保与社会救助', nameEn: 'Subsistence allowance and relief',
    descriptionZh: '低保申请、临时救助、特困供养、残疾人补贴。', descriptionEn: 'Minimum living allowance, temporary relief, extreme-poverty support, disability allowances.',
    keywords: ['低保', '救助', '特困', '困难补助'] }),
  leaf({ code: 'civil-affairs.elderly-care', parentCode: 'civil-affairs', departmentCode: 'civil-affairs', urgency: 'normal',
    nameZh: '养老服务', nameEn: 'Elderly care',
    descriptionZh: '高龄津贴、养老院、社区老年食堂、居家养老。', descriptionEn: 'Old-age allowance, care homes, community canteens, home care.',
    keywords: ['高龄补贴', '养老院', '老年食堂', '居家养老'] }),

  // 政务服务
  leaf({ code: 'gov-services.consultation', parentCode: 'gov-services', departmentCode: 'gov-services', urgency: 'normal',
    nameZh: '办事咨询', nameEn: 'Service enquiries',
    descriptionZh: '办事指南、所需材料、办理地点与时间。', descriptionEn: 'Service guides, required documents, where and when to apply.',
    keywords: ['怎么办理', '需要什么材料', '营业执照', '办事大厅'] }),
  leaf({ code: 'gov-services.window-service', parentCode: 'gov-services', departmentCode: 'gov-services', urgency: 'normal',
    nameZh: '窗口服务投诉', nameEn: 'Service-window complaints',
    descriptionZh: '窗口人员态度、推诿、多次跑腿、网上办理故障。', descriptionEn: 'Window staff attitude, buck-passing, repeated visits, online system faults.',
    keywords: ['窗口', '态度差', '推诿', '跑腿'] }),

  // 农牧
  leaf({ code: 'agriculture.subsidy', parentCode: 'agriculture', departmentCode: 'agriculture', urgency: 'normal',
    nameZh: '农牧补贴', nameEn: 'Farming and herding subsidies',
    descriptionZh: '耕地地力补贴、草原生态奖补、农机购置补贴。', descriptionEn: 'Farmland subsidies, grassland rewards, farm-machinery purchase subsidies.',
    keywords: ['种粮补贴', '草原补奖', '农机补贴', '惠农'] }),
  leaf({ code: 'agriculture.livestock', parentCode: 'agriculture', departmentCode: 'agriculture', urgency: 'normal',
    nameZh: '畜牧与动物防疫', nameEn: 'Livestock and animal disease control',
    descriptionZh: '牲畜防疫、病死畜禽处理、养殖污染、兽药饲料。', descriptionEn: 'Livestock vaccination, dead-animal disposal, farm pollution, veterinary drugs.',
    keywords: ['牲畜', '防疫', '养殖', '病死'] }),

  // 文化旅游
  leaf({ code: 'culture-tourism.tourism', parentCode: 'culture-tourism', departmentCode: 'culture-tourism', urgency: 'normal',
    nameZh: '文化旅游', nameEn: 'Culture and tourism',
    descriptionZh: '景区服务、导游购物、旅行社纠纷、文化场馆。', descriptionEn: 'Scenic-spot service, forced shopping, travel-agency disputes, cultural venues.',
    keywords: ['景区', '旅行社', '导游', '门票'] }),

  // 退役军人
  leaf({ code: 'veterans.benefits', parentCode: 'veterans', departmentCode: 'veterans', urgency: 'normal',
    nameZh: '退役军人服务', nameEn: 'Veterans services',
    descriptionZh: '退役安置、优抚金、光荣牌、立功军属待遇。', descriptionEn: 'Resettlement, special-care payments, honour plaques, families of servicemen.',
    keywords: ['退役军人', '优抚', '安置', '光荣牌'] }),

  // 安全生产
  leaf({ code: 'safety.hazard', parentCode: 'safety', departmentCode: 'emergency-management', urgency: 'urgent',
    nameZh: '安全隐患', nameEn: 'Safety hazards',
    descriptionZh: '电动车楼道充电、消防隐患、危化品、非法生产经营。', descriptionEn: 'E-bikes charged in stairwells, fire hazards, hazardous chemicals, unsafe operations.',
    keywords: ['安全隐患', '消防隐患', '飞线充电', '危化品'] }),

  // 水务
  leaf({ code: 'water-affairs.river', parentCode: 'water-affairs', departmentCode: 'water-affairs', urgency: 'normal',
    nameZh: '河道与防汛', nameEn: 'Rivers and flood control',
    descriptionZh: '河道垃圾、黄河防汛、排洪沟堵塞、私自采砂。', descriptionEn: 'Litter in rivers, Yellow River flood control, blocked flood channels, illegal sand mining.',
    keywords: ['河道', '防汛', '排洪沟', '采砂'] }),
]);
