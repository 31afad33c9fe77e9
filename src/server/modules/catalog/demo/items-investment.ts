/**
 * Demo items of 企业投资项目审批: filing and approval of investment projects, energy-saving
 * review, environmental impact, safety conditions, water permits, and the consultation and
 * 帮办代办 services the work plan asks for.
 */
import { F, form, itemFactory, mat, natural, select, text, workdays } from './build';
import type { DemoItem } from './types';

const item = itemFactory(302);

const INVEST = '《企业投资项目核准和备案管理条例》';
const INVEST_RULES = '《企业投资项目核准和备案管理办法》';
const GOV_INVEST = '《政府投资条例》';
const EIA = '《中华人民共和国环境影响评价法》';
const EP = '《建设项目环境保护管理条例》';
const HAZ = ['《中华人民共和国安全生产法》', '《危险化学品安全管理条例》', '《危险化学品建设项目安全监督管理办法》'];

const topics: DemoItem['topics'] = ['投资项目'];
const projectFields = [F.projectName, F.projectSite, F.totalInvestment];
const projectCode = mat('投资项目代码', 'Investment project code', {
  source: 'shared',
  acceptanceStandard: '通过投资项目在线审批监管平台赋码并共享',
});
const report = (name: string, nameEn: string) => mat(name, nameEn, { kind: 'electronic', acceptanceStandard: '由项目单位自行或委托机构编制，对真实性负责' });

