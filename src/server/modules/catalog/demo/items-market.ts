/**
 * Demo items of 市市场监管局: market-entity registration (企业开办, 变更, 注销) and the food, drug
 * and equipment permits behind the "一件事" bundles.
 */
import { F, M, aux, form, itemFactory, mat, natural, select, text, workdays } from './build';
import type { DemoItem } from './types';

const item = itemFactory(101);

const REG = '《中华人民共和国市场主体登记管理条例》';
const REG_RULES = '《中华人民共和国市场主体登记管理条例实施细则》';
const FOOD = '《中华人民共和国食品安全法》';
const FOOD_PERMIT = '《食品经营许可和备案管理办法》';

const regForm = (name: string, nameEn: string) => form(name, nameEn);
const articles = mat('公司章程', 'Articles of association', {
  acceptanceStandard: '全体股东签署；使用“蒙畅开”平台章程范本的可在线生成',
  hasSample: true,
});
const investors = mat('股东（出资人）主体资格文件或自然人身份证件', 'Identity or qualification documents of the investors', {
  source: 'shared',
  acceptanceStandard: '自然人股东通过身份认证核验；法人股东通过营业执照共享核验',
});
const officers = aux('法定代表人、董事、监事、高级管理人员任职文件', 'Appointment documents of the legal representative and officers', {
  hasSample: true,
});
const foodSafety = mat('食品安全管理制度及食品安全管理人员信息', 'Food-safety rules and the food-safety manager', {
  hasSample: true,
  acceptanceStandard: '包括从业人员健康管理、进货查验记录、食品安全自查等制度',
});
const foodEquipment = aux('主要设备设施清单', 'List of main equipment and facilities', { hasBlankForm: true });
const foodForm = form('食品经营许可申请书', 'Food-business permit application');

const companyFields = [F.entityName, F.registeredCapital, F.businessScope, F.businessAddress, F.legalRep];
const selfFields = [text('tradeName', '字号（名称）', 'Trade name'), F.businessScope, F.businessAddress];

const openTopics: DemoItem['topics'] = ['企业开办', '准营'];
const foodTopics: DemoItem['topics'] = ['餐饮', '准营', '食品药品'];

