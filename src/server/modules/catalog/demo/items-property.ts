/**
 * Demo items of the 房产交易 and 不动产登记 branch halls. Both groups are 全市通办.
 */
import { F, FEE_BASIS, M, aux, fee, form, itemFactory, mat, select, text, workdays } from './build';
import type { FeeItem } from '../catalog.types';
import type { DemoItem } from './types';

const trade = itemFactory(204, { branchHall: 'property_trading', cityWide: true, kiosk: true });
// Registration fees are paid once the registration is decided, before the certificate is issued (登簿发证前缴费).
const reg = itemFactory(205, { branchHall: 'real_estate', cityWide: true, chargeAt: 'before_issue' });

const ESTATE = '《中华人民共和国城市房地产管理法》';
const CIVIL = '《中华人民共和国民法典》';
const REG = '《不动产登记暂行条例》';
const REG_RULES = '《不动产登记暂行条例实施细则》';

const topics: DemoItem['topics'] = ['住房', '不动产'];
const regLimit = workdays(30, '法定30个工作日；公告、实地查看、调查时间不计入');
const smallFirmWaiver = '小微企业（含个体工商户）申请不动产登记的，免收不动产登记费';
const regFee = (residential: boolean): FeeItem =>
  residential
    ? fee('不动产登记费（住宅类）', '80元/件', 80, FEE_BASIS.realEstate, '含第一本不动产权属证书工本费；每增加一本增收10元')
    : fee('不动产登记费（非住宅类）', '550元/件', 550, FEE_BASIS.realEstate, smallFirmWaiver, ['small_micro_enterprise']);
const certFee = fee('不动产权属证书工本费', '10元/本', 10, FEE_BASIS.realEstate);

const titleFields = [F.propertyNumber, F.address];
const propertyKind = select('propertyKind', '房屋用途', 'Use of the property', [['residential', '住宅', 'Residential'], ['commercial', '商业', 'Commercial'], ['office', '办公', 'Office']]);

