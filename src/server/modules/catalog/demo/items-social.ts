/**
 * Demo items of 民政 (marriage, adoption, assistance, elderly care, social organisations), 残联,
 * 退役军人, 司法, 气象 and the 水电气暖 utilities (市政公用服务).
 */
import { F, M, aux, form, itemFactory, mat, natural, select, text, workdays } from './build';
import type { DemoItem } from './types';

const civil = itemFactory(404, { level: 'district' });
const other = itemFactory(405);
const utility = itemFactory(406, { level: 'both', nearby: true });

const CIVIL_CODE = '《中华人民共和国民法典》';
const MARRIAGE = '《婚姻登记条例》';
const ASSIST = '《社会救助暂行办法》';
const ELDERLY = '《中华人民共和国老年人权益保障法》';
const VETERANS = '《中华人民共和国退役军人保障法》';
const PENSION_MIL = '《军人抚恤优待条例》';
const PUBLIC_RENTAL = '《公共租赁住房管理办法》（住房和城乡建设部令第11号）';
const UTILITY_FEE = '《国务院办公厅转发国家发展改革委等部门关于清理规范城镇供水供电供气供暖行业收费促进行业高质量发展意见的通知》（国办函〔2020〕129号）';

const assistTopics: DemoItem['topics'] = ['社会救助'];
const utilityTopics: DemoItem['topics'] = ['水电气暖'];
const couple = M.idCard({ name: '双方居民身份证', nameEn: 'Both parties’ resident ID cards' });
const coupleRegister = M.householdRegister({ name: '双方居民户口簿', nameEn: 'Both parties’ household registers', source: 'applicant', acceptanceStandard: '开展婚姻登记“跨省通办”的可凭一方居住证代替' });
const couplePhotos = M.photo({ name: '双方近期半身免冠合影照片', nameEn: 'Recent joint photos of both parties', copies: 3, acceptanceStandard: '2寸红底合影照片，可现场拍摄' });
const utilitySteps = [
  { name: '报装申请', nameEn: 'Application', role: 'window' as const },
  { name: '现场勘查', nameEn: 'Site survey', role: 'review' as const },
  { name: '供应方案答复', nameEn: 'Supply plan', role: 'approve' as const },
  { name: '接入通水（电、气、热）', nameEn: 'Connection', role: 'issue' as const },
];

