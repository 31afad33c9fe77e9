/**
 * Demo items of 户政 (household registration, identity cards, residence permits) and 出入境
 * (passports and travel permits). Both are 全市通办 under the work plan.
 */
import { F, FEE_BASIS, M, aux, fee, form, itemFactory, mat, natural, select, text, workdays } from './build';
import type { DemoItem } from './types';

const huzheng = itemFactory(207, { cityWide: true, level: 'both' });
const exitEntry = itemFactory(208, { cityWide: true, level: 'both' });

const HUKOU = '《中华人民共和国户口登记条例》';
const IDLAW = '《中华人民共和国居民身份证法》';
const PERMIT = '《居住证暂行条例》';
const EXIT = '《中华人民共和国出境入境管理法》';
const PASSPORT = '《中华人民共和国护照法》';
const HKMO = '《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》';
const TW = '《中国公民往来台湾地区管理办法》';

const FOREIGNER_FEE = '国家发展改革委、财政部核定的外国人签证证件收费标准';

const hukouTopics: DemoItem['topics'] = ['户籍'];
const exitTopics: DemoItem['topics'] = ['出入境'];

const idFee = (standard: string, amount: number, name = '居民身份证工本费') =>
  fee(name, standard, amount, FEE_BASIS.idCard, '城乡居民最低生活保障对象、特困人员等按规定减免', ['subsistence_allowance', 'extreme_poverty']);
const idLimit = natural(60, '法定60日（交通不便地区90日）');
const migrationForm = form('户口迁移申请表', 'Household migration application');
const residence = select('residenceType', '户别', 'Household type', [['family', '家庭户', 'Family household'], ['collective', '集体户', 'Collective household']]);

const passportForm = form('中国公民出入境证件申请表', 'Exit-entry document application', { kind: 'electronic', acceptanceStandard: '现场或网上填写，申请人签名' });
const passportMaterials = [passportForm, M.idCard(), M.photo({ acceptanceStandard: '现场免费采集或提供合规数码照片回执' })];