/** 房产交易 items. */
export const propertyTradingItems: DemoItem[] = [
  trade(1, {
    name: '商品房买卖合同网签备案', nameEn: 'Online signing and filing of a new-home sale contract', type: 'QT', dept: 'housing-construction',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [ESTATE, '《城市商品房预售管理办法》', '《商品房销售管理办法》'],
    conditions: ['开发企业已取得商品房预售许可证或完成现售备案', '买卖双方已签订商品房买卖合同'],
    statutory: 1, promised: 0,
    materials: [mat('商品房买卖合同', 'Sale contract', { kind: 'electronic', acceptanceStandard: '通过网签系统在线签订' }), M.idCard({ name: '买受人身份证件', nameEn: 'Buyer’s identity document' })],
    result: ['商品房买卖合同备案证明', 'filing'], form: [text('projectName', '楼盘名称', 'Development'), text('unit', '房号', 'Unit'), text('price', '成交总价（元）', 'Price (CNY)')],
  }),
  trade(2, {
    name: '存量房买卖合同网签备案', nameEn: 'Online signing and filing of a second-hand home sale contract', type: 'QT', dept: 'housing-construction',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [ESTATE, '《住房城乡建设部关于进一步规范和加强房屋网签备案工作的指导意见》（建房〔2018〕128号）'],
    conditions: ['房屋已取得不动产权证书，无查封、抵押限制或抵押权人同意转让', '买卖双方达成交易'],
    statutory: 1, promised: 0,
    materials: [M.propertyCertificate(), mat('存量房买卖合同', 'Sale contract', { kind: 'electronic' }), M.idCard({ name: '买卖双方身份证件', nameEn: 'Identity documents of buyer and seller' }), aux('共有人同意出售的书面意见', 'Co-owners’ consent', { required: false })],
    result: ['存量房买卖合同备案证明', 'filing'], form: [...titleFields, text('price', '成交总价（元）', 'Price (CNY)')],
  }),
  trade(3, {
    name: '存量房交易资金监管', nameEn: 'Escrow of second-hand home transaction funds', type: 'GG', dept: 'housing-construction',
    audience: ['citizen'], topics, legalBasis: [ESTATE, '《住房城乡建设部 国家发展改革委 公安部 市场监管总局 银保监会 国家网信办关于整治规范房地产市场秩序的通知》'],
    conditions: ['买卖双方自愿选择资金监管', '已完成存量房买卖合同网签备案'],
    statutory: 1, promised: 0,
    materials: [form('存量房交易资金监管协议', 'Escrow agreement'), M.idCard()],
    result: ['资金监管协议', 'other'], form: [text('contractNo', '网签合同编号', 'Contract number'), text('amount', '监管金额（元）', 'Escrow amount (CNY)')],
  }),
  trade(4, {
    name: '房屋租赁登记备案', nameEn: 'Registration of a housing lease', type: 'QT', dept: 'housing-construction',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [ESTATE, '《商品房屋租赁管理办法》'],
    conditions: ['房屋租赁合同订立后30日内办理'],
    statutory: 3, promised: 0,
    materials: [mat('房屋租赁合同', 'Lease contract'), M.propertyCertificate(), M.idCard({ name: '租赁双方身份证件', nameEn: 'Identity documents of landlord and tenant' })],
    result: ['房屋租赁登记备案证明', 'filing'], form: [...titleFields, text('rent', '月租金（元）', 'Monthly rent (CNY)'), F.startDate],
  }),
  trade(5, {
    name: '个人住房情况查询', nameEn: 'Query of personal housing ownership', type: 'GG', dept: 'housing-construction',
    audience: ['citizen'], topics: ['住房', '证明开具'], legalBasis: [ESTATE],
    conditions: ['本人或经授权的代理人申请'],
    statutory: 1, promised: 0,
    materials: [M.idCard()],
    result: ['个人住房情况查询结果', 'certificate'], form: [],
  }),
  trade(6, {
    name: '房屋网签备案撤销', nameEn: 'Cancellation of an online contract filing', type: 'QT', dept: 'housing-construction',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [ESTATE, '《住房城乡建设部关于进一步规范和加强房屋网签备案工作的指导意见》（建房〔2018〕128号）'],
    conditions: ['买卖双方协商一致解除合同，或有生效法律文书'],
    statutory: 3, promised: 1,
    materials: [form('网签备案撤销申请表', 'Cancellation application'), mat('解除合同协议或生效法律文书', 'Termination agreement or judgment')],
    result: ['网签备案撤销结果', 'other'], form: [text('contractNo', '网签合同编号', 'Contract number')],
  }),
];

