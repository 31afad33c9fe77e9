/**
 * Demo items that complete 企业开办 besides business registration: seal carving, tax matters,
 * bank-account opening, and the tobacco retail permit small shops need.
 */
import { F, M, form, itemFactory, mat, select, text } from './build';
import type { DemoItem } from './types';

const item = itemFactory(102, { level: 'both' });

const TAX = '《中华人民共和国税收征收管理法》';
const TAX_RULES = '《中华人民共和国税收征收管理法实施细则》';
const INVOICE = '《中华人民共和国发票管理办法》';

const newCompanyTopics: DemoItem['topics'] = ['企业开办', '税务'];

/** Items of 企业开办 outside market regulation. */
export const enterpriseOpeningItems: DemoItem[] = [
  item(1, {
    name: '公章刻制备案', nameEn: 'Filing of official-seal carving', type: 'QT', dept: 'public-security',
    audience: ['enterprise'], topics: ['企业开办'],
    legalBasis: ['《国务院对确需保留的行政审批项目设定行政许可的决定》', '《国务院关于第三批取消中央指定地方实施行政许可事项的决定》（国发〔2017〕7号）'],
    conditions: ['已取得营业执照', '选择经公安机关备案的印章刻制企业刻制'],
    statutory: 1, promised: 0, nearby: true,
    materials: [M.businessLicence(), M.legalRepId(), M.authorisation()],
    result: ['印章备案信息', 'filing'],
    form: [select('sealSet', '刻制印章', 'Seals to carve', [['basic', '公章、财务专用章、发票专用章、法定代表人名章', 'Company, finance, invoice and legal-rep seals'], ['company', '仅公章', 'Company seal only']]), text('sealMaker', '刻章企业', 'Seal maker')],
  }),
  item(2, {
    name: '税务登记信息确认', nameEn: 'Confirmation of tax-registration information', type: 'QT', dept: 'taxation',
    audience: ['enterprise'], topics: newCompanyTopics, legalBasis: [TAX, TAX_RULES, '《税务登记管理办法》'],
    conditions: ['已领取“多证合一”营业执照', '登记信息由市场监管部门共享，纳税人首次办理涉税事项时补充确认'],
    statutory: 1, promised: 0, nearby: true,
    materials: [M.businessLicence(), form('“多证合一”登记信息确认表', 'Multi-licence registration confirmation form')],
    result: ['税务登记信息确认结果', 'other'],
    form: [text('financeContact', '财务负责人', 'Finance manager'), text('accountingSystem', '适用会计制度', 'Accounting system')],
  }),
  item(3, {
    name: '发票申领', nameEn: 'Application for invoices', type: 'QT', dept: 'taxation',
    audience: ['enterprise', 'citizen'], topics: newCompanyTopics, legalBasis: [TAX, INVOICE, '《中华人民共和国发票管理办法实施细则》'],
    conditions: ['已办理税务登记信息确认', '办税人员已完成实名认证', '新办纳税人首次申领的票种、数量按规定核定'],
    statutory: 5, promised: 0, nearby: true, kiosk: true,
    materials: [form('发票领用申请表', 'Invoice application form', { kind: 'electronic' }), M.idCard({ name: '经办人身份证件', nameEn: 'Identity document of the person handling it' })],
    result: ['发票（数字化电子发票开票额度）', 'other'],
    form: [select('invoiceType', '发票种类', 'Invoice type', [['digital', '数电发票', 'Fully digitalised e-invoice'], ['paper_vat', '增值税专用发票（纸质）', 'Paper special VAT invoice']]), text('monthlyLimit', '申请开票额度（元）', 'Requested invoicing limit (CNY)')],
  }),
  item(4, {
    name: '增值税一般纳税人登记', nameEn: 'Registration as a general VAT taxpayer', type: 'QT', dept: 'taxation',
    audience: ['enterprise'], topics: ['税务'], legalBasis: ['《中华人民共和国增值税暂行条例》', '《增值税一般纳税人登记管理办法》'],
    conditions: ['年应税销售额超过小规模纳税人标准，或会计核算健全、能够提供准确税务资料的纳税人自愿登记'],
    statutory: 1, promised: 0,
    materials: [form('增值税一般纳税人登记表', 'General VAT taxpayer registration form', { kind: 'electronic' })],
    result: ['增值税一般纳税人登记信息', 'filing'], form: [F.entityName, F.uscc, F.startDate],
  }),
  item(5, {
    name: '开具税收完税证明', nameEn: 'Issuance of a tax payment certificate', type: 'GG', dept: 'taxation',
    audience: ['enterprise', 'citizen'], topics: ['税务', '证明开具'], legalBasis: [TAX, '《税收票证管理办法》'],
    conditions: ['纳税人已缴纳相应税款'],
    statutory: 1, promised: 0, kiosk: true,
    materials: [M.idCard({ name: '纳税人身份证件', nameEn: 'Taxpayer’s identity document' })],
    result: ['税收完税证明', 'certificate'], form: [text('period', '所属期间', 'Tax period')],
  }),
  item(6, {
    name: '清税申报', nameEn: 'Tax clearance declaration', type: 'QT', dept: 'taxation',
    audience: ['enterprise', 'citizen'], topics: ['企业注销', '税务'], legalBasis: [TAX, TAX_RULES],
    conditions: ['已结清应纳税款、滞纳金、罚款', '已缴销发票和税控设备'],
    statutory: 20, promised: 0, kiosk: true,
    materials: [form('清税申报表', 'Tax clearance form', { kind: 'electronic' })],
    result: ['清税证明', 'certificate'], form: [F.uscc],
  }),
  item(7, {
    name: '跨区域涉税事项报告', nameEn: 'Report of cross-region tax matters', type: 'QT', dept: 'taxation',
    audience: ['enterprise'], topics: ['税务'], legalBasis: [TAX_RULES, '《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》（税总发〔2017〕103号）'],
    conditions: ['纳税人跨省（自治区、直辖市）临时从事生产经营活动'],
    statutory: 1, promised: 0, inHall: false,
    materials: [form('跨区域涉税事项报告表', 'Cross-region tax matters report', { kind: 'electronic' })],
    result: ['跨区域涉税事项报告信息', 'filing'], form: [F.uscc, text('contract', '跨区域经营合同名称', 'Contract')],
  }),
  item(8, {
    name: '车辆购置税纳税申报', nameEn: 'Vehicle purchase tax declaration', type: 'ZS', dept: 'taxation',
    audience: ['citizen', 'enterprise'], topics: ['交通出行', '税务'], legalBasis: ['《中华人民共和国车辆购置税法》'],
    conditions: ['在境内购置应税车辆，自纳税义务发生之日起60日内申报'],
    statutory: 1, promised: 0, kiosk: true,
    materials: [mat('机动车销售统一发票', 'Unified motor-vehicle sales invoice', { source: 'shared', acceptanceStandard: '通过发票电子底账共享核验' }), M.idCard(), mat('车辆合格证', 'Vehicle conformity certificate', { source: 'shared' })],
    result: ['车辆购置税完税信息（电子）', 'other'], form: [F.vin],
  }),
  item(9, {
    name: '契税申报', nameEn: 'Deed tax declaration', type: 'ZS', dept: 'taxation', cityWide: true,
    audience: ['citizen', 'enterprise'], topics: ['住房', '不动产', '税务'], legalBasis: ['《中华人民共和国契税法》'],
    conditions: ['在境内转移土地、房屋权属的承受人，在依法办理权属登记前申报'],
    statutory: 1, promised: 0,
    materials: [mat('房屋买卖合同（网签备案）', 'Housing sale contract (filed online)', { source: 'shared' }), M.idCard()],
    result: ['契税完税信息', 'other'], form: [F.propertyNumber, text('price', '成交价格（元）', 'Price (CNY)')],
  }),
  item(10, {
    name: '个人所得税综合所得汇算清缴', nameEn: 'Annual reconciliation of individual income tax', type: 'ZS', dept: 'taxation',
    audience: ['citizen'], topics: ['税务'], legalBasis: ['《中华人民共和国个人所得税法》', '《中华人民共和国个人所得税法实施条例》'],
    conditions: ['取得综合所得且需要补税或申请退税，每年3月1日至6月30日办理'],
    statutory: 1, promised: 0, inHall: false,
    materials: [form('个人所得税年度自行纳税申报表', 'Annual IIT return', { kind: 'electronic' })],
    result: ['汇算清缴申报结果', 'other'], form: [text('year', '所得年度', 'Income year')],
  }),
  item(11, {
    name: '银行开户预约', nameEn: 'Appointment for opening a bank account', type: 'GG', dept: 'people-bank',
    audience: ['enterprise'], topics: ['企业开办'],
    legalBasis: ['《人民币银行结算账户管理办法》', '《中国人民银行关于取消企业银行账户许可的通知》（银发〔2019〕41号）'],
    conditions: ['已取得营业执照', '选择开户银行并预约办理时间'],
    statutory: 1, promised: 0, nearby: true,
    materials: [M.businessLicence(), M.legalRepId()],
    result: ['开户预约回执', 'other'],
    form: [select('bank', '开户银行', 'Bank', [['ccb', '中国建设银行', 'China Construction Bank'], ['icbc', '中国工商银行', 'ICBC'], ['abc', '中国农业银行', 'Agricultural Bank of China'], ['boc', '中国银行', 'Bank of China']]), F.startDate],
  }),
  item(12, {
    name: '烟草专卖零售许可证核发', nameEn: 'Issuance of a tobacco retail licence', type: 'XK', dept: 'tobacco',
    audience: ['enterprise', 'citizen'], topics: ['准营'],
    legalBasis: ['《中华人民共和国烟草专卖法》', '《中华人民共和国烟草专卖法实施条例》', '《烟草专卖许可证管理办法》'],
    conditions: ['有与经营烟草制品零售业务相适应的资金', '有固定的经营场所', '符合烟草专卖零售许可证合理布局的规定'],
    statutory: 20, promised: 5, extraSteps: [['实地核查', 'On-site check']], specialProcedures: ['实地核查'],
    materials: [form('烟草专卖零售许可证申请表', 'Tobacco retail licence application'), M.businessLicence(), M.premises()],
    result: ['烟草专卖零售许可证', 'licence'], form: [F.entityName, F.businessAddress],
  }),
  item(13, {
    name: '烟草专卖零售许可证延续', nameEn: 'Renewal of a tobacco retail licence', type: 'XK', dept: 'tobacco',
    audience: ['enterprise', 'citizen'], topics: ['准营'], legalBasis: ['《中华人民共和国烟草专卖法实施条例》', '《烟草专卖许可证管理办法》'],
    conditions: ['许可证有效期届满前30日申请', '经营条件仍符合规定'],
    statutory: 20, promised: 3,
    materials: [form('烟草专卖零售许可证延续申请表', 'Tobacco licence renewal application')],
    result: ['烟草专卖零售许可证（延续）', 'licence'], form: [text('licenceNo', '许可证号', 'Licence number')],
  }),
];