/** 投资项目 items. */
export const investmentItems: DemoItem[] = [
  item(1, {
    name: '企业投资项目备案', nameEn: 'Filing of an enterprise investment project', type: 'QT', dept: 'development-reform', level: 'both',
    audience: ['enterprise'], topics: ['投资项目', '工程建设'], legalBasis: [INVEST, INVEST_RULES],
    conditions: ['不属于《政府核准的投资项目目录》范围', '通过在线平台如实告知项目信息并对真实性负责'],
    statutory: workdays(1, '备案信息完整的即时备案'), promised: 0,
    materials: [form('企业投资项目备案信息表', 'Project filing form', { kind: 'electronic' })],
    result: ['企业投资项目备案告知书（项目代码）', 'filing'], form: [...projectFields, F.floorArea, text('content', '建设规模和内容', 'Scale and content')],
  }),
  item(2, {
    name: '企业投资项目核准', nameEn: 'Approval of an enterprise investment project', type: 'XK', dept: 'development-reform',
    audience: ['enterprise'], topics: ['投资项目', '工程建设'], legalBasis: [INVEST, INVEST_RULES, '《政府核准的投资项目目录》'],
    conditions: ['属于《政府核准的投资项目目录》范围且由市级核准', '不危害经济安全、社会安全、生态安全，符合产业政策', '已取得用地预审与选址意见书'],
    statutory: workdays(20, '委托评估和征求意见时间不计入；特殊情况可延长10个工作日'), promised: 10,
    specialProcedures: ['委托评估', '专家评议', '征求公众意见'],
    materials: [form('项目核准申请报告', 'Approval application report'), projectCode, mat('建设项目用地预审与选址意见书', 'Land pre-examination opinion', { source: 'shared' })],
    result: ['项目核准批复文件', 'approval'], form: [...projectFields, text('industry', '所属行业', 'Industry')],
  }),
  item(3, {
    name: '固定资产投资项目节能审查', nameEn: 'Energy-saving review of a fixed-asset investment project', type: 'XK', dept: 'development-reform',
    audience: ['enterprise'], topics: ['投资项目', '生态环境'], legalBasis: ['《中华人民共和国节约能源法》', '《固定资产投资项目节能审查办法》'],
    conditions: ['年综合能源消费量1000吨标准煤以上（改扩建项目按增量计）', '项目符合能耗双控和产业政策要求'],
    statutory: 20, promised: 10, specialProcedures: ['专家评审'],
    materials: [form('节能审查申请文件', 'Energy review application'), report('节能报告', 'Energy-saving report'), projectCode],
    result: ['节能审查意见', 'approval'], form: [...projectFields, text('energy', '年综合能源消费量（吨标准煤）', 'Annual energy use (tce)')],
  }),
  item(4, {
    name: '政府投资项目建议书审批', nameEn: 'Approval of a government investment project proposal', type: 'QT', dept: 'development-reform',
    audience: ['enterprise'], topics, legalBasis: [GOV_INVEST],
    conditions: ['项目单位为政府部门或事业单位', '项目纳入政府投资年度计划或规划'],
    statutory: 20, promised: 10, specialProcedures: ['委托评估'],
    materials: [form('项目建议书审批请示', 'Request for approval'), report('项目建议书', 'Project proposal')],
    result: ['项目建议书批复', 'approval'], form: projectFields,
  }),
  item(5, {
    name: '政府投资项目可行性研究报告审批', nameEn: 'Approval of a government investment feasibility study', type: 'QT', dept: 'development-reform',
    audience: ['enterprise'], topics, legalBasis: [GOV_INVEST],
    conditions: ['项目建议书已批复（可合并审批的除外）', '已取得用地预审与选址意见书等前置文件'],
    statutory: 20, promised: 15, specialProcedures: ['委托评估', '专家评议'],
    materials: [form('可行性研究报告审批请示', 'Request for approval'), report('可行性研究报告', 'Feasibility study'), mat('建设项目用地预审与选址意见书', 'Land pre-examination opinion', { source: 'shared' })],
    result: ['可行性研究报告批复', 'approval'], form: projectFields,
  }),
  item(6, {
    name: '政府投资项目初步设计审批', nameEn: 'Approval of the preliminary design of a government investment project', type: 'QT', dept: 'development-reform',
    audience: ['enterprise'], topics, legalBasis: [GOV_INVEST],
    conditions: ['可行性研究报告已批复', '初步设计概算不超过可研估算的10%'],
    statutory: 20, promised: 15, specialProcedures: ['专家评审'],
    materials: [form('初步设计审批请示', 'Request for approval'), report('初步设计文件及概算', 'Preliminary design and estimate')],
    result: ['初步设计及概算批复', 'approval'], form: projectFields,
  }),
  item(7, {
    name: '外商投资项目备案', nameEn: 'Filing of a foreign investment project', type: 'QT', dept: 'development-reform',
    audience: ['enterprise'], topics, legalBasis: ['《中华人民共和国外商投资法》', '《外商投资项目核准和备案管理办法》'],
    conditions: ['不属于外商投资准入负面清单禁止领域', '不属于核准范围'],
    statutory: 5, promised: 1,
    materials: [form('外商投资项目备案信息表', 'Foreign investment filing form', { kind: 'electronic' }), mat('投资者主体资格证明', 'Investor’s certificate of status')],
    result: ['外商投资项目备案通知书', 'filing'], form: [...projectFields, text('investor', '外国投资者', 'Foreign investor')],
  }),
  item(8, {
    name: '重大投资项目咨询会商', nameEn: 'Consultation meeting for a major investment project', type: 'GG', dept: 'development-reform',
    audience: ['enterprise'], topics, legalBasis: ['《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）'],
    conditions: ['重大投资项目、拟招商落地项目或特殊申请项目', '在项目前期由项目单位或招商部门提出'],
    statutory: 10, promised: 5, jointDepartments: ['industry-it', 'natural-resources', 'ecology-environment', 'emergency-management', 'investment-promotion'],
    steps: [
      { name: '会商申请', nameEn: 'Request', role: 'window' },
      { name: '集中会商', nameEn: 'Joint consultation', role: 'review' },
      { name: '出具会商意见', nameEn: 'Consultation opinion', role: 'approve' },
      { name: '告知项目单位', nameEn: 'Notification', role: 'issue' },
    ],
    materials: [form('投资项目咨询会商申请表', 'Consultation request'), mat('项目基本情况说明', 'Project description')],
    result: ['会商意见（准入条件及办理指引）', 'other'], form: [...projectFields, select('kind', '项目类型', 'Project kind', [['major', '重大投资项目', 'Major project'], ['attract', '拟招商落地项目', 'Investment-promotion project'], ['special', '特殊申请项目', 'Special application']])],
  }),
  item(9, {
    name: '投资项目帮办代办服务', nameEn: 'Assisted and agent handling for investment projects', type: 'GG', dept: 'investment-promotion', level: 'both',
    audience: ['enterprise'], topics, legalBasis: ['《优化营商环境条例》'],
    conditions: ['企业自愿申请并签署帮办代办委托书'],
    statutory: 1, promised: 0, nearby: true,
    materials: [form('帮办代办委托书', 'Agent-service authorisation')],
    result: ['帮办代办员指派通知', 'other'], form: [...projectFields],
  }),
  item(10, {
    name: '建设项目环境影响报告书审批', nameEn: 'Approval of an environmental impact report', type: 'XK', dept: 'ecology-environment',
    audience: ['enterprise'], topics: ['投资项目', '生态环境'], legalBasis: [EIA, EP],
    conditions: ['项目符合生态环境分区管控要求和相关规划', '已依法开展公众参与'],
    statutory: natural(60, '技术评估、公示时间不计入'), promised: 20, specialProcedures: ['技术评估', '公示', '听证'],
    extraSteps: [['技术评估', 'Technical assessment'], ['受理和拟批准公示', 'Public notice']],
    materials: [form('建设项目环境影响评价审批申请书', 'EIA approval application'), report('建设项目环境影响报告书', 'EIA report'), mat('公众参与说明', 'Public participation statement')],
    result: ['环境影响报告书批复', 'approval'], form: [...projectFields, text('industry', '行业类别', 'Industry')],
  }),
  item(11, {
    name: '建设项目环境影响报告表审批', nameEn: 'Approval of an environmental impact form', type: 'XK', dept: 'ecology-environment', level: 'both',
    audience: ['enterprise'], topics: ['投资项目', '生态环境'], legalBasis: [EIA, EP],
    conditions: ['项目符合生态环境分区管控要求'],
    statutory: natural(30, '技术评估时间不计入'), promised: 10, specialProcedures: ['技术评估'],
    materials: [form('建设项目环境影响评价审批申请书', 'EIA approval application'), report('建设项目环境影响报告表', 'EIA form')],
    result: ['环境影响报告表批复', 'approval'], form: projectFields,
  }),
  item(12, {
    name: '建设项目环境影响登记表备案', nameEn: 'Filing of an environmental impact registration form', type: 'QT', dept: 'ecology-environment', level: 'both',
    audience: ['enterprise'], topics: ['投资项目', '生态环境'], legalBasis: [EIA, '《建设项目环境影响登记表备案管理办法》'],
    conditions: ['属于《建设项目环境影响评价分类管理名录》中应填报登记表的项目'],
    statutory: 1, promised: 0, inHall: false,
    materials: [form('建设项目环境影响登记表', 'EIA registration form', { kind: 'electronic' })],
    result: ['登记表备案回执', 'filing'], form: projectFields,
  }),
  item(13, {
    name: '排污许可证核发', nameEn: 'Issuance of a pollutant discharge permit', type: 'XK', dept: 'ecology-environment',
    audience: ['enterprise'], topics: ['准营', '生态环境'], legalBasis: ['《排污许可管理条例》', '《排污许可管理办法》'],
    conditions: ['依法取得建设项目环评批复或备案', '污染防治设施和排放符合国家标准', '自行监测方案符合要求'],
    statutory: natural(30, '实行简化管理的15日'), promised: 15, extraSteps: [['技术审查', 'Technical review']],
    materials: [form('排污许可证申请表', 'Discharge permit application', { kind: 'electronic' }), mat('自行监测方案', 'Self-monitoring plan'), mat('承诺书', 'Commitment')],
    result: ['排污许可证', 'licence'], form: [F.entityName, F.uscc, text('industry', '行业类别', 'Industry')],
  }),
  item(14, {
    name: '固定污染源排污登记', nameEn: 'Registration of a fixed pollution source', type: 'QT', dept: 'ecology-environment', level: 'both',
    audience: ['enterprise'], topics: ['准营', '生态环境'], legalBasis: ['《排污许可管理条例》'],
    conditions: ['污染物产生量、排放量很小，按名录实行登记管理'],
    statutory: 1, promised: 0, inHall: false,
    materials: [form('固定污染源排污登记表', 'Pollution source registration form', { kind: 'electronic' })],
    result: ['排污登记回执', 'filing'], form: [F.entityName, F.uscc],
  }),
  item(15, {
    name: '危险化学品建设项目安全条件审查', nameEn: 'Safety-conditions review of a hazardous-chemicals project', type: 'XK', dept: 'emergency-management',
    audience: ['enterprise'], topics: ['投资项目', '安全生产'], legalBasis: HAZ,
    conditions: ['项目已完成安全评价', '选址、周边环境及安全距离符合要求'],
    statutory: natural(45), promised: 20, specialProcedures: ['专家审查', '现场核查'],
    materials: [form('危险化学品建设项目安全条件审查申请书', 'Safety conditions application'), report('安全评价报告', 'Safety assessment'), mat('项目立项文件', 'Project approval/filing', { source: 'shared' })],
    result: ['安全条件审查意见书', 'approval'], form: projectFields,
  }),
  item(16, {
    name: '危险化学品建设项目安全设施设计审查', nameEn: 'Safety-facility design review of a hazardous-chemicals project', type: 'XK', dept: 'emergency-management',
    audience: ['enterprise'], topics: ['投资项目', '安全生产'], legalBasis: HAZ,
    conditions: ['安全条件审查已通过', '安全设施设计专篇由具备资质的设计单位编制'],
    statutory: 20, promised: 15, specialProcedures: ['专家审查'],
    materials: [form('安全设施设计审查申请书', 'Safety design application'), report('安全设施设计专篇', 'Safety facility design')],
    result: ['安全设施设计审查意见书', 'approval'], form: projectFields,
  }),
  item(17, {
    name: '生产经营单位生产安全事故应急预案备案', nameEn: 'Filing of a production-safety emergency plan', type: 'QT', dept: 'emergency-management', level: 'both',
    audience: ['enterprise'], topics: ['安全生产'], legalBasis: ['《中华人民共和国安全生产法》', '《生产安全事故应急预案管理办法》'],
    conditions: ['应急预案经评审或论证，并经主要负责人签署公布'],
    statutory: 5, promised: 0,
    materials: [form('生产经营单位生产安全事故应急预案备案申请表', 'Emergency plan filing form'), mat('应急预案及评审意见', 'Plan and review opinion', { kind: 'electronic' })],
    result: ['应急预案备案登记表', 'filing'], form: [F.entityName, F.uscc],
  }),
  item(18, {
    name: '企业技术改造项目备案', nameEn: 'Filing of an enterprise technical-renovation project', type: 'QT', dept: 'industry-it', level: 'both',
    audience: ['enterprise'], topics: ['投资项目', '科技创新'], legalBasis: [INVEST, INVEST_RULES],
    conditions: ['现有工业企业在原有厂区内实施技术改造', '不新增用地或不涉及核准事项'],
    statutory: 1, promised: 0,
    materials: [form('技术改造项目备案信息表', 'Technical renovation filing form', { kind: 'electronic' })],
    result: ['技术改造项目备案告知书', 'filing'], form: [...projectFields, text('content', '改造内容', 'Renovation content')],
  }),
  item(19, {
    name: '专精特新中小企业认定申请', nameEn: 'Application for specialised and innovative SME recognition', type: 'GG', dept: 'industry-it',
    powerSource: 'entrusted', audience: ['enterprise'], topics: ['科技创新'], legalBasis: ['《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）'],
    conditions: ['已被认定为创新型中小企业', '从事特定细分市场时间达到2年以上，研发投入和营业收入符合标准'],
    statutory: natural(90, '按批次组织评审'), promised: 20, inHall: false,
    materials: [form('专精特新中小企业申请书', 'SME recognition application', { kind: 'electronic' }), mat('近两年财务报表', 'Financial statements')],
    result: ['推荐或认定结果', 'other'], form: [F.entityName, F.uscc],
  }),
  item(20, {
    name: '取水许可', nameEn: 'Water withdrawal permit', type: 'XK', dept: 'water-affairs',
    audience: ['enterprise'], topics: ['投资项目', '生态环境'], legalBasis: ['《中华人民共和国水法》', '《取水许可和水资源费征收管理条例》', '《取水许可管理办法》'],
    conditions: ['符合水资源规划和用水总量控制指标', '已编制建设项目水资源论证报告'],
    statutory: natural(45), promised: 20, specialProcedures: ['专家论证'],
    materials: [form('取水许可申请书', 'Water withdrawal application'), report('建设项目水资源论证报告', 'Water resource assessment')],
    result: ['取水许可证', 'licence'], form: [...projectFields, text('volume', '年取水量（万立方米）', 'Annual withdrawal (10k m³)')],
  }),
  item(21, {
    name: '生产建设项目水土保持方案审批', nameEn: 'Approval of a soil and water conservation plan', type: 'XK', dept: 'water-affairs', level: 'both',
    audience: ['enterprise'], topics: ['投资项目', '工程建设', '生态环境'], legalBasis: ['《中华人民共和国水土保持法》', '《生产建设项目水土保持方案管理办法》'],
    conditions: ['征占地面积或挖填土石方量达到编制报告书或报告表的标准'],
    statutory: 20, promised: 10, specialProcedures: ['技术评审'],
    materials: [form('水土保持方案审批申请', 'Soil conservation application'), report('水土保持方案报告书（表）', 'Soil conservation plan')],
    result: ['水土保持方案批复', 'approval'], form: projectFields,
  }),
  item(22, {
    name: '河道管理范围内建设项目工程建设方案审批', nameEn: 'Approval of works within river management areas', type: 'XK', dept: 'water-affairs',
    audience: ['enterprise'], topics: ['工程建设', '生态环境'], legalBasis: ['《中华人民共和国水法》', '《中华人民共和国河道管理条例》'],
    conditions: ['建设项目符合防洪规划和河道治理要求', '已编制防洪评价报告'],
    statutory: 20, promised: 10, specialProcedures: ['专家评审'],
    materials: [form('河道管理范围内建设项目申请书', 'River works application'), report('防洪评价报告', 'Flood assessment'), mat('工程建设方案', 'Construction plan')],
    result: ['河道管理范围内建设项目工程建设方案审批决定书', 'approval'], form: projectFields,
  }),
];