/** 不动产登记 items. */
export const realEstateItems: DemoItem[] = [
  reg(1, {
    name: '国有建设用地使用权首次登记', nameEn: 'First registration of state-owned construction-land use rights', type: 'QR', dept: 'natural-resources',
    audience: ['enterprise'], topics: ['不动产', '工程建设'], legalBasis: [CIVIL, REG, REG_RULES],
    conditions: ['已签订国有建设用地使用权出让合同并缴清土地出让价款，或取得划拨决定书'],
    statutory: regLimit, promised: 5, fee: [regFee(false)],
    materials: [form('不动产登记申请书', 'Real-estate registration application'), mat('土地出让合同或划拨决定书', 'Land grant contract or allocation decision', { source: 'shared' }), mat('土地出让价款及相关税费缴纳凭证', 'Payment receipts', { source: 'shared' }), mat('不动产权籍调查成果', 'Cadastral survey results')],
    result: ['不动产权证书', 'certificate'], form: [F.projectName, F.projectSite, text('landArea', '宗地面积（平方米）', 'Parcel area (m²)')],
  }),
  reg(2, {
    name: '国有建设用地使用权及房屋所有权首次登记', nameEn: 'First registration of land use rights and building ownership', type: 'QR', dept: 'natural-resources',
    audience: ['enterprise'], topics: ['不动产', '工程建设'], legalBasis: [CIVIL, REG, REG_RULES],
    conditions: ['房屋已竣工并通过竣工验收', '已完成房屋测绘'],
    statutory: regLimit, promised: 5, fee: [regFee(true)],
    materials: [form('不动产登记申请书', 'Real-estate registration application'), mat('建设工程符合规划的材料', 'Planning compliance', { source: 'shared' }), mat('房屋已经竣工的材料', 'Completion documents', { source: 'shared' }), mat('房屋测绘报告', 'Building survey report')],
    result: ['不动产权证书', 'certificate'], form: [F.projectName, F.floorArea],
  }),
  reg(3, {
    name: '国有建设用地使用权及房屋所有权转移登记', nameEn: 'Transfer registration of land use rights and building ownership', type: 'QR', dept: 'natural-resources',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [CIVIL, REG, REG_RULES],
    conditions: ['因买卖、继承、赠与、互换等导致权属转移', '已缴纳相关税费'],
    statutory: regLimit, promised: 3, fee: [regFee(true), regFee(false)], jointDepartments: ['taxation', 'housing-construction'],
    materials: [form('不动产登记申请书', 'Real-estate registration application'), M.propertyCertificate(), mat('买卖合同等权属转移材料', 'Transfer contract', { source: 'shared' }), mat('完税凭证', 'Tax receipts', { source: 'shared' }), M.idCard({ name: '申请人身份证件', nameEn: 'Applicant’s identity document' }), M.authorisation()],
    result: ['不动产权证书', 'certificate'], form: [...titleFields, propertyKind, select('reason', '转移原因', 'Reason', [['sale', '买卖', 'Sale'], ['inherit', '继承', 'Inheritance'], ['gift', '赠与', 'Gift']])],
  }),
  reg(4, {
    name: '国有建设用地使用权及房屋所有权变更登记', nameEn: 'Change registration of land use rights and building ownership', type: 'QR', dept: 'natural-resources',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [CIVIL, REG, REG_RULES],
    conditions: ['权利人姓名或名称、身份证明类型或号码变更', '不动产坐落、界址、用途、面积等状况变更'],
    statutory: regLimit, promised: 3,
    materials: [form('不动产登记申请书', 'Real-estate registration application'), M.propertyCertificate(), mat('变更的证明材料', 'Proof of change')],
    result: ['不动产权证书（变更）', 'certificate'], form: [...titleFields, text('changeItem', '变更内容', 'Change')],
  }),
  reg(5, {
    name: '抵押权首次登记', nameEn: 'First registration of a mortgage', type: 'QR', dept: 'natural-resources',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [CIVIL, REG, REG_RULES],
    conditions: ['抵押人与抵押权人签订抵押合同和主债权合同', '抵押财产已办理所有权登记或预告登记'],
    statutory: regLimit, promised: 1, visits: 0, fee: [regFee(true)],
    materials: [form('不动产登记申请书', 'Real-estate registration application'), M.propertyCertificate(), mat('抵押合同与主债权合同', 'Mortgage and loan contracts', { source: 'shared', acceptanceStandard: '银行端“不动产登记+金融”线上推送' })],
    result: ['不动产登记证明（抵押权）', 'certificate'], form: [...titleFields, text('creditor', '抵押权人', 'Mortgagee'), text('amount', '被担保主债权数额（万元）', 'Secured amount (10k CNY)')],
  }),
  reg(6, {
    name: '抵押权注销登记', nameEn: 'Deregistration of a mortgage', type: 'QR', dept: 'natural-resources',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [CIVIL, REG, REG_RULES],
    conditions: ['主债权消灭或抵押权已经实现', '抵押权人放弃抵押权'],
    statutory: regLimit, promised: 0, visits: 0,
    materials: [form('不动产登记申请书', 'Real-estate registration application'), mat('抵押权消灭的材料', 'Proof that the mortgage ended', { source: 'shared' })],
    result: ['注销登记结果', 'other'], form: [text('certificateNo', '不动产登记证明号', 'Registration certificate no.')],
  }),
  reg(7, {
    name: '预购商品房预告登记', nameEn: 'Advance notice registration of a pre-sold home', type: 'QR', dept: 'natural-resources',
    audience: ['citizen'], topics, legalBasis: [CIVIL, REG_RULES],
    conditions: ['已签订商品房买卖合同并网签备案'],
    statutory: regLimit, promised: 1, visits: 0,
    materials: [form('不动产登记申请书', 'Real-estate registration application'), mat('已备案的商品房买卖合同', 'Filed sale contract', { source: 'shared' }), M.idCard()],
    result: ['不动产登记证明（预告登记）', 'certificate'], form: [text('contractNo', '网签合同编号', 'Contract number')],
  }),
  reg(8, {
    name: '不动产更正登记', nameEn: 'Correction registration of real estate', type: 'QR', dept: 'natural-resources',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [CIVIL, REG_RULES],
    conditions: ['不动产登记簿记载的事项错误，权利人或利害关系人申请更正'],
    statutory: regLimit, promised: 5, extraSteps: [['调查核实', 'Investigation']],
    materials: [form('不动产登记申请书', 'Real-estate registration application'), M.propertyCertificate(), mat('证实登记确有错误的材料', 'Proof of the error')],
    result: ['不动产权证书（更正）', 'certificate'], form: [...titleFields, text('error', '错误事项', 'Error')],
  }),
  reg(9, {
    name: '宅基地使用权及房屋所有权首次登记', nameEn: 'First registration of homestead and rural house ownership', type: 'QR', dept: 'natural-resources', level: 'district',
    audience: ['citizen'], topics, legalBasis: [CIVIL, REG, REG_RULES, '《中华人民共和国土地管理法》'],
    conditions: ['宅基地经依法批准，房屋符合规划或建设相关要求', '权籍调查已完成'],
    statutory: regLimit, promised: 10, extraSteps: [['实地查看', 'Site inspection']], specialProcedures: ['公告', '实地查看'],
    materials: [form('不动产登记申请书', 'Real-estate registration application'), mat('宅基地批准文件', 'Homestead approval'), mat('不动产权籍调查成果', 'Cadastral survey results'), M.householdRegister()],
    result: ['不动产权证书', 'certificate'], form: [F.address, text('village', '所在嘎查（村）', 'Village')],
  }),
  reg(10, {
    name: '居住权首次登记', nameEn: 'First registration of a right of habitation', type: 'QR', dept: 'natural-resources',
    audience: ['citizen'], topics, legalBasis: [CIVIL, REG],
    conditions: ['当事人以书面形式订立居住权合同或通过遗嘱设立居住权'],
    statutory: regLimit, promised: 3,
    materials: [form('不动产登记申请书', 'Real-estate registration application'), M.propertyCertificate(), mat('居住权合同或遗嘱', 'Habitation contract or will'), M.idCard()],
    result: ['不动产登记证明（居住权）', 'certificate'], form: [...titleFields, text('holder', '居住权人', 'Holder')],
  }),
  reg(11, {
    name: '不动产权证书补发', nameEn: 'Reissue of a lost real-estate certificate', type: 'QR', dept: 'natural-resources',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [REG_RULES],
    conditions: ['不动产权证书遗失、灭失，已在门户网站发布遗失声明（公告15个工作日）'],
    statutory: workdays(30, '公告期不计入'), promised: 3, fee: [certFee], specialProcedures: ['公告'],
    materials: [form('不动产登记申请书', 'Real-estate registration application'), M.idCard()],
    result: ['不动产权证书', 'certificate'], form: titleFields,
  }),
  reg(12, {
    name: '不动产权证书换发', nameEn: 'Replacement of a damaged real-estate certificate', type: 'QR', dept: 'natural-resources',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [REG_RULES],
    conditions: ['不动产权证书污损、破损'],
    statutory: regLimit, promised: 1, fee: [certFee],
    materials: [form('不动产登记申请书', 'Real-estate registration application'), M.propertyCertificate({ name: '污损、破损的不动产权证书', nameEn: 'Damaged real-estate certificate', source: 'applicant' })],
    result: ['不动产权证书', 'certificate'], form: titleFields,
  }),
  reg(13, {
    name: '不动产登记资料查询', nameEn: 'Search of real-estate registration records', type: 'GG', dept: 'natural-resources',
    audience: ['citizen', 'enterprise'], topics: ['不动产', '证明开具'], legalBasis: [REG, '《不动产登记资料查询暂行办法》'],
    conditions: ['权利人查询本人不动产登记结果；利害关系人依法查询'],
    statutory: 1, promised: 0, kiosk: true,
    materials: [M.idCard(), aux('利害关系证明材料', 'Proof of legitimate interest', { required: false })],
    result: ['不动产登记信息查询结果证明', 'certificate'], form: [select('scope', '查询范围', 'Scope', [['self', '本人名下全部不动产', 'All property of the applicant'], ['one', '指定不动产', 'A given property']])],
  }),
];