/** 户政 items. */
export const householdItems: DemoItem[] = [
  huzheng(1, {
    name: '出生登记', nameEn: 'Birth registration in the household register', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: ['生育收养', '户籍'], legalBasis: [HUKOU, '《国务院办公厅关于解决无户口人员登记户口问题的意见》（国办发〔2015〕96号）'],
    conditions: ['婴儿出生后一个月内由户主、亲属或监护人申报', '随父或随母登记户口'],
    statutory: 1, promised: 0, visits: 0,
    materials: [mat('出生医学证明', 'Medical birth certificate', { source: 'e_license', acceptanceStandard: '通过出生医学证明电子证照共享核验' }), M.householdRegister({ name: '父亲或母亲的居民户口簿', nameEn: 'Household register of the father or mother' }), M.idCard({ name: '父母双方居民身份证', nameEn: 'Both parents’ resident ID cards' }), M.marriageCertificate({ required: false, primary: false })],
    result: ['居民户口簿（出生登记）', 'certificate'], form: [text('babyName', '新生儿姓名', 'Baby’s name'), text('birthDate', '出生日期', 'Date of birth'), select('follow', '随父/随母', 'Follows', [['father', '随父', 'Father'], ['mother', '随母', 'Mother']])],
  }),
  huzheng(2, {
    sub: 1, name: '户口迁入（投靠亲属）', nameEn: 'Household migration in — joining relatives', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: hukouTopics, legalBasis: [HUKOU, '《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）'],
    conditions: ['夫妻、子女、父母投靠在本市有合法稳定住所的直系亲属', '被投靠人同意'],
    statutory: 20, promised: 5, visits: 1,
    materials: [migrationForm, M.idCard(), M.householdRegister(), mat('亲属关系证明', 'Proof of kinship', { source: 'shared' }), aux('被投靠人同意入户的书面意见', 'Host’s written consent')],
    result: ['准予迁入证明（跨省一站式办理）', 'approval'], form: [text('hostName', '被投靠人姓名', 'Host’s name'), residence],
  }),
  huzheng(2, {
    sub: 2, name: '户口迁入（购房落户）', nameEn: 'Household migration in — home ownership', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: ['户籍', '住房'], legalBasis: [HUKOU, '《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）'],
    conditions: ['在本市城镇拥有合法产权住房', '本人及其共同居住生活的配偶、子女、父母可申请'],
    statutory: 20, promised: 5, visits: 1,
    materials: [migrationForm, M.idCard(), M.propertyCertificate()],
    result: ['准予迁入证明（跨省一站式办理）', 'approval'], form: [F.propertyNumber, residence],
  }),
  huzheng(2, {
    sub: 3, name: '户口迁入（人才引进落户）', nameEn: 'Household migration in — talent introduction', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: ['户籍', '人才', '就业创业'], legalBasis: [HUKOU, '《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）'],
    conditions: ['高校毕业生、技术工人、职业院校毕业生及留学归国人员等', '在本市就业创业或有落户意愿'],
    statutory: 20, promised: 3, visits: 1,
    materials: [migrationForm, M.idCard(), mat('毕业证书或职业资格证书', 'Diploma or vocational certificate', { source: 'e_license' })],
    result: ['准予迁入证明（跨省一站式办理）', 'approval'], form: [text('school', '毕业院校', 'School'), residence],
  }),
  huzheng(3, {
    name: '户口迁出', nameEn: 'Household migration out', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: hukouTopics, legalBasis: [HUKOU],
    conditions: ['区内迁移或迁往不实行“跨省通办”的地区', '持迁入地准予迁入证明'],
    statutory: 20, promised: 0,
    materials: [M.idCard(), M.householdRegister(), aux('准予迁入证明', 'Permission to move in', { source: 'shared' })],
    result: ['户口迁移证', 'certificate'], form: [text('destination', '迁往地址', 'Destination')],
  }),
  huzheng(4, {
    name: '死亡人员户口注销', nameEn: 'Cancellation of the household registration of a deceased person', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: hukouTopics, legalBasis: [HUKOU],
    conditions: ['公民死亡后一个月内由户主、亲属或者邻居申报'],
    statutory: 1, promised: 0,
    materials: [mat('死亡医学证明或火化证明', 'Medical death certificate or cremation certificate', { source: 'shared' }), M.householdRegister(), M.idCard({ name: '申报人身份证件', nameEn: 'Identity document of the declarant' })],
    result: ['户口注销证明', 'certificate'], form: [text('deceasedId', '死者身份证号', 'ID number of the deceased')],
  }),
  huzheng(5, {
    name: '户口登记项目变更更正', nameEn: 'Change or correction of household-register entries', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: hukouTopics, legalBasis: [HUKOU],
    conditions: ['姓名、出生日期、民族等登记项目变更或登记错误'],
    statutory: 20, promised: 5, extraSteps: [['调查核实', 'Investigation']],
    materials: [form('户口登记项目变更更正申请表', 'Change application'), M.householdRegister(), M.idCard(), mat('变更更正依据材料', 'Supporting evidence')],
    result: ['户口登记项目变更更正结果', 'other'], form: [text('item', '变更项目', 'Entry'), text('newValue', '变更后内容', 'New value')],
  }),
  huzheng(6, {
    name: '居民身份证首次申领', nameEn: 'First application for a resident identity card', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: hukouTopics, legalBasis: [IDLAW], fee: [idFee('20元/证', 20)], kiosk: true,
    conditions: ['本市常住户口的公民；未满16周岁的可以自愿申领'],
    statutory: idLimit, promised: workdays(15), visits: 1,
    materials: [M.householdRegister(), M.photo({ acceptanceStandard: '现场采集照片和指纹信息' })],
    result: ['居民身份证', 'certificate'],
  }),
  huzheng(7, {
    name: '居民身份证换领', nameEn: 'Renewal of a resident identity card', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: hukouTopics, legalBasis: [IDLAW], fee: [idFee('20元/证', 20)], kiosk: true,
    conditions: ['居民身份证有效期满前三个月内或登记项目变更、证件损坏'],
    statutory: idLimit, promised: workdays(15), visits: 1,
    materials: [M.idCard({ name: '原居民身份证', nameEn: 'Previous resident ID card' }), M.photo({ acceptanceStandard: '现场采集照片和指纹信息' })],
    result: ['居民身份证', 'certificate'],
  }),
  huzheng(8, {
    name: '居民身份证补领', nameEn: 'Replacement of a lost resident identity card', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: hukouTopics, legalBasis: [IDLAW], fee: [idFee('40元/证', 40)], kiosk: true,
    conditions: ['居民身份证丢失'],
    statutory: idLimit, promised: workdays(15), visits: 1,
    materials: [M.householdRegister(), M.photo({ acceptanceStandard: '现场采集照片和指纹信息' })],
    result: ['居民身份证', 'certificate'],
  }),
  huzheng(9, {
    name: '临时居民身份证申领', nameEn: 'Application for a temporary resident identity card', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: hukouTopics, legalBasis: [IDLAW, '《中华人民共和国临时居民身份证管理办法》'],
    conditions: ['正在申领、换领、补领居民身份证期间急需使用'],
    statutory: natural(3), promised: 0, visits: 1, onlineDepth: 2,
    fee: [idFee('10元/证', 10, '临时居民身份证工本费')],
    materials: [M.householdRegister(), M.photo()],
    result: ['临时居民身份证', 'certificate'], form: [],
  }),
  huzheng(10, {
    name: '居住证申领', nameEn: 'Application for a residence permit', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: ['户籍', '住房'], legalBasis: [PERMIT],
    conditions: ['离开常住户口所在地到本市居住半年以上', '有合法稳定就业、合法稳定住所、连续就读条件之一'],
    statutory: natural(15), promised: 5, visits: 1, kiosk: true,
    materials: [form('居住证申领登记表', 'Residence permit application'), M.idCard(), M.photo(), mat('合法稳定住所、就业或就读证明', 'Proof of residence, employment or study')],
    result: ['居住证', 'certificate'], form: [F.address, select('basis', '申领依据', 'Basis', [['job', '合法稳定就业', 'Stable employment'], ['home', '合法稳定住所', 'Stable residence'], ['study', '连续就读', 'Study']])],
  }),
  huzheng(11, {
    name: '居住证签注', nameEn: 'Annual endorsement of a residence permit', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: hukouTopics, legalBasis: [PERMIT],
    conditions: ['居住证持有人在居住地连续居住，每年签注一次'],
    statutory: 1, promised: 0, visits: 0, kiosk: true,
    materials: [mat('居住证', 'Residence permit')],
    result: ['居住证签注', 'other'], form: [text('permitNo', '居住证号码', 'Permit number')],
  }),
  huzheng(12, {
    name: '港澳台居民居住证申领', nameEn: 'Residence permit for Hong Kong, Macao and Taiwan residents', type: 'QR', dept: 'public-security',
    audience: ['citizen'], topics: ['户籍', '出入境'], legalBasis: [PERMIT, '《港澳台居民居住证申领发放办法》'],
    conditions: ['在内地居住半年以上，有合法稳定就业、住所或连续就读条件之一'],
    statutory: 20, promised: 10, visits: 1,
    materials: [form('港澳台居民居住证申领登记表', 'Application form'), mat('港澳居民来往内地通行证或台湾居民来往大陆通行证', 'Mainland travel permit'), M.photo()],
    result: ['港澳台居民居住证', 'certificate'], form: [text('permitNo', '来往内地（大陆）通行证号码', 'Travel permit number'), F.address],
  }),
  huzheng(13, {
    name: '无犯罪记录证明开具', nameEn: 'Certificate of no criminal record', type: 'GG', dept: 'public-security',
    audience: ['citizen'], topics: ['证明开具', '就业创业'], legalBasis: ['《公安部关于印发〈关于公安机关办理犯罪记录查询工作的规定〉的通知》'],
    conditions: ['本人或委托他人申请', '用于就业、出国（境）等合理用途'],
    statutory: 3, promised: 0, visits: 0,
    materials: [form('无犯罪记录证明申请表', 'Application form', { kind: 'electronic' }), M.idCard(), M.authorisation()],
    result: ['无犯罪记录证明（电子）', 'certificate'], form: [text('purpose', '用途', 'Purpose')],
  }),
];