/** 民政 items. */
export const civilAffairsItems: DemoItem[] = [
  civil(1, {
    name: '内地居民结婚登记', nameEn: 'Marriage registration of mainland residents', type: 'QR', dept: 'civil-affairs',
    audience: ['citizen'], topics: ['婚姻登记'], legalBasis: [CIVIL_CODE, MARRIAGE],
    conditions: ['男女双方完全自愿，男年满22周岁、女年满20周岁', '双方均无配偶且没有直系血亲和三代以内旁系血亲关系', '双方亲自到婚姻登记机关申请'],
    statutory: workdays(1, '符合条件的当场予以登记'), promised: 0, visits: 1, onlineDepth: 2,
    materials: [couple, coupleRegister, couplePhotos, form('申请结婚登记声明书', 'Marriage declaration', { acceptanceStandard: '双方在婚姻登记员面前亲自签名' })],
    result: ['结婚证', 'certificate'], form: [text('partnerName', '对方姓名', 'Partner’s name'), text('partnerId', '对方身份证号', 'Partner’s ID number'), F.startDate],
  }),
  civil(2, {
    name: '内地居民离婚登记', nameEn: 'Divorce registration of mainland residents', type: 'QR', dept: 'civil-affairs',
    audience: ['citizen'], topics: ['婚姻登记'], legalBasis: [CIVIL_CODE, MARRIAGE, '《民政部关于贯彻落实〈中华人民共和国民法典〉中有关婚姻登记规定的通知》'],
    conditions: ['双方自愿离婚并对子女抚养、财产及债务处理达成一致', '提交申请之日起30日离婚冷静期届满后30日内双方亲自到场申请发给离婚证'],
    statutory: natural(60, '含30日离婚冷静期和30日申请发证期'), promised: natural(30, '冷静期届满后双方到场当场办结'),
    visits: 2, onlineDepth: 2,
    steps: [
      { name: '离婚登记申请受理', nameEn: 'Acceptance of the application', role: 'window' },
      { name: '离婚冷静期', nameEn: 'Cooling-off period', role: 'review' },
      { name: '审查', nameEn: 'Review', role: 'approve' },
      { name: '登记发证', nameEn: 'Registration and certificate', role: 'issue' },
    ],
    materials: [couple, coupleRegister, M.marriageCertificate({ source: 'applicant' }), form('离婚协议书', 'Divorce agreement', { copies: 3 })],
    result: ['离婚证', 'certificate'], form: [text('partnerName', '对方姓名', 'Partner’s name'), text('partnerId', '对方身份证号', 'Partner’s ID number')],
  }),
  civil(3, {
    name: '补领婚姻登记证', nameEn: 'Replacement of a marriage or divorce certificate', type: 'QR', dept: 'civil-affairs',
    audience: ['citizen'], topics: ['婚姻登记'], legalBasis: [MARRIAGE, '《婚姻登记工作规范》'],
    conditions: ['结婚证、离婚证遗失或损毁，婚姻登记档案查证属实'],
    statutory: workdays(1, '档案查证属实的当场补发'), promised: 0, visits: 1, onlineDepth: 2,
    materials: [form('申请补领婚姻登记证声明书', 'Replacement declaration'), M.idCard(), M.photo()],
    result: ['结婚证或离婚证', 'certificate'], form: [select('kind', '补领证件', 'Certificate', [['marriage', '结婚证', 'Marriage certificate'], ['divorce', '离婚证', 'Divorce certificate']])],
  }),
  civil(4, {
    name: '收养登记', nameEn: 'Adoption registration', type: 'QR', dept: 'civil-affairs', level: 'city',
    audience: ['citizen'], topics: ['生育收养'], legalBasis: [CIVIL_CODE, '《中国公民收养子女登记办法》'],
    conditions: ['收养人无子女或只有一名子女，有抚养、教育和保护被收养人的能力', '年满30周岁，无不利于被收养人健康成长的违法犯罪记录', '经收养评估'],
    statutory: natural(30, '公告期和收养评估时间不计入'), promised: 15, visits: 2, onlineDepth: 2,
    extraSteps: [['收养评估', 'Adoption assessment']], specialProcedures: ['公告', '收养评估'],
    materials: [form('收养登记申请书', 'Adoption application'), M.idCard({ name: '收养人居民身份证', nameEn: 'Adopter’s resident ID card' }), M.householdRegister({ name: '收养人居民户口簿', nameEn: 'Adopter’s household register' }), mat('收养人婚姻状况、有无子女和抚养教育能力的证明', 'Adopter’s status proofs'), mat('送养人或社会福利机构的证明', 'Placing party’s documents')],
    result: ['收养登记证', 'certificate'], form: [text('childName', '被收养人姓名', 'Child’s name')],
  }),
  civil(5, {
    name: '最低生活保障审核确认', nameEn: 'Confirmation of minimum living security', type: 'GF', dept: 'civil-affairs',
    audience: ['citizen'], topics: assistTopics, legalBasis: [ASSIST, '《最低生活保障审核确认办法》'],
    conditions: ['共同生活的家庭成员人均收入低于当地最低生活保障标准', '家庭财产状况符合规定'],
    statutory: 30, promised: 20, extraSteps: [['家庭经济状况调查', 'Household means test'], ['公示', 'Public notice']], specialProcedures: ['入户调查', '公示'],
    materials: [form('最低生活保障申请书', 'Application'), M.idCard({ name: '家庭成员身份证件', nameEn: 'Identity documents of household members' }), M.commitment('家庭经济状况核对授权书', 'Authorisation to check household finances')],
    result: ['最低生活保障审核确认结果', 'other'], form: [F.address, text('members', '共同生活家庭成员人数', 'Household members')],
  }),
  civil(6, {
    name: '特困人员认定', nameEn: 'Recognition of persons in extreme hardship', type: 'GF', dept: 'civil-affairs',
    audience: ['citizen'], topics: assistTopics, legalBasis: [ASSIST, '《特困人员认定办法》'],
    conditions: ['无劳动能力、无生活来源', '无法定赡养、抚养、扶养义务人或其义务人无履行能力'],
    statutory: 30, promised: 20, extraSteps: [['调查核实', 'Investigation'], ['公示', 'Public notice']],
    materials: [form('特困人员救助供养申请书', 'Application'), M.idCard(), M.commitment('家庭经济状况核对授权书', 'Authorisation to check household finances')],
    result: ['特困人员认定结果', 'other'], form: [F.address, select('care', '供养方式', 'Care arrangement', [['home', '分散供养', 'At home'], ['centre', '集中供养', 'In an institution']])],
  }),
  civil(7, {
    name: '临时救助', nameEn: 'Temporary assistance', type: 'GF', dept: 'civil-affairs',
    audience: ['citizen'], topics: assistTopics, legalBasis: [ASSIST, '《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）'],
    conditions: ['因火灾、交通事故等意外事件或重大疾病等原因导致基本生活暂时出现严重困难', '情况紧急的可先行救助'],
    statutory: 20, promised: 10,
    materials: [form('临时救助申请书', 'Application'), M.idCard(), aux('困难情况证明材料', 'Proof of hardship')],
    result: ['临时救助金发放', 'other'], form: [F.address, text('reason', '困难原因', 'Reason')],
  }),
  civil(8, {
    name: '老年人优待证办理', nameEn: 'Senior citizen preferential card', type: 'GG', dept: 'civil-affairs',
    audience: ['citizen'], topics: ['养老服务'], legalBasis: [ELDERLY],
    conditions: ['年满60周岁的本市户籍老年人或常住老年人'],
    statutory: 5, promised: 0, kiosk: true,
    materials: [M.idCard(), M.photo({ kind: 'electronic', required: false, primary: false })],
    result: ['老年人优待证', 'certificate'], form: [F.address],
  }),
  civil(9, {
    name: '高龄津贴申领', nameEn: 'Old-age allowance for the very elderly', type: 'GF', dept: 'civil-affairs',
    audience: ['citizen'], topics: ['养老服务'], legalBasis: [ELDERLY],
    conditions: ['本市户籍年满80周岁的老年人'],
    statutory: 20, promised: 10, visits: 0,
    materials: [M.idCard(), M.bankCard()],
    result: ['高龄津贴发放', 'other'], form: [F.address],
  }),
  civil(10, {
    name: '困难残疾人生活补贴和重度残疾人护理补贴', nameEn: 'Living allowance for poor disabled people and care allowance for the severely disabled', type: 'GF', dept: 'civil-affairs',
    audience: ['citizen'], topics: ['残疾人', '社会救助'], legalBasis: ['《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）'],
    conditions: ['持有第二代残疾人证', '属于低保家庭（生活补贴）或残疾等级为一、二级（护理补贴）'],
    statutory: 30, promised: 20, visits: 0,
    materials: [form('残疾人两项补贴申请审批表', 'Allowance application'), mat('残疾人证', 'Disability certificate', { source: 'e_license' }), M.bankCard()],
    result: ['补贴审核结果', 'other'], form: [F.address],
  }),
  civil(11, {
    name: '民办非企业单位成立登记', nameEn: 'Registration of a private non-enterprise unit', type: 'XK', dept: 'civil-affairs', level: 'both',
    audience: ['citizen', 'enterprise'], topics: ['企业开办', '教育'], legalBasis: ['《民办非企业单位登记管理暂行条例》'],
    conditions: ['经业务主管单位审查同意', '有规范的名称、必要的组织机构和与业务活动相适应的从业人员、合法财产'],
    statutory: natural(60), promised: 15,
    materials: [form('民办非企业单位成立登记申请书', 'Registration application'), mat('业务主管单位批准文件', 'Approval of the sponsoring body'), mat('场所使用权证明', 'Premises proof'), mat('验资报告', 'Capital verification'), mat('章程草案', 'Draft charter')],
    result: ['民办非企业单位登记证书', 'certificate'], form: [F.entityName, F.legalRep, F.businessAddress],
  }),
  civil(12, {
    name: '社会团体成立登记', nameEn: 'Registration of a social organisation', type: 'XK', dept: 'civil-affairs', level: 'both',
    audience: ['citizen', 'enterprise'], topics: ['企业开办'], legalBasis: ['《社会团体登记管理条例》'],
    conditions: ['有50个以上的个人会员或30个以上的单位会员', '有规范的名称、固定的住所和合法的资产及经费来源'],
    statutory: natural(60), promised: 20,
    materials: [form('社会团体成立登记申请书', 'Registration application'), mat('业务主管单位批准文件', 'Approval of the sponsoring body'), mat('会员名单', 'Member list'), mat('章程草案', 'Draft charter')],
    result: ['社会团体法人登记证书', 'certificate'], form: [F.entityName, F.legalRep],
  }),
  civil(13, {
    name: '养老机构备案', nameEn: 'Filing of an elderly-care institution', type: 'QT', dept: 'civil-affairs',
    audience: ['enterprise'], topics: ['养老服务', '准营'], legalBasis: [ELDERLY, '《养老机构管理办法》'],
    conditions: ['已取得法人资格', '养老机构登记后即可开展服务，于收住老年人后10个工作日内备案'],
    statutory: 10, promised: 0,
    materials: [form('养老机构备案书', 'Filing form'), M.businessLicence({ name: '法人登记证书', nameEn: 'Legal-person registration certificate' }), M.commitment('养老机构备案承诺书', 'Commitment')],
    result: ['养老机构备案回执', 'filing'], form: [F.entityName, F.businessAddress, text('beds', '床位数', 'Beds')],
  }),
  civil(14, {
    name: '基本殡葬服务费用减免', nameEn: 'Exemption from basic funeral service fees', type: 'GF', dept: 'civil-affairs',
    audience: ['citizen'], topics: ['社会救助'], legalBasis: ['《殡葬管理条例》'],
    conditions: ['本市户籍居民死亡后在本市殡仪馆火化'],
    statutory: 5, promised: 0, visits: 1, onlineDepth: 2, nearby: true,
    materials: [mat('死亡医学证明', 'Medical death certificate', { source: 'shared' }), M.idCard({ name: '经办人身份证件', nameEn: 'Identity document of the person handling it' })],
    result: ['基本殡葬服务费用减免结算', 'other'], form: [text('deceasedId', '逝者身份证号', 'ID number of the deceased')],
  }),
];