/** 市场监管 items. */
export const marketItems: DemoItem[] = [
  item(1, {
    name: '公司设立登记', nameEn: 'Company establishment registration', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise', 'citizen'], topics: openTopics,
    legalBasis: ['《中华人民共和国公司法》', REG, REG_RULES],
    conditions: ['名称经自主申报且符合《企业名称登记管理规定》', '有符合公司章程规定的全体股东认缴的出资额', '有公司住所和符合要求的组织机构'],
    statutory: workdays(3, '材料齐全、符合法定形式的当场登记；不能当场登记的3个工作日内登记'), promised: 1, visits: 0,
    materials: [regForm('公司登记（备案）申请书', 'Company registration (filing) application'), articles, investors, officers, M.premises(), M.authorisation(), M.agentId()],
    result: ['营业执照', 'licence'], form: companyFields, kiosk: true,
  }),
  item(2, {
    name: '非公司企业法人设立登记', nameEn: 'Registration of a non-company enterprise legal person', type: 'XK', dept: 'market-regulation',
    audience: ['enterprise'], topics: openTopics, legalBasis: [REG, REG_RULES],
    conditions: ['有符合规定的名称、住所和经营场所', '有出资人（主管部门）的批准文件或出资证明'],
    statutory: 3, promised: 1, visits: 0,
    materials: [regForm('非公司企业法人登记（备案）申请书', 'Registration application of a non-company enterprise'), mat('出资人（主管部门）同意设立的文件', 'Founder’s (supervising body’s) consent'), M.premises(), M.authorisation()],
    result: ['营业执照', 'licence'], form: companyFields,
  }),
  item(3, {
    name: '个人独资企业设立登记', nameEn: 'Sole-proprietorship enterprise establishment registration', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['citizen'], topics: openTopics, legalBasis: ['《中华人民共和国个人独资企业法》', REG],
    conditions: ['投资人为一个自然人', '有合法的企业名称、投资人申报的出资和固定的生产经营场所'],
    statutory: 3, promised: 1, visits: 0,
    materials: [regForm('个人独资企业登记（备案）申请书', 'Sole-proprietorship registration application'), M.idCard(), M.premises(), M.authorisation()],
    result: ['营业执照', 'licence'], form: selfFields,
  }),
  item(4, {
    name: '合伙企业设立登记', nameEn: 'Partnership establishment registration', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise', 'citizen'], topics: openTopics, legalBasis: ['《中华人民共和国合伙企业法》', REG],
    conditions: ['有二个以上合伙人', '有书面合伙协议、合伙人认缴或者实际缴付的出资', '有生产经营场所'],
    statutory: 3, promised: 1, visits: 0,
    materials: [regForm('合伙企业登记（备案）申请书', 'Partnership registration application'), mat('合伙协议', 'Partnership agreement', { hasSample: true }), investors, M.premises(), M.authorisation()],
    result: ['营业执照', 'licence'], form: [F.entityName, F.businessScope, F.businessAddress],
  }),
  item(5, {
    name: '分公司设立登记', nameEn: 'Branch company registration', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise'], topics: openTopics, legalBasis: ['《中华人民共和国公司法》', REG],
    conditions: ['隶属公司依法设立且存续', '有分公司的营业场所和负责人'],
    statutory: 3, promised: 1, visits: 0,
    materials: [regForm('分公司登记（备案）申请书', 'Branch registration application'), M.businessLicence({ name: '隶属公司营业执照', nameEn: 'Business licence of the parent company' }), aux('分公司负责人任职文件', 'Appointment of the branch manager'), M.premises()],
    result: ['营业执照', 'licence'], form: [F.entityName, F.businessAddress, text('parentName', '隶属公司名称', 'Parent company')],
  }),
  item(6, {
    name: '外商投资企业设立登记', nameEn: 'Foreign-invested enterprise establishment registration', type: 'XK', dept: 'market-regulation',
    powerSource: 'authorised', audience: ['enterprise'], topics: openTopics,
    legalBasis: ['《中华人民共和国外商投资法》', '《中华人民共和国外商投资法实施条例》', REG],
    conditions: ['不属于外商投资准入负面清单禁止投资的领域', '限制类领域符合负面清单规定的条件', '外国投资者主体资格证明经公证认证或办理附加证明书'],
    statutory: 3, promised: 2,
    materials: [regForm('公司登记（备案）申请书', 'Company registration (filing) application'), articles, mat('外国投资者主体资格证明', 'Foreign investor’s certificate of status', { acceptanceStandard: '经所在国公证及我国使（领）馆认证，或附海牙公约附加证明书' }), officers, M.premises(), M.authorisation()],
    result: ['营业执照', 'licence'], form: companyFields,
  }),
  item(7, {
    name: '个体工商户设立登记', nameEn: 'Individual business registration', type: 'XK', dept: 'market-regulation', level: 'district',
    audience: ['citizen'], topics: openTopics, legalBasis: ['《促进个体工商户发展条例》', REG],
    conditions: ['有经营能力的自然人或家庭', '有经营场所，从事的行业不属于法律法规禁止的范围'],
    statutory: 3, promised: 0,
    materials: [regForm('个体工商户登记（备案）申请书', 'Individual business registration application'), M.idCard(), M.premises()],
    result: ['营业执照', 'licence'], form: selfFields, kiosk: true,
  }),
  item(8, {
    name: '农民专业合作社设立登记', nameEn: 'Farmers’ specialised cooperative registration', type: 'XK', dept: 'market-regulation', level: 'district',
    audience: ['citizen', 'enterprise'], topics: ['企业开办', '农牧林草'], legalBasis: ['《中华人民共和国农民专业合作社法》', REG],
    conditions: ['有五名以上符合规定的成员，农民至少占成员总数的百分之八十', '有符合规定的章程、组织机构和住所'],
    statutory: 3, promised: 1,
    materials: [regForm('农民专业合作社登记（备案）申请书', 'Cooperative registration application'), mat('合作社章程', 'Cooperative charter'), mat('全体设立人签名的设立大会纪要', 'Minutes of the founding meeting'), mat('成员名册及身份证明', 'Register of members with identity documents', { source: 'shared' })],
    result: ['营业执照', 'licence'], form: [F.entityName, F.businessAddress, F.businessScope],
  }),
  item(9, {
    name: '公司变更登记', nameEn: 'Company change registration', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise'], topics: ['企业变更'], legalBasis: ['《中华人民共和国公司法》', REG, REG_RULES],
    conditions: ['变更事项依法作出决议或决定', '变更后的登记事项符合法律法规规定'],
    statutory: 3, promised: 1, visits: 0,
    materials: [regForm('公司登记（备案）申请书', 'Company registration (filing) application'), mat('股东会决议或股东决定', 'Resolution of the shareholders’ meeting'), aux('修改后的公司章程或章程修正案', 'Amended articles of association'), M.businessLicence()],
    result: ['营业执照（变更）', 'licence'], form: [F.entityName, F.uscc, select('changeItem', '变更事项', 'Item changed', [['name', '名称', 'Name'], ['address', '住所', 'Domicile'], ['legalRep', '法定代表人', 'Legal representative'], ['capital', '注册资本', 'Registered capital'], ['scope', '经营范围', 'Business scope']])],
  }),
  item(10, {
    name: '公司注销登记', nameEn: 'Company deregistration', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise'], topics: ['企业注销'], legalBasis: ['《中华人民共和国公司法》', REG],
    conditions: ['已依法清算并通过国家企业信用信息公示系统公告不少于45日', '清算组已制作清算报告并经股东会确认', '已结清税款并取得清税信息'],
    statutory: 3, promised: 1, visits: 0,
    materials: [regForm('公司注销登记申请书', 'Company deregistration application'), mat('清算报告', 'Liquidation report'), mat('股东会确认清算报告的决议', 'Resolution confirming the liquidation report'), mat('清税信息', 'Tax-clearance information', { source: 'shared', acceptanceStandard: '通过税务部门共享获取，无需提交纸质清税证明' })],
    result: ['准予注销登记通知书', 'approval'], form: [F.entityName, F.uscc],
  }),
  item(11, {
    name: '企业简易注销登记', nameEn: 'Simplified enterprise deregistration', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise'], topics: ['企业注销'], legalBasis: [REG, '《市场监管总局 国家税务总局关于进一步完善简易注销登记便捷中小微企业市场退出的通知》'],
    conditions: ['未发生债权债务或已将债权债务清偿完结', '全体投资人书面承诺对上述情况的真实性承担法律责任', '经国家企业信用信息公示系统公示20日无异议'],
    statutory: workdays(3, '公示期20日不计入办理时限'), promised: 1, visits: 0,
    materials: [regForm('简易注销登记申请书', 'Simplified deregistration application'), M.commitment('全体投资人承诺书', 'Commitment of all investors')],
    result: ['准予简易注销登记通知书', 'approval'], form: [F.entityName, F.uscc],
  }),
  item(12, {
    name: '个体工商户变更登记', nameEn: 'Individual business change registration', type: 'XK', dept: 'market-regulation', level: 'district',
    audience: ['citizen'], topics: ['企业变更'], legalBasis: ['《促进个体工商户发展条例》', REG],
    conditions: ['变更后的登记事项符合法律法规规定'],
    statutory: 3, promised: 0,
    materials: [regForm('个体工商户登记（备案）申请书', 'Individual business registration application'), M.businessLicence(), M.idCard()],
    result: ['营业执照（变更）', 'licence'], form: [F.uscc, F.businessAddress],
  }),
  item(13, {
    name: '个体工商户注销登记', nameEn: 'Individual business deregistration', type: 'XK', dept: 'market-regulation', level: 'district',
    audience: ['citizen'], topics: ['企业注销'], legalBasis: ['《促进个体工商户发展条例》', REG],
    conditions: ['已结清税款', '无未办结的行政处罚或未履行的行政决定'],
    statutory: 3, promised: 0,
    materials: [regForm('个体工商户注销登记申请书', 'Individual business deregistration application'), M.idCard()],
    result: ['准予注销登记通知书', 'approval'], form: [F.uscc],
  }),
  item(14, {
    name: '企业名称自主申报', nameEn: 'Self-declaration of an enterprise name', type: 'GG', dept: 'market-regulation', level: 'both',
    audience: ['enterprise', 'citizen'], topics: ['企业开办'], legalBasis: ['《企业名称登记管理规定》', '《企业名称登记管理规定实施办法》'],
    conditions: ['名称由行政区划、字号、行业或经营特点、组织形式组成', '不与同一登记机关已登记的同行业名称相同'],
    statutory: 1, promised: 0, inHall: false,
    materials: [form('企业名称自主申报承诺书', 'Name self-declaration commitment', { kind: 'electronic' })],
    result: ['企业名称申报告知书', 'other'], form: [text('proposedName', '拟申报名称', 'Proposed name'), text('industry', '行业表述', 'Industry term')],
  }),
  item(15, {
    name: '企业年度报告公示', nameEn: 'Publication of an enterprise annual report', type: 'GG', dept: 'market-regulation', level: 'both',
    audience: ['enterprise'], topics: ['企业变更'], legalBasis: ['《企业信息公示暂行条例》'],
    conditions: ['每年1月1日至6月30日报送上一年度年度报告'],
    statutory: 1, promised: 0, inHall: false, appointment: false,
    materials: [form('企业年度报告', 'Annual report', { kind: 'electronic' })],
    result: ['年度报告公示信息', 'filing'], form: [F.entityName, F.uscc, text('reportYear', '报告年度', 'Report year')],
  }),
  item(16, {
    name: '营业执照补领、换发', nameEn: 'Reissue or replacement of a business licence', type: 'QT', dept: 'market-regulation', level: 'both',
    audience: ['enterprise', 'citizen'], topics: ['企业变更'], legalBasis: [REG, REG_RULES],
    conditions: ['营业执照遗失或毁损', '已通过国家企业信用信息公示系统自行公示作废声明'],
    statutory: 3, promised: 0, visits: 1,
    materials: [form('营业执照补领（换发）申请书', 'Licence reissue application'), aux('毁损的营业执照', 'Damaged licence', { required: false })],
    result: ['营业执照', 'licence'], form: [F.entityName, F.uscc],
  }),
  item(17, {
    name: '股权出质设立登记', nameEn: 'Registration of a pledge of equity', type: 'QR', dept: 'market-regulation', level: 'both',
    audience: ['enterprise', 'citizen'], topics: ['企业变更'], legalBasis: ['《中华人民共和国民法典》', '《股权出质登记办法》'],
    conditions: ['出质股权依法可以转让', '股权未被人民法院冻结'],
    statutory: 3, promised: 0,
    materials: [form('股权出质登记申请书', 'Equity pledge registration application'), mat('质押合同', 'Pledge contract'), M.idCard({ name: '出质人和质权人主体资格证明', nameEn: 'Identity documents of pledgor and pledgee' })],
    result: ['股权出质设立登记通知书', 'certificate'], form: [F.entityName, F.uscc, text('pledgee', '质权人', 'Pledgee')],
  }),
  item(18, {
    name: '市场主体歇业备案', nameEn: 'Filing of business suspension', type: 'QT', dept: 'market-regulation', level: 'both',
    audience: ['enterprise', 'citizen'], topics: ['企业变更'], legalBasis: [REG],
    conditions: ['因自然灾害、事故灾难、公共卫生事件、社会安全事件等原因造成经营困难', '歇业前与职工依法协商劳动关系处理'],
    statutory: 1, promised: 0,
    materials: [form('歇业备案申请书', 'Suspension filing application')],
    result: ['歇业备案信息公示', 'filing'], form: [F.entityName, F.uscc, F.startDate],
  }),
  item(19, {
    name: '食品经营许可证核发', nameEn: 'Issuance of a food-business permit', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise', 'citizen'], topics: foodTopics, legalBasis: [FOOD, '《中华人民共和国食品安全法实施条例》', FOOD_PERMIT],
    conditions: ['具有与经营的食品品种、数量相适应的经营场所，与有毒有害场所保持规定距离', '具有相应的设备设施和专职或兼职食品安全管理人员', '具有合理的设备布局和工艺流程'],
    statutory: workdays(10, '需要现场核查的，核查时间计入；特殊情况经负责人批准可延长5个工作日'), promised: 5,
    extraSteps: [['现场核查', 'On-site inspection']], specialProcedures: ['现场核查'],
    materials: [foodForm, M.businessLicence(), foodSafety, M.sitePlan(), foodEquipment, M.commitment('食品经营许可告知承诺书', 'Food-permit commitment', { required: false, primary: false })],
    result: ['食品经营许可证', 'licence'],
    form: [F.entityName, F.uscc, F.businessAddress, F.area, select('mainBusiness', '经营主体业态', 'Business type', [['sale', '食品销售经营者', 'Food retailer'], ['catering', '餐饮服务经营者', 'Catering'], ['canteen', '单位食堂', 'Canteen']])],
  }),
  item(20, {
    name: '食品经营许可证变更', nameEn: 'Change of a food-business permit', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise', 'citizen'], topics: foodTopics, legalBasis: [FOOD, FOOD_PERMIT],
    conditions: ['许可证载明的事项发生变化，在变化后10个工作日内申请'],
    statutory: 10, promised: 3,
    materials: [form('食品经营许可变更申请书', 'Food-permit change application'), mat('与变更事项有关的材料', 'Documents on the change')],
    result: ['食品经营许可证（变更）', 'licence'], form: [F.entityName, text('permitNo', '许可证编号', 'Permit number')],
  }),
  item(21, {
    name: '食品经营许可证延续', nameEn: 'Renewal of a food-business permit', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise', 'citizen'], topics: foodTopics, legalBasis: [FOOD, FOOD_PERMIT],
    conditions: ['在许可证有效期届满前90个工作日至15个工作日期间提出申请', '经营条件未发生变化或变化后仍符合要求'],
    statutory: 10, promised: 3,
    materials: [form('食品经营许可延续申请书', 'Food-permit renewal application'), M.commitment('经营条件未发生变化的承诺书', 'Statement that conditions are unchanged')],
    result: ['食品经营许可证（延续）', 'licence'], form: [F.entityName, text('permitNo', '许可证编号', 'Permit number')],
  }),
  item(22, {
    name: '食品经营许可证注销', nameEn: 'Cancellation of a food-business permit', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise', 'citizen'], topics: ['餐饮', '企业注销'], legalBasis: [FOOD, FOOD_PERMIT],
    conditions: ['终止食品经营活动或营业执照被注销、吊销', '在30个工作日内申请办理注销'],
    statutory: 10, promised: 0,
    materials: [form('食品经营许可注销申请书', 'Food-permit cancellation application')],
    result: ['准予注销决定', 'approval'], form: [F.entityName, text('permitNo', '许可证编号', 'Permit number')],
  }),
  item(23, {
    name: '仅销售预包装食品备案', nameEn: 'Filing for selling pre-packaged food only', type: 'QT', dept: 'market-regulation', level: 'district',
    audience: ['enterprise', 'citizen'], topics: ['准营', '食品药品'], legalBasis: [FOOD, FOOD_PERMIT],
    conditions: ['仅销售预包装食品（含保健食品）', '取得营业执照后30个工作日内备案'],
    statutory: 1, promised: 0,
    materials: [form('仅销售预包装食品备案信息采集表', 'Pre-packaged food filing form'), M.businessLicence()],
    result: ['备案编号', 'filing'], form: [F.entityName, F.uscc, F.businessAddress],
  }),
  item(24, {
    name: '食品生产许可证核发', nameEn: 'Issuance of a food-production permit', type: 'XK', dept: 'market-regulation',
    powerSource: 'delegated', audience: ['enterprise'], topics: ['准营', '食品药品'], legalBasis: [FOOD, '《食品生产许可管理办法》'],
    conditions: ['具有与生产的食品品种、数量相适应的生产场所和设备设施', '具有食品安全专业技术人员、管理人员和保证食品安全的规章制度'],
    statutory: workdays(10, '现场核查时间另计，不超过10个工作日'), promised: 7,
    extraSteps: [['现场核查', 'On-site inspection']], specialProcedures: ['现场核查'],
    materials: [form('食品生产许可申请书', 'Food-production permit application'), M.businessLicence(), mat('食品生产主要设备、设施清单', 'List of production equipment'), mat('工艺设备布局图和食品生产工艺流程图', 'Equipment layout and process flow charts'), mat('食品安全管理制度', 'Food-safety rules')],
    result: ['食品生产许可证', 'licence'], form: [F.entityName, F.uscc, text('category', '食品类别', 'Food category')],
  }),
  item(25, {
    name: '药品经营许可证（零售）核发', nameEn: 'Issuance of a drug retail permit', type: 'XK', dept: 'market-regulation', level: 'both',
    audience: ['enterprise'], topics: ['准营', '食品药品'], legalBasis: ['《中华人民共和国药品管理法》', '《中华人民共和国药品管理法实施条例》', '《药品经营和使用质量监督管理办法》'],
    conditions: ['有依法经过资格认定的药师或者其他药学技术人员', '有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境', '有保证药品质量的规章制度，符合药品经营质量管理规范'],
    statutory: 20, promised: 10, extraSteps: [['现场检查', 'On-site inspection']], specialProcedures: ['现场检查'],
    materials: [form('药品经营许可证申请表', 'Drug-business permit application'), M.businessLicence(), mat('执业药师注册证及其他药学技术人员资格证明', 'Licensed pharmacist registration'), M.sitePlan({ name: '营业场所、仓库平面布置图', nameEn: 'Floor plans of the shop and warehouse' }), mat('药品质量管理制度文件', 'Drug-quality rules')],
    result: ['药品经营许可证', 'licence'], form: [F.entityName, F.uscc, F.businessAddress, text('pharmacist', '执业药师姓名', 'Licensed pharmacist')],
  }),
  item(26, {
    name: '第二类医疗器械经营备案', nameEn: 'Filing for dealing in class II medical devices', type: 'QT', dept: 'market-regulation', level: 'district',
    audience: ['enterprise'], topics: ['准营', '食品药品'], legalBasis: ['《医疗器械监督管理条例》', '《医疗器械经营监督管理办法》'],
    conditions: ['有与经营规模和范围相适应的经营场所和贮存条件', '有与经营的医疗器械相适应的质量管理制度和质量管理机构或人员'],
    statutory: 1, promised: 0,
    materials: [form('第二类医疗器械经营备案表', 'Class II device filing form'), M.businessLicence(), mat('质量管理人员身份证明和学历或职称证明', 'Quality manager’s qualifications'), M.premises()],
    result: ['第二类医疗器械经营备案凭证', 'filing'], form: [F.entityName, F.uscc, F.businessAddress],
  }),
  item(27, {
    name: '第三类医疗器械经营许可', nameEn: 'Permit for dealing in class III medical devices', type: 'XK', dept: 'market-regulation',
    audience: ['enterprise'], topics: ['准营', '食品药品'], legalBasis: ['《医疗器械监督管理条例》', '《医疗器械经营监督管理办法》'],
    conditions: ['有与经营规模和范围相适应的经营场所和贮存条件', '有符合医疗器械经营质量管理规范要求的计算机信息管理系统'],
    statutory: 20, promised: 10, extraSteps: [['现场核查', 'On-site inspection']], specialProcedures: ['现场核查'],
    materials: [form('医疗器械经营许可申请表', 'Device-business permit application'), M.businessLicence(), mat('经营场所、库房地址的地理位置图、平面图', 'Location and floor plans'), mat('经营质量管理制度、工作程序等文件目录', 'Quality-system documents')],
    result: ['医疗器械经营许可证', 'licence'], form: [F.entityName, F.uscc, F.businessAddress],
  }),
  item(28, {
    name: '特种设备使用登记', nameEn: 'Registration of special equipment in use', type: 'QR', dept: 'market-regulation', level: 'both',
    audience: ['enterprise'], topics: ['安全生产', '准营'], legalBasis: ['《中华人民共和国特种设备安全法》', '《特种设备安全监察条例》', '《特种设备使用管理规则》'],
    conditions: ['特种设备经监督检验合格', '在投入使用前或者投入使用后30日内申请'],
    statutory: 15, promised: 1,
    materials: [form('特种设备使用登记表', 'Special-equipment registration form'), mat('产品合格证', 'Product certificate'), mat('监督检验证明', 'Supervisory inspection certificate'), M.businessLicence()],
    result: ['特种设备使用登记证', 'certificate'], form: [F.entityName, F.uscc, select('equipmentType', '设备类别', 'Equipment type', [['elevator', '电梯', 'Elevator'], ['boiler', '锅炉', 'Boiler'], ['vessel', '压力容器', 'Pressure vessel'], ['crane', '起重机械', 'Crane']])],
  }),
  item(29, {
    name: '计量标准器具核准', nameEn: 'Approval of measurement standards', type: 'XK', dept: 'market-regulation',
    audience: ['enterprise'], topics: ['准营'], legalBasis: ['《中华人民共和国计量法》', '《中华人民共和国计量法实施细则》', '《计量标准考核办法》'],
    conditions: ['计量标准器及配套设备经检定或校准合格', '具有正常工作所需的环境条件和称职的检定或校准人员'],
    statutory: natural(60, '含考核时间'), promised: 20, extraSteps: [['考核', 'Assessment']], specialProcedures: ['专家考核'],
    materials: [form('计量标准考核（复查）申请书', 'Measurement standard assessment application'), mat('计量标准技术报告', 'Technical report of the standard'), mat('计量标准器及主要配套设备有效的检定或校准证书', 'Calibration certificates')],
    result: ['计量标准考核证书', 'certificate'], form: [F.entityName, F.uscc, text('standardName', '计量标准名称', 'Standard name')],
  }),
  item(30, {
    name: '食品安全违法行为举报奖励', nameEn: 'Reward for reporting food-safety violations', type: 'JL', dept: 'market-regulation', level: 'both',
    audience: ['citizen', 'enterprise'], topics: ['食品药品'], legalBasis: [FOOD, '《市场监管领域重大违法行为举报奖励暂行办法》'],
    conditions: ['举报内容经查证属实并立案查处', '举报人提供真实身份信息和联系方式'],
    statutory: natural(60, '自案件办结之日起'), promised: 20, visits: 0,
    materials: [form('举报奖励申请表', 'Reward application'), M.idCard(), M.bankCard()],
    result: ['举报奖励决定', 'other'], form: [text('reportNo', '举报受理编号', 'Report number')],
  }),
];