/** 出入境 items. */
export const exitEntryItems: DemoItem[] = [
  exitEntry(1, {
    name: '普通护照签发', nameEn: 'Issuance of an ordinary passport', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics: exitTopics, legalBasis: [PASSPORT, EXIT],
    conditions: ['中国公民因私出国', '不属于法律规定不准出境的情形'],
    statutory: workdays(15, '偏远地区或交通不便地区30日'), promised: 7, visits: 1, kiosk: true,
    fee: [fee('普通护照工本费', '120元/本', 120, FEE_BASIS.exitEntry)],
    materials: passportMaterials,
    result: ['中华人民共和国普通护照', 'certificate'],
  }),
  exitEntry(2, {
    name: '普通护照换发', nameEn: 'Renewal of an ordinary passport', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics: exitTopics, legalBasis: [PASSPORT, EXIT],
    conditions: ['护照有效期不足6个月、签证页即将使用完毕或登记项目变更'],
    statutory: 15, promised: 7, visits: 1, kiosk: true,
    fee: [fee('普通护照工本费', '120元/本', 120, FEE_BASIS.exitEntry)],
    materials: [...passportMaterials, mat('原护照', 'Previous passport')],
    result: ['中华人民共和国普通护照', 'certificate'], form: [text('oldPassportNo', '原护照号码', 'Previous passport number')],
  }),
  exitEntry(3, {
    name: '普通护照补发', nameEn: 'Reissue of a lost ordinary passport', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics: exitTopics, legalBasis: [PASSPORT, EXIT],
    conditions: ['护照遗失或被盗'],
    statutory: 15, promised: 7, visits: 1,
    fee: [fee('普通护照工本费（补发）', '120元/本', 120, FEE_BASIS.exitEntry)],
    materials: [...passportMaterials, mat('护照遗失情况说明', 'Statement of loss', { hasBlankForm: true })],
    result: ['中华人民共和国普通护照', 'certificate'], form: [text('lossPlace', '遗失地点', 'Where lost')],
  }),
  exitEntry(4, {
    name: '往来港澳通行证签发', nameEn: 'Issuance of an exit-entry permit for Hong Kong and Macao', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics: exitTopics, legalBasis: [EXIT, HKMO],
    conditions: ['内地居民因私前往香港、澳门'],
    statutory: 15, promised: 7, visits: 1, kiosk: true,
    fee: [fee('往来港澳通行证工本费', '60元/证', 60, FEE_BASIS.exitEntry)],
    materials: passportMaterials,
    result: ['往来港澳通行证', 'certificate'], form: [select('endorsement', '同时申请签注', 'Endorsement with the permit', [['none', '不申请', 'None'], ['G1', '团队旅游一次', 'Group tour, once'], ['I1', '个人旅游一次', 'Individual visit, once']])],
  }),
  exitEntry(5, {
    name: '往来港澳签注签发', nameEn: 'Issuance of a Hong Kong / Macao endorsement', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics: exitTopics, legalBasis: [EXIT, HKMO],
    conditions: ['持有有效的电子往来港澳通行证', '再次申请旅游签注可通过自助设备或网上办理'],
    statutory: 15, promised: 0, visits: 0, kiosk: true,
    fee: [fee('往来港澳签注（一次有效）', '15元/件', 15, FEE_BASIS.exitEntry), fee('往来港澳签注（二次有效）', '30元/件', 30, FEE_BASIS.exitEntry)],
    materials: [mat('往来港澳通行证', 'Exit-entry permit for HK and Macao')],
    result: ['往来港澳签注', 'certificate'], form: [select('kind', '签注种类', 'Endorsement type', [['L1', '团队旅游一次', 'Group tour, once'], ['G1', '个人旅游一次', 'Individual visit, once'], ['G2', '个人旅游二次', 'Individual visit, twice']])],
  }),
  exitEntry(6, {
    name: '大陆居民往来台湾通行证签发', nameEn: 'Issuance of a mainland residents’ travel permit to Taiwan', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics: exitTopics, legalBasis: [EXIT, TW],
    conditions: ['大陆居民因私前往台湾地区'],
    statutory: 15, promised: 7, visits: 1, kiosk: true,
    fee: [fee('大陆居民往来台湾通行证工本费', '60元/证', 60, FEE_BASIS.exitEntry), fee('大陆居民前往台湾签注（一次有效）', '15元/件', 15, FEE_BASIS.exitEntry)],
    materials: passportMaterials,
    result: ['大陆居民往来台湾通行证', 'certificate'], form: [select('endorsement', '同时申请签注', 'Endorsement with the permit', [['none', '不申请', 'None'], ['G', '个人旅游', 'Individual tour'], ['L', '团队旅游', 'Group tour']])],
  }),
  exitEntry(7, {
    name: '出入境记录查询', nameEn: 'Query of exit-entry records', type: 'GG', dept: 'public-security',
    audience: ['citizen'], topics: ['出入境', '证明开具'], legalBasis: [EXIT],
    conditions: ['本人或经授权的代理人申请'],
    statutory: 3, promised: 0, visits: 0,
    materials: [M.idCard(), M.authorisation()],
    result: ['出入境记录查询结果', 'certificate'], form: [text('period', '查询期间', 'Period')],
  }),
  exitEntry(8, {
    name: '外国人居留许可签发', nameEn: 'Issuance of a residence permit for foreigners', type: 'XK', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics: ['出入境', '人才'], legalBasis: [EXIT, '《中华人民共和国外国人入境出境管理条例》'],
    conditions: ['因工作、学习、探亲、团聚等事由在中国境内居留', '持有效护照和相应的签证'],
    statutory: 15, promised: 7, visits: 1,
    fee: [fee('外国人居留许可（不满一年）', '400元/证', 400, FOREIGNER_FEE), fee('外国人居留许可（一年至三年）', '800元/证', 800, FOREIGNER_FEE)],
    materials: [form('外国人签证证件申请表', 'Visa and permit application'), mat('护照', 'Passport'), M.photo(), mat('外国人工作许可证等事由证明', 'Proof of purpose such as a work permit', { source: 'shared' })],
    result: ['外国人居留许可', 'certificate'], form: [text('passportNo', '护照号码', 'Passport number'), text('nationality', '国籍', 'Nationality')],
  }),
];