/** 残联, 退役军人, 司法 and 气象 items for citizens. */
export const otherCitizenItems: DemoItem[] = [
  other(1, {
    name: '残疾人证新办', nameEn: 'First issuance of a disability certificate', type: 'QR', dept: 'disabled-persons', level: 'district',
    audience: ['citizen'], topics: ['残疾人'], legalBasis: ['《中华人民共和国残疾人保障法》', '《中华人民共和国残疾人证管理办法》'],
    conditions: ['符合残疾标准的本市户籍居民', '经指定医疗机构评定残疾类别和等级'],
    statutory: 30, promised: 15, visits: 1, extraSteps: [['残疾评定', 'Disability assessment']], specialProcedures: ['残疾评定'],
    materials: [form('残疾人证申请表', 'Certificate application'), M.idCard(), M.photo(), mat('残疾评定表', 'Assessment form', { source: 'government' })],
    result: ['中华人民共和国残疾人证', 'certificate'], form: [select('category', '残疾类别', 'Disability category', [['vision', '视力', 'Visual'], ['hearing', '听力', 'Hearing'], ['speech', '言语', 'Speech'], ['physical', '肢体', 'Physical'], ['intellectual', '智力', 'Intellectual'], ['mental', '精神', 'Mental']])],
  }),
  other(2, {
    name: '残疾人证换领', nameEn: 'Renewal of a disability certificate', type: 'QR', dept: 'disabled-persons', level: 'district',
    audience: ['citizen'], topics: ['残疾人'], legalBasis: ['《中华人民共和国残疾人证管理办法》'],
    conditions: ['残疾人证有效期满前90日内申请', '需要重新评定的按规定评定'],
    statutory: 20, promised: 5,
    materials: [mat('原残疾人证', 'Previous certificate'), M.photo()],
    result: ['中华人民共和国残疾人证', 'certificate'], form: [text('certificateNo', '残疾人证号', 'Certificate number')],
  }),
  other(3, {
    name: '退役军人优待证申领', nameEn: 'Application for a veterans’ preferential card', type: 'GG', dept: 'veterans', level: 'both',
    audience: ['citizen'], topics: ['优抚安置'], legalBasis: [VETERANS, '《退役军人、其他优抚对象优待证管理办法（试行）》'],
    conditions: ['已完成信息采集的退役军人和其他优抚对象'],
    statutory: 30, promised: 20, visits: 0, nearby: true,
    materials: [M.idCard(), M.photo({ kind: 'electronic' }), mat('退役证件', 'Discharge certificate', { source: 'shared' })],
    result: ['中华人民共和国退役军人优待证', 'certificate'], form: [F.address],
  }),
  other(4, {
    name: '伤残人员抚恤关系转移', nameEn: 'Transfer of disability pension relations of disabled servicemen', type: 'QR', dept: 'veterans',
    audience: ['citizen'], topics: ['优抚安置'], legalBasis: [PENSION_MIL, '《伤残抚恤管理办法》'],
    conditions: ['伤残人员户籍迁移至本市或迁出本市'],
    statutory: 20, promised: 10,
    materials: [form('伤残人员抚恤关系转移申请', 'Transfer application'), mat('残疾军人证（伤残人民警察证等）', 'Disabled serviceman certificate'), M.householdRegister()],
    result: ['抚恤关系转移结果', 'other'], form: [text('fromRegion', '迁出地', 'Transfer from')],
  }),
  other(5, {
    name: '在乡复员军人定期生活补助', nameEn: 'Regular living allowance for demobilised servicemen', type: 'GF', dept: 'veterans', level: 'district',
    audience: ['citizen'], topics: ['优抚安置'], legalBasis: [PENSION_MIL],
    conditions: ['1954年10月31日之前入伍、后经批准从部队复员的在乡复员军人'],
    statutory: 20, promised: 10,
    materials: [form('定期生活补助申请表', 'Allowance application'), mat('复员证明', 'Demobilisation proof'), M.bankCard()],
    result: ['定期生活补助核定', 'other'], form: [F.address],
  }),
  other(6, {
    name: '法律援助申请', nameEn: 'Application for legal aid', type: 'GG', dept: 'justice', level: 'both',
    audience: ['citizen'], topics: ['法律服务'], legalBasis: ['《中华人民共和国法律援助法》'],
    conditions: ['因经济困难没有委托代理人，且属于法律援助事项范围', '特定情形不受经济困难条件限制'],
    statutory: natural(7, '自收到申请之日起7日内决定'), promised: 1, nearby: true,
    materials: [form('法律援助申请表', 'Legal aid application'), M.idCard(), M.commitment('经济困难状况说明表', 'Statement of financial hardship'), aux('与所申请法律援助事项有关的材料', 'Case documents')],
    result: ['给予法律援助决定书', 'approval'], form: [text('caseType', '案件类型', 'Case type'), text('facts', '基本案情', 'Facts')],
  }),
  other(7, {
    name: '公共租赁住房保障申请', nameEn: 'Application for public rental housing', type: 'GF', dept: 'housing-construction', level: 'district',
    audience: ['citizen'], topics: ['住房', '社会救助'], legalBasis: [PUBLIC_RENTAL],
    conditions: ['本市城镇中等偏下收入住房困难家庭、新就业无房职工和在本市稳定就业的外来务工人员', '家庭收入、财产和住房状况符合本市公共租赁住房保障标准'],
    statutory: 30, promised: 20, nearby: true, extraSteps: [['入户调查', 'Home visit'], ['公示', 'Public notice']], specialProcedures: ['入户调查', '公示'],
    materials: [form('公共租赁住房申请表', 'Public rental housing application'), M.idCard({ name: '家庭成员身份证件', nameEn: 'Identity documents of household members' }), M.commitment('家庭住房、收入和财产状况承诺及核查授权书', 'Commitment and authorisation to check housing, income and assets'), aux('稳定就业证明', 'Proof of stable employment')],
    result: ['公共租赁住房保障资格确认', 'other'], form: [F.address, text('members', '家庭人口', 'Household members')],
  }),
  other(8, {
    name: '公共租赁住房租赁补贴申请', nameEn: 'Application for a public rental housing subsidy', type: 'GF', dept: 'housing-construction', level: 'district',
    audience: ['citizen'], topics: ['住房', '社会救助'], legalBasis: [PUBLIC_RENTAL],
    conditions: ['已取得公共租赁住房保障资格，自行在市场租赁住房', '租赁合同已登记备案'],
    statutory: 30, promised: 20, nearby: true,
    materials: [form('公共租赁住房租赁补贴申请表', 'Rental subsidy application'), mat('房屋租赁合同', 'Lease contract', { source: 'shared' }), M.bankCard()],
    result: ['租赁补贴核定', 'other'], form: [F.address, text('rent', '月租金（元）', 'Monthly rent (CNY)')],
  }),
  other(9, {
    name: '升放无人驾驶自由气球或者系留气球活动审批', nameEn: 'Approval to release free or tethered balloons', type: 'XK', dept: 'weather', level: 'both',
    audience: ['enterprise'], topics: ['文化旅游', '安全生产'], legalBasis: ['《通用航空飞行管制条例》', '《施放气球管理办法》'],
    conditions: ['施放单位具有施放气球资质', '施放活动符合安全要求，不影响飞行安全'],
    statutory: 5, promised: 3,
    materials: [form('升放气球活动申请表', 'Balloon release application'), mat('施放气球资质证', 'Balloon qualification'), mat('安全保障方案', 'Safety plan')],
    result: ['升放气球活动许可决定书', 'approval'], form: [F.entityName, F.address, F.startDate],
  }),
];

