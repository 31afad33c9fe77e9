/**
 * Demo items of the 人社 branch hall (social insurance, employment, pensions, work injury, labour
 * market permits) and of the 科技 branch hall.
 */
import { F, M, aux, form, itemFactory, mat, natural, select, text, workdays } from './build';
import type { DemoItem } from './types';

const hr = itemFactory(201, { branchHall: 'hr', level: 'both', kiosk: true });
const sci = itemFactory(202, { branchHall: 'science' });

const SI = '《中华人民共和国社会保险法》';
const INJURY = '《工伤保险条例》';
const EMPLOY = '《中华人民共和国就业促进法》';
const UNEMPLOY = '《失业保险条例》';

const pensionTopics: DemoItem['topics'] = ['退休', '社会保障'];
const jobTopics: DemoItem['topics'] = ['就业创业', '社会保障'];

/** 人社 items. */
export const hrItems: DemoItem[] = [
  hr(1, {
    name: '单位社会保险登记', nameEn: 'Employer social-insurance registration', type: 'QR', dept: 'hr-social-security',
    audience: ['enterprise'], topics: ['企业开办', '社会保障'], legalBasis: [SI, '《社会保险费征缴暂行条例》', '《社会保险登记管理暂行办法》'],
    conditions: ['用人单位自成立之日起30日内申请', '企业开办“一表申报”提交的登记信息同步推送，无需另行申请'],
    statutory: workdays(15, '“一表申报”的与设立登记同步办结'), promised: 0,
    materials: [M.businessLicence(), form('社会保险登记表', 'Social-insurance registration form', { kind: 'electronic' })],
    result: ['社会保险登记信息（单位参保编号）', 'filing'], form: [text('payrollContact', '社保经办人', 'Social-insurance contact')],
  }),
  hr(2, {
    name: '城乡居民基本养老保险参保登记', nameEn: 'Enrolment in urban and rural residents’ basic pension insurance', type: 'GG', dept: 'hr-social-security',
    level: 'district', audience: ['citizen'], topics: pensionTopics, legalBasis: [SI, '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）'],
    conditions: ['年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工基本养老保险制度覆盖范围的本地户籍居民'],
    statutory: 1, promised: 0,
    materials: [M.idCard(), M.householdRegister()],
    result: ['参保登记信息', 'filing'], form: [select('grade', '缴费档次（元/年）', 'Contribution grade (CNY/year)', [['200', '200', '200'], ['500', '500', '500'], ['1000', '1000', '1000'], ['2000', '2000', '2000']])],
  }),
  hr(3, {
    name: '城镇职工基本养老保险关系转移接续', nameEn: 'Transfer of employee basic pension insurance', type: 'GG', dept: 'hr-social-security',
    audience: ['citizen'], topics: pensionTopics, legalBasis: [SI, '《城镇企业职工基本养老保险关系转移接续暂行办法》'],
    conditions: ['参保人员跨统筹地区流动就业并在新就业地参保'],
    statutory: workdays(15, '转入地、转出地各15个工作日'), promised: 10, visits: 0,
    materials: [form('基本养老保险关系转移接续申请表', 'Pension transfer application', { kind: 'electronic' }), M.idCard()],
    result: ['基本养老保险关系转移接续联系函', 'other'], form: [text('fromRegion', '转出地', 'Transfer from')],
  }),
  hr(4, {
    name: '职工正常退休（职）申请', nameEn: 'Application for normal retirement of an employee', type: 'QR', dept: 'hr-social-security',
    audience: ['citizen', 'enterprise'], topics: pensionTopics,
    legalBasis: ['《国务院关于工人退休、退职的暂行办法》', '《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》', SI],
    conditions: ['达到法定退休年龄', '累计缴纳基本养老保险费达到规定的最低缴费年限'],
    statutory: 20, promised: 5, visits: 0,
    materials: [form('职工退休审批表', 'Retirement approval form'), M.idCard(), aux('职工档案（出生时间认定依据）', 'Personnel file'), M.bankCard()],
    result: ['退休审批结果', 'approval'], form: [F.entityName, F.startDate],
  }),
  hr(5, {
    name: '城镇职工基本养老保险待遇申领', nameEn: 'Claim for employee basic pension benefits', type: 'GF', dept: 'hr-social-security',
    audience: ['citizen'], topics: pensionTopics, legalBasis: [SI, '《国务院关于完善企业职工基本养老保险制度的决定》（国发〔2005〕38号）'],
    conditions: ['经批准退休', '累计缴费满15年'],
    statutory: 10, promised: 3, visits: 0,
    materials: [M.idCard(), M.bankCard()],
    result: ['基本养老金核定表', 'other'], form: [F.address],
  }),
  hr(6, {
    name: '城乡居民基本养老保险待遇申领', nameEn: 'Claim for residents’ basic pension benefits', type: 'GF', dept: 'hr-social-security', level: 'district',
    audience: ['citizen'], topics: pensionTopics, legalBasis: [SI, '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）'],
    conditions: ['年满60周岁', '累计缴费满15年，且未领取国家规定的基本养老保障待遇'],
    statutory: 20, promised: 5,
    materials: [M.idCard(), M.householdRegister(), M.bankCard()],
    result: ['城乡居民养老保险待遇核定', 'other'], form: [F.address],
  }),
  hr(7, {
    name: '领取养老金人员待遇资格认证', nameEn: 'Eligibility authentication of pension recipients', type: 'GG', dept: 'hr-social-security',
    audience: ['citizen'], topics: pensionTopics, legalBasis: [SI, '《人力资源社会保障部关于印发〈社会保险待遇资格认证经办规程（试行）〉的通知》'],
    conditions: ['正在领取社会保险待遇的人员，每年至少认证一次'],
    statutory: 1, promised: 0,
    materials: [M.idCard({ acceptanceStandard: '通过人脸识别或大数据比对完成，无需提交材料' })],
    result: ['资格认证结果', 'other'], form: [],
  }),
  hr(8, {
    name: '个人账户一次性待遇申领', nameEn: 'Lump-sum payment of the personal pension account', type: 'GF', dept: 'hr-social-security',
    audience: ['citizen'], topics: pensionTopics, legalBasis: [SI],
    conditions: ['参保人员死亡，或达到退休年龄时累计缴费不足15年且本人书面申请终止基本养老保险关系'],
    statutory: 20, promised: 10,
    materials: [form('个人账户一次性待遇申领表', 'Lump-sum application'), M.idCard(), aux('死亡证明或继承人身份关系证明', 'Death certificate or proof of heirship', { required: false }), M.bankCard()],
    result: ['个人账户一次性待遇核定', 'other'], form: [select('reason', '申领原因', 'Reason', [['death', '参保人死亡', 'Death of insured'], ['short', '缴费年限不足', 'Insufficient contribution years']])],
  }),
  hr(9, {
    name: '丧葬补助金、抚恤金申领', nameEn: 'Claim for funeral grant and survivors’ pension', type: 'GF', dept: 'hr-social-security',
    audience: ['citizen'], topics: ['社会保障'], legalBasis: [SI],
    conditions: ['参保人员因病或非因工死亡', '由其遗属申领'],
    statutory: 20, promised: 5,
    materials: [form('丧葬补助金、抚恤金申领表', 'Funeral grant application'), mat('死亡证明', 'Death certificate', { source: 'shared' }), mat('申领人与死者关系证明', 'Proof of relationship'), M.bankCard()],
    result: ['丧葬补助金、抚恤金核定', 'other'], form: [text('deceasedId', '死者身份证号', 'ID number of the deceased')],
  }),
  hr(10, {
    name: '失业登记', nameEn: 'Unemployment registration', type: 'GG', dept: 'hr-social-security', level: 'district',
    audience: ['citizen'], topics: jobTopics, legalBasis: [EMPLOY, '《就业服务与就业管理规定》'],
    conditions: ['法定劳动年龄内、有劳动能力、有就业要求、处于无业状态'],
    statutory: 1, promised: 0,
    materials: [M.idCard()],
    result: ['失业登记信息', 'filing'], form: [F.address],
  }),
  hr(11, {
    name: '就业创业证申领', nameEn: 'Application for an employment and entrepreneurship certificate', type: 'GG', dept: 'hr-social-security', level: 'district',
    audience: ['citizen'], topics: jobTopics, legalBasis: [EMPLOY, '《就业服务与就业管理规定》'],
    conditions: ['已办理就业或失业登记'],
    statutory: 1, promised: 0,
    materials: [M.idCard()],
    result: ['就业创业证（电子）', 'certificate'], form: [],
  }),
  hr(12, {
    name: '失业保险金申领', nameEn: 'Claim for unemployment insurance benefits', type: 'GF', dept: 'hr-social-security',
    audience: ['citizen'], topics: jobTopics, legalBasis: [SI, UNEMPLOY, '《失业保险金申领发放办法》'],
    conditions: ['失业前用人单位和本人已缴纳失业保险费满一年', '非因本人意愿中断就业', '已办理失业登记并有求职要求'],
    statutory: 10, promised: 3, visits: 0,
    materials: [M.idCard(), mat('解除或终止劳动关系的证明', 'Proof of termination', { source: 'shared' }), M.bankCard()],
    result: ['失业保险金核定', 'other'], form: [F.entityName, F.startDate],
  }),
  hr(13, {
    name: '创业担保贷款申请', nameEn: 'Application for a start-up guaranteed loan', type: 'GF', dept: 'hr-social-security',
    audience: ['citizen', 'enterprise'], topics: jobTopics, legalBasis: [EMPLOY, '《财政部 人力资源社会保障部 中国人民银行关于进一步做好创业担保贷款财政贴息工作的通知》（财金〔2020〕21号）'],
    conditions: ['属于城镇登记失业人员、高校毕业生、退役军人、返乡创业农民工等规定群体', '自主创业并取得营业执照', '本人及其配偶无不良信用记录'],
    statutory: 20, promised: 10, jointDepartments: ['finance'],
    materials: [form('创业担保贷款申请表', 'Start-up loan application'), M.idCard(), M.businessLicence(), mat('创业项目计划书', 'Business plan')],
    result: ['创业担保贷款资格审核意见', 'approval'], form: [text('amount', '申请金额（万元）', 'Amount (10k CNY)')],
  }),
  hr(14, {
    name: '灵活就业人员社会保险补贴申领', nameEn: 'Social-insurance subsidy for flexible workers', type: 'GF', dept: 'hr-social-security', level: 'district',
    audience: ['citizen'], topics: jobTopics, legalBasis: [EMPLOY, '《就业补助资金管理办法》'],
    conditions: ['就业困难人员以灵活就业方式就业并缴纳社会保险费', '补贴期限最长不超过3年'],
    statutory: 20, promised: 15,
    materials: [form('灵活就业社会保险补贴申请表', 'Subsidy application'), M.idCard(), M.bankCard()],
    result: ['社会保险补贴核定', 'other'], form: [F.startDate],
  }),
  hr(15, {
    name: '职业技能提升补贴申领', nameEn: 'Skills-upgrading subsidy', type: 'GF', dept: 'hr-social-security',
    audience: ['citizen'], topics: jobTopics, legalBasis: [UNEMPLOY, '《人力资源社会保障部 财政部关于失业保险支持参保职工提升职业技能有关问题的通知》（人社部发〔2017〕40号）'],
    conditions: ['取得职业资格证书或职业技能等级证书', '申领前累计缴纳失业保险费1年以上'],
    statutory: 20, promised: 10, visits: 0,
    materials: [mat('职业资格证书或职业技能等级证书', 'Vocational qualification certificate', { source: 'e_license' }), M.bankCard()],
    result: ['技能提升补贴发放', 'other'], form: [text('certificateNo', '证书编号', 'Certificate number')],
  }),
  hr(16, {
    name: '社会保障卡申领', nameEn: 'Application for a social-security card', type: 'GG', dept: 'hr-social-security',
    audience: ['citizen'], topics: ['社会保障'], legalBasis: [SI],
    conditions: ['已参加社会保险或属于持卡服务对象'],
    statutory: natural(30, '银行网点和自助设备即时制卡'), promised: 0,
    materials: [M.idCard(), M.photo({ required: false, primary: false })],
    result: ['社会保障卡', 'certificate'], form: [select('bank', '合作银行', 'Partner bank', [['ccb', '中国建设银行', 'CCB'], ['icbc', '中国工商银行', 'ICBC'], ['abc', '中国农业银行', 'ABC'], ['boc', '中国银行', 'BOC']])],
  }),
  hr(17, {
    name: '社会保障卡补领、换领', nameEn: 'Replacement of a social-security card', type: 'GG', dept: 'hr-social-security',
    audience: ['citizen'], topics: ['社会保障'], legalBasis: [SI],
    conditions: ['社会保障卡遗失、损坏或有效期满，已办理挂失（遗失的）'],
    statutory: natural(30), promised: 0,
    materials: [M.idCard()],
    result: ['社会保障卡', 'certificate'], form: [select('reason', '原因', 'Reason', [['lost', '遗失', 'Lost'], ['damaged', '损坏', 'Damaged'], ['expired', '有效期满', 'Expired']])],
  }),
  hr(18, {
    name: '个人权益记录查询打印', nameEn: 'Printing of personal social-insurance records', type: 'GG', dept: 'hr-social-security',
    audience: ['citizen'], topics: ['社会保障', '证明开具'], legalBasis: [SI, '《社会保险个人权益记录管理办法》'],
    conditions: ['本人或经授权的代理人查询'],
    statutory: 1, promised: 0, inHall: true,
    materials: [M.idCard()],
    result: ['参保缴费证明', 'certificate'], form: [select('kind', '证明类型', 'Record type', [['pension', '养老保险缴费明细', 'Pension contributions'], ['all', '参保缴费证明', 'Contribution certificate']])],
  }),
  hr(19, {
    name: '工伤认定申请', nameEn: 'Application for work-injury recognition', type: 'QR', dept: 'hr-social-security',
    audience: ['enterprise', 'citizen'], topics: ['社会保障'], legalBasis: [INJURY, '《工伤认定办法》'],
    conditions: ['用人单位自事故伤害发生之日起30日内提出；单位未提出的，职工或其近亲属可在1年内提出'],
    statutory: natural(60, '事实清楚、权利义务明确的15日内作出'), promised: 20,
    extraSteps: [['调查核实', 'Investigation']], specialProcedures: ['调查核实'],
    materials: [form('工伤认定申请表', 'Work-injury application'), mat('与用人单位存在劳动关系的证明', 'Proof of employment', { source: 'shared' }), mat('医疗诊断证明', 'Medical diagnosis')],
    result: ['认定工伤决定书', 'approval'], form: [F.entityName, text('injuryDate', '受伤时间', 'Date of injury'), text('diagnosis', '诊断结论', 'Diagnosis')],
  }),
  hr(20, {
    name: '劳动能力鉴定申请', nameEn: 'Application for a working-capacity assessment', type: 'QR', dept: 'hr-social-security',
    audience: ['citizen', 'enterprise'], topics: ['社会保障', '残疾人'], legalBasis: [INJURY, '《工伤职工劳动能力鉴定管理办法》'],
    conditions: ['已认定为工伤，伤情相对稳定或停工留薪期满'],
    statutory: natural(60, '必要时可延长30日'), promised: 30,
    extraSteps: [['专家鉴定', 'Expert assessment']], specialProcedures: ['专家医学鉴定'],
    materials: [form('劳动能力鉴定申请表', 'Assessment application'), mat('工伤认定决定书', 'Work-injury decision', { source: 'government' }), mat('医疗机构病历资料', 'Medical records')],
    result: ['劳动能力鉴定结论书', 'certificate'], form: [text('decisionNo', '工伤认定决定书编号', 'Work-injury decision no.')],
  }),
  hr(21, {
    name: '工伤保险待遇申领', nameEn: 'Claim for work-injury insurance benefits', type: 'GF', dept: 'hr-social-security',
    audience: ['citizen', 'enterprise'], topics: ['社会保障'], legalBasis: [SI, INJURY],
    conditions: ['已认定工伤，需要鉴定的已完成劳动能力鉴定'],
    statutory: 20, promised: 10,
    materials: [form('工伤保险待遇申请表', 'Benefit application'), mat('医疗费用票据及清单', 'Medical bills'), M.bankCard()],
    result: ['工伤保险待遇核定', 'other'], form: [text('decisionNo', '工伤认定决定书编号', 'Work-injury decision no.')],
  }),
  hr(22, {
    name: '劳动人事争议仲裁申请', nameEn: 'Application for labour and personnel dispute arbitration', type: 'QT', dept: 'hr-social-security',
    audience: ['citizen', 'enterprise'], topics: ['就业创业', '法律服务'], legalBasis: ['《中华人民共和国劳动争议调解仲裁法》', '《劳动人事争议仲裁办案规则》'],
    conditions: ['争议发生之日起一年内申请', '属于劳动人事争议仲裁受理范围'],
    // 《劳动人事争议仲裁办案规则》第八十条: its 三日/五日/十日 are working days.
    statutory: workdays(5, '受理审查时限；仲裁裁决45日内作出'), promised: 3,
    materials: [form('仲裁申请书', 'Arbitration application', { copies: 2 }), M.idCard(), mat('证据材料及证据目录', 'Evidence and list')],
    result: ['受理通知书', 'other'], branchHall: undefined, kiosk: false,
    form: [text('respondent', '被申请人', 'Respondent'), text('claims', '仲裁请求', 'Claims')],
  }),
  hr(23, {
    name: '劳务派遣经营许可', nameEn: 'Labour-dispatch business permit', type: 'XK', dept: 'hr-social-security',
    audience: ['enterprise'], topics: ['准营'], legalBasis: ['《中华人民共和国劳动合同法》', '《劳务派遣行政许可实施办法》'],
    conditions: ['注册资本不得少于人民币200万元', '有与开展业务相适应的固定经营场所和设施', '有符合法律法规规定的劳务派遣管理制度'],
    statutory: 20, promised: 10, kiosk: false,
    materials: [form('劳务派遣经营许可申请书', 'Labour-dispatch application'), M.businessLicence(), M.premises(), mat('劳务派遣管理制度', 'Dispatch rules')],
    result: ['劳务派遣经营许可证', 'licence'], form: [F.entityName, F.uscc, F.registeredCapital],
  }),
  hr(24, {
    name: '人力资源服务许可', nameEn: 'Human-resources service permit', type: 'XK', dept: 'hr-social-security',
    audience: ['enterprise'], topics: ['准营'], legalBasis: ['《人力资源市场暂行条例》', '《人力资源服务机构管理规定》'],
    conditions: ['有与开展职业中介活动相适应的场所、设施', '有明确的章程和管理制度及必要的专职工作人员'],
    statutory: 20, promised: 10, kiosk: false,
    materials: [form('人力资源服务许可申请表', 'HR service application'), M.businessLicence(), M.premises(), mat('专职工作人员名单', 'Staff list')],
    result: ['人力资源服务许可证', 'licence'], form: [F.entityName, F.uscc],
  }),
  hr(25, {
    name: '企业实行不定时工作制和综合计算工时工作制审批', nameEn: 'Approval of flexible and aggregated working-hour systems', type: 'XK', dept: 'hr-social-security',
    audience: ['enterprise'], topics: ['就业创业'], legalBasis: ['《中华人民共和国劳动法》', '《关于企业实行不定时工作制和综合计算工时工作制的审批办法》'],
    conditions: ['因生产特点不能实行标准工时制度', '已听取工会和职工意见'],
    statutory: 20, promised: 10, kiosk: false,
    materials: [form('特殊工时制度申请表', 'Working-hour system application'), mat('实行特殊工时制度的岗位及人员名单', 'Posts and employees'), mat('工会或职工代表意见', 'Union opinion')],
    result: ['特殊工时工作制准予许可决定书', 'approval'], form: [F.entityName, F.uscc, text('posts', '适用岗位', 'Posts')],
  }),
];