/** 水电气暖 items (市政公用服务). */
export const utilityItems: DemoItem[] = [
  utility(1, {
    name: '供热报装', nameEn: 'Application for a district-heating connection', type: 'GG', dept: 'heating',
    audience: ['enterprise', 'citizen'], topics: ['水电气暖', '工程建设'], legalBasis: ['《优化营商环境条例》', UTILITY_FEE],
    conditions: ['位于集中供热管网覆盖范围内', '建筑物供热设施符合设计规范'],
    statutory: 15, promised: 5, steps: utilitySteps,
    materials: [form('供热报装申请表', 'Heating connection application'), M.propertyCertificate({ required: false, primary: false })],
    result: ['供热接入答复及供热合同', 'other'], form: [F.address, F.floorArea],
  }),
  utility(2, {
    name: '供热停供（报停）申请', nameEn: 'Request to suspend district heating', type: 'GG', dept: 'heating',
    audience: ['citizen', 'enterprise'], topics: utilityTopics, legalBasis: ['《优化营商环境条例》'],
    conditions: ['在供热期开始前（每年9月30日前）申请', '房屋无人居住且不影响相邻住户用热'],
    statutory: 5, promised: 0, kiosk: true,
    materials: [M.propertyCertificate(), M.idCard()],
    result: ['报停确认单', 'other'], form: [F.address, text('heatAccount', '供热户号', 'Heating account')],
  }),
  utility(3, {
    name: '供水报装', nameEn: 'Application for a water-supply connection', type: 'GG', dept: 'water-supply',
    audience: ['enterprise', 'citizen'], topics: ['水电气暖', '工程建设'], legalBasis: ['《城市供水条例》', UTILITY_FEE],
    conditions: ['位于城市公共供水管网覆盖范围内'],
    statutory: 10, promised: 5, steps: utilitySteps,
    materials: [form('用水报装申请表', 'Water connection application'), M.businessLicence({ required: false, primary: false })],
    result: ['供水方案答复及供用水合同', 'other'], form: [F.address, text('diameter', '需求管径（毫米）', 'Pipe diameter (mm)')],
  }),
  utility(4, {
    name: '低压用电报装', nameEn: 'Application for a low-voltage power connection', type: 'GG', dept: 'power-supply',
    audience: ['enterprise', 'citizen'], topics: ['水电气暖', '工程建设'], legalBasis: ['《电力供应与使用条例》', '《供电营业规则》', UTILITY_FEE],
    conditions: ['用电容量在160千瓦及以下的低压用户'],
    statutory: 10, promised: 3, steps: utilitySteps,
    materials: [form('用电报装申请单', 'Power connection application', { kind: 'electronic' }), M.propertyCertificate({ name: '用电地址物业权属证明', nameEn: 'Proof of title to the premises', required: false, primary: false })],
    result: ['供电方案及接电', 'other'], form: [F.address, text('capacity', '报装容量（千瓦）', 'Capacity (kW)')],
  }),
  utility(5, {
    name: '燃气报装', nameEn: 'Application for a gas connection', type: 'GG', dept: 'gas-supply',
    audience: ['enterprise', 'citizen'], topics: utilityTopics, legalBasis: ['《城镇燃气管理条例》', UTILITY_FEE],
    conditions: ['位于城镇燃气管网覆盖范围内', '用气场所符合燃气安全条件'],
    statutory: 10, promised: 5, steps: utilitySteps,
    materials: [form('燃气报装申请表', 'Gas connection application'), M.idCard({ required: false, primary: false })],
    result: ['燃气接入及供用气合同', 'other'], form: [F.address, select('use', '用气性质', 'Use', [['home', '居民', 'Household'], ['catering', '餐饮', 'Catering'], ['industry', '工业', 'Industry']])],
  }),
];