/** 科技 items. */
export const scienceItems: DemoItem[] = [
  sci(1, {
    name: '高新技术企业认定', nameEn: 'High and new technology enterprise recognition', type: 'QR', dept: 'science-technology',
    powerSource: 'entrusted', audience: ['enterprise'], topics: ['科技创新'], legalBasis: ['《高新技术企业认定管理办法》（国科发火〔2016〕32号）', '《高新技术企业认定管理工作指引》'],
    conditions: ['注册成立一年以上', '拥有对主要产品（服务）发挥核心支持作用的自主知识产权', '研发费用、高新技术产品收入和科技人员占比符合规定'],
    statutory: natural(90, '按年度批次集中评审，专家评审时间不计入'), promised: 30, specialProcedures: ['专家评审'],
    extraSteps: [['专家评审', 'Expert review']],
    materials: [form('高新技术企业认定申请书', 'HNTE application'), mat('知识产权相关材料', 'IP documents'), mat('近三个会计年度研究开发费用专项审计报告', 'R&D expense audit'), mat('近一个会计年度高新技术产品（服务）收入专项审计报告', 'HNT income audit')],
    result: ['高新技术企业证书', 'certificate'], form: [F.entityName, F.uscc, text('field', '技术领域', 'Technology field')],
  }),
  sci(2, {
    name: '科技型中小企业评价', nameEn: 'Evaluation of technology-based SMEs', type: 'GG', dept: 'science-technology',
    audience: ['enterprise'], topics: ['科技创新'], legalBasis: ['《科技型中小企业评价办法》（国科发政〔2017〕115号）'],
    conditions: ['职工总数不超过500人、年销售收入不超过2亿元、资产总额不超过2亿元', '评价得分不低于60分且科技人员指标得分不为0'],
    statutory: 20, promised: 15, inHall: false,
    materials: [form('科技型中小企业信息表', 'Tech SME information form', { kind: 'electronic' })],
    result: ['科技型中小企业入库登记编号', 'filing'], form: [F.entityName, F.uscc],
  }),
  sci(3, {
    name: '技术合同认定登记', nameEn: 'Recognition and registration of technology contracts', type: 'QR', dept: 'science-technology',
    audience: ['enterprise'], topics: ['科技创新', '税务'], legalBasis: ['《中华人民共和国民法典》', '《技术合同认定登记管理办法》'],
    conditions: ['技术开发、技术转让、技术许可、技术咨询和技术服务合同', '合同依法成立并采用书面形式'],
    statutory: natural(30), promised: 5,
    materials: [form('技术合同认定登记申请表', 'Technology contract application'), mat('技术合同文本', 'Contract text', { copies: 2 })],
    result: ['技术合同登记证明', 'certificate'], form: [F.entityName, text('contractName', '合同名称', 'Contract name'), text('amount', '合同金额（万元）', 'Amount (10k CNY)')],
  }),
  sci(4, {
    name: '外国人来华工作许可', nameEn: 'Work permit for foreigners', type: 'XK', dept: 'science-technology', powerSource: 'delegated',
    audience: ['enterprise'], topics: ['人才', '出入境'], legalBasis: ['《中华人民共和国出境入境管理法》', '《外国人在中国就业管理规定》'],
    conditions: ['用人单位依法设立，无严重违法失信记录', '申请人年满18周岁、身体健康、无犯罪记录，具有从事其工作所必需的专业技能或相适应的工作经历'],
    statutory: 10, promised: 5, visits: 1,
    materials: [form('外国人来华工作许可申请表', 'Work permit application'), mat('工作资历证明', 'Work experience proof'), mat('最高学位（学历）证书或相关批准书', 'Highest degree'), mat('无犯罪记录证明', 'Criminal record certificate'), mat('体检证明', 'Health certificate'), mat('护照', 'Passport')],
    result: ['外国人工作许可证', 'licence'], form: [F.entityName, text('foreignerName', '外国人姓名', 'Foreigner’s name'), text('passportNo', '护照号码', 'Passport number')],
  }),
  sci(5, {
    name: '科技成果登记', nameEn: 'Registration of scientific and technological achievements', type: 'GG', dept: 'science-technology',
    audience: ['enterprise', 'citizen'], topics: ['科技创新'], legalBasis: ['《中华人民共和国促进科技成果转化法》', '《科技成果登记办法》'],
    conditions: ['成果经评价、鉴定或已取得知识产权'],
    statutory: 15, promised: 5, visits: 0,
    materials: [form('科技成果登记表', 'Achievement registration form'), mat('成果评价证明或知识产权证明', 'Evaluation or IP proof')],
    result: ['科技成果登记证书', 'certificate'], form: [text('achievement', '成果名称', 'Achievement')],
  }),
  sci(6, {
    name: '科技企业孵化器认定', nameEn: 'Recognition of a technology business incubator', type: 'GG', dept: 'science-technology',
    audience: ['enterprise'], topics: ['科技创新', '就业创业'], legalBasis: ['《科技企业孵化器管理办法》（国科发区〔2018〕300号）'],
    conditions: ['孵化场地面积不低于规定标准，在孵企业不少于规定数量', '有专业的孵化服务机构和人员'],
    statutory: natural(60), promised: 20, extraSteps: [['现场考察', 'Site visit']],
    materials: [form('科技企业孵化器认定申请书', 'Incubator application'), mat('孵化场地产权或租赁证明', 'Space proof'), mat('在孵企业名单', 'Incubated firms')],
    result: ['科技企业孵化器认定文件', 'approval'], form: [F.entityName, F.area],
  }),
];
