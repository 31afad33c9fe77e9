/**
 * Demo items of 卫生健康 (birth certificates, medical practice), 教育 (school enrolment, teacher
 * qualification, private schools) and 医疗保障 (insurance enrolment, cross-region care, claims).
 */
import { F, M, aux, form, itemFactory, mat, natural, select, text } from './build';
import type { DemoItem } from './types';

const health = itemFactory(401);
const edu = itemFactory(402, { level: 'district' });
const med = itemFactory(403, { level: 'both', kiosk: true });

const POP = '《中华人民共和国人口与计划生育法》';
const POP_IM = '《内蒙古自治区人口与计划生育条例》';
const BIRTH_CERT = '《中华人民共和国母婴保健法》';
const PRIVATE_EDU = ['《中华人民共和国民办教育促进法》', '《中华人民共和国民办教育促进法实施条例》'];
const SI = '《中华人民共和国社会保险法》';

const birthTopics: DemoItem['topics'] = ['生育收养', '医疗'];
const medTopics: DemoItem['topics'] = ['医疗', '社会保障'];

/** 卫生健康 items. */
export const healthItems: DemoItem[] = [
  health(1, {
    name: '出生医学证明首次签发', nameEn: 'First issuance of a medical birth certificate', type: 'QR', dept: 'health', level: 'both',
    audience: ['citizen'], topics: birthTopics, legalBasis: [BIRTH_CERT, '《中华人民共和国母婴保健法实施办法》'],
    conditions: ['在本市助产机构出生的新生儿', '父母双方信息核验一致'],
    statutory: 1, promised: 0, visits: 1, onlineDepth: 2, nearby: true,
    materials: [form('出生医学证明首次签发登记表', 'Birth certificate registration form'), M.idCard({ name: '父母双方居民身份证', nameEn: 'Both parents’ resident ID cards' })],
    result: ['出生医学证明（含电子证照）', 'certificate'], form: [text('babyName', '新生儿姓名', 'Baby’s name'), text('hospital', '出生医院', 'Hospital')],
  }),
  health(2, {
    name: '出生医学证明补发', nameEn: 'Reissue of a lost medical birth certificate', type: 'QR', dept: 'health',
    audience: ['citizen'], topics: birthTopics, legalBasis: [BIRTH_CERT],
    conditions: ['出生医学证明遗失，经原签发机构核实出生信息'],
    statutory: 20, promised: 10, extraSteps: [['核查出生信息', 'Verification of birth records']],
    materials: [form('出生医学证明补发申请表', 'Reissue application'), M.idCard({ name: '父母双方居民身份证', nameEn: 'Both parents’ resident ID cards' }), M.householdRegister({ name: '新生儿户口簿', nameEn: 'Household register of the child' })],
    result: ['出生医学证明', 'certificate'], form: [text('childName', '子女姓名', 'Child’s name'), text('birthDate', '出生日期', 'Date of birth')],
  }),
  health(3, {
    name: '出生医学证明换发', nameEn: 'Replacement of a medical birth certificate', type: 'QR', dept: 'health',
    audience: ['citizen'], topics: birthTopics, legalBasis: [BIRTH_CERT],
    conditions: ['出生医学证明项目填写错误或破损'],
    statutory: 20, promised: 5,
    materials: [form('出生医学证明换发申请表', 'Replacement application'), mat('原出生医学证明', 'Original certificate'), M.idCard({ name: '父母双方居民身份证', nameEn: 'Both parents’ resident ID cards' })],
    result: ['出生医学证明', 'certificate'], form: [text('childName', '子女姓名', 'Child’s name')],
  }),
  health(4, {
    name: '生育登记', nameEn: 'Birth registration for family planning services', type: 'GG', dept: 'health', level: 'district',
    audience: ['citizen'], topics: ['生育收养'], legalBasis: [POP, POP_IM],
    conditions: ['夫妻双方或一方户籍在本市，或在本市居住的流动人口'],
    statutory: 1, promised: 0,
    materials: [M.idCard({ name: '夫妻双方居民身份证', nameEn: 'Both spouses’ resident ID cards' }), M.marriageCertificate({ required: false, primary: false })],
    result: ['生育登记服务单（电子）', 'certificate'], form: [select('childOrder', '生育子女孩次', 'Child order', [['1', '一孩', 'First'], ['2', '二孩', 'Second'], ['3', '三孩及以上', 'Third or later']])],
  }),
  health(5, {
    name: '医疗机构执业登记', nameEn: 'Practice registration of a medical institution', type: 'XK', dept: 'health', level: 'both',
    audience: ['enterprise'], topics: ['医疗', '准营'], legalBasis: ['《医疗机构管理条例》', '《医疗机构管理条例实施细则》'],
    conditions: ['按照医疗机构基本标准配置房屋、设备和卫生技术人员', '有相应的规章制度'],
    statutory: natural(45), promised: 20, extraSteps: [['现场审核', 'On-site review']], specialProcedures: ['现场审核'],
    materials: [form('医疗机构申请执业登记注册书', 'Registration application'), M.premises(), mat('卫生技术人员名录及执业证书', 'Health professionals and licences'), mat('规章制度', 'Internal rules')],
    result: ['医疗机构执业许可证', 'licence'], form: [F.entityName, F.businessAddress, text('beds', '床位数', 'Beds')],
  }),
  health(6, {
    name: '诊所备案', nameEn: 'Filing of a clinic', type: 'QT', dept: 'health', level: 'district',
    audience: ['enterprise', 'citizen'], topics: ['医疗', '准营'], legalBasis: ['《医疗机构管理条例》', '《诊所备案管理暂行办法》'],
    conditions: ['诊所符合诊所基本标准', '主要负责人取得医师执业证书并有5年以上临床工作经历'],
    statutory: 1, promised: 0,
    materials: [form('诊所备案信息表', 'Clinic filing form'), M.premises(), mat('医师执业证书', 'Physician licence', { source: 'e_license' }), M.sitePlan({ name: '诊所平面布局图', nameEn: 'Floor plan of the clinic' })],
    result: ['诊所备案凭证', 'filing'], form: [F.entityName, F.businessAddress, text('subjects', '诊疗科目', 'Specialties')],
  }),
  health(7, {
    name: '医师执业注册', nameEn: 'Physician practice registration', type: 'XK', dept: 'health', level: 'both',
    audience: ['citizen'], topics: ['医疗', '就业创业'], legalBasis: ['《中华人民共和国医师法》', '《医师执业注册管理办法》'],
    conditions: ['取得医师资格', '受聘于拟执业的医疗、预防、保健机构'],
    statutory: 20, promised: 5, visits: 0,
    materials: [form('医师执业注册申请审核表', 'Registration application', { kind: 'electronic' }), mat('医师资格证书', 'Physician qualification', { source: 'e_license' }), mat('健康体检证明', 'Health certificate')],
    result: ['医师执业证书（电子证照）', 'licence'], form: [text('institution', '执业机构', 'Institution'), text('scope', '执业范围', 'Scope of practice')],
  }),
  health(8, {
    name: '护士执业注册', nameEn: 'Nurse practice registration', type: 'XK', dept: 'health', level: 'both',
    audience: ['citizen'], topics: ['医疗', '就业创业'], legalBasis: ['《护士条例》', '《护士执业注册管理办法》'],
    conditions: ['通过护士执业资格考试', '在教学、综合医院完成8个月以上护理临床实习'],
    statutory: 20, promised: 5, visits: 0,
    materials: [form('护士执业注册申请审核表', 'Registration application', { kind: 'electronic' }), mat('护士执业资格考试成绩合格证明', 'Exam pass certificate', { source: 'shared' }), mat('健康体检证明', 'Health certificate')],
    result: ['护士执业证书（电子证照）', 'licence'], form: [text('institution', '执业机构', 'Institution')],
  }),
  health(9, {
    name: '饮用水供水单位卫生许可', nameEn: 'Hygiene permit of a drinking-water supplier', type: 'XK', dept: 'health', level: 'both',
    audience: ['enterprise'], topics: ['水电气暖', '准营'], legalBasis: ['《中华人民共和国传染病防治法》', '《生活饮用水卫生监督管理办法》'],
    conditions: ['供水设施、水质处理和消毒设施符合卫生规范', '直接从事供、管水人员取得健康合格证明'],
    statutory: 20, promised: 10, extraSteps: [['现场审查', 'On-site review']],
    materials: [form('供水单位卫生许可申请书', 'Supplier permit application'), mat('水质检测报告', 'Water-quality report'), mat('供管水人员健康证明', 'Staff health certificates')],
    result: ['卫生许可证', 'licence'], form: [F.entityName, F.businessAddress],
  }),
  health(10, {
    name: '农村部分计划生育家庭奖励扶助金申报', nameEn: 'Reward subsidy for rural family-planning households', type: 'GF', dept: 'health', level: 'district',
    audience: ['citizen'], topics: ['生育收养', '社会救助'], legalBasis: [POP, POP_IM],
    conditions: ['农村户籍，只生育一个子女或两个女孩', '年满60周岁'],
    statutory: 30, promised: 20, nearby: true,
    materials: [form('奖励扶助对象申报表', 'Subsidy application'), M.idCard(), M.householdRegister(), M.bankCard()],
    result: ['奖励扶助资格确认', 'other'], form: [F.address],
  }),
  health(11, {
    name: '计划生育家庭特别扶助金申报', nameEn: 'Special support for family-planning households', type: 'GF', dept: 'health', level: 'district',
    audience: ['citizen'], topics: ['生育收养', '社会救助'], legalBasis: [POP, POP_IM],
    conditions: ['独生子女死亡或伤残、未再生育或收养子女', '女方年满49周岁'],
    statutory: 30, promised: 20, nearby: true,
    materials: [form('特别扶助对象申报表', 'Support application'), M.idCard(), mat('独生子女死亡或伤残证明', 'Proof of death or disability', { source: 'shared' }), M.bankCard()],
    result: ['特别扶助资格确认', 'other'], form: [F.address],
  }),
];

/** 教育 items. */
export const educationItems: DemoItem[] = [
  edu(1, {
    name: '义务教育招生入学报名', nameEn: 'Registration for compulsory-education enrolment', type: 'GG', dept: 'education',
    audience: ['citizen'], topics: ['教育'], legalBasis: ['《中华人民共和国义务教育法》', '《教育部办公厅关于做好义务教育招生入学工作的通知》'],
    conditions: ['适龄儿童少年（小学一年级年满6周岁，初中一年级为小学毕业生）', '按学区划分就近入学，随迁子女按居住证等条件入学'],
    statutory: natural(30), promised: 15, visits: 0, nearby: true,
    materials: [M.householdRegister(), M.propertyCertificate({ name: '不动产权证书或居住证明', nameEn: 'Title certificate or proof of residence', required: false, primary: false }), mat('预防接种证查验证明', 'Vaccination check', { source: 'shared', required: false, primary: false })],
    result: ['入学录取结果', 'other'],
    form: [text('childName', '学生姓名', 'Student name'), text('childId', '学生身份证号', 'Student ID number'), select('stage', '入学阶段', 'Stage', [['primary', '小学一年级', 'Primary grade 1'], ['junior', '初中一年级', 'Junior middle grade 1']]), F.address],
  }),
  edu(2, {
    name: '义务教育阶段学生转学', nameEn: 'Transfer of a compulsory-education pupil', type: 'GG', dept: 'education',
    audience: ['citizen'], topics: ['教育'], legalBasis: ['《中华人民共和国义务教育法》', '《中小学生学籍管理办法》'],
    conditions: ['因户籍迁移、家庭住址变化等原因需转学', '转入学校有学位'],
    statutory: 10, promised: 5,
    materials: [form('转学申请表', 'Transfer application'), M.householdRegister(), aux('居住变化证明', 'Proof of residence change')],
    result: ['转学联系函', 'other'], form: [text('childName', '学生姓名', 'Student name'), text('fromSchool', '原学校', 'Current school'), text('toSchool', '拟转入学校', 'Target school')],
  }),
  edu(3, {
    name: '教师资格认定', nameEn: 'Teacher qualification recognition', type: 'XK', dept: 'education', level: 'both',
    audience: ['citizen'], topics: ['教育', '就业创业'], legalBasis: ['《中华人民共和国教师法》', '《教师资格条例》', '《〈教师资格条例〉实施办法》'],
    conditions: ['中小学教师资格考试合格或符合免试认定条件', '具备相应学历，普通话水平达到二级乙等以上', '体检合格、思想品德良好'],
    statutory: natural(30), promised: 15,
    materials: [form('教师资格认定申请表', 'Teacher qualification application', { kind: 'electronic' }), mat('学历证书', 'Diploma', { source: 'shared' }), mat('普通话水平测试等级证书', 'Putonghua certificate', { source: 'shared' }), mat('体检合格证明', 'Medical certificate'), M.photo({ kind: 'electronic' })],
    result: ['教师资格证书', 'certificate'], form: [select('level', '资格种类', 'Qualification level', [['kindergarten', '幼儿园', 'Kindergarten'], ['primary', '小学', 'Primary'], ['junior', '初级中学', 'Junior middle'], ['senior', '高级中学', 'Senior middle']]), text('subject', '任教学科', 'Subject')],
  }),
  edu(4, {
    name: '民办幼儿园设立审批', nameEn: 'Approval to establish a private kindergarten', type: 'XK', dept: 'education',
    audience: ['enterprise', 'citizen'], topics: ['教育', '准营'], legalBasis: [...PRIVATE_EDU, '《幼儿园管理条例》'],
    conditions: ['举办者符合规定条件，有与办学规模相适应的园舍、户外场地和设施设备', '园长、教师、保育员等具备相应资格', '园舍通过消防、卫生保健评估'],
    statutory: natural(90, '自受理之日起3个月内'), promised: 30, extraSteps: [['实地考察', 'Site visit']], specialProcedures: ['专家评议', '实地考察'],
    materials: [form('民办幼儿园设立申请书', 'Kindergarten application'), mat('举办者资格证明', 'Founder’s qualifications'), mat('园舍产权或租赁证明', 'Premises proof'), mat('园长、教师、保育员资格证明', 'Staff qualifications'), mat('卫生保健评价报告', 'Health-care assessment'), mat('幼儿园章程', 'Charter')],
    result: ['民办学校办学许可证', 'licence'], form: [F.entityName, F.businessAddress, text('classes', '拟设班级数', 'Classes')],
  }),
  edu(5, {
    name: '文化教育类校外培训机构设立审批', nameEn: 'Approval to establish an off-campus cultural education training institution', type: 'XK', dept: 'education',
    audience: ['enterprise', 'citizen'], topics: ['教育', '准营'], legalBasis: [...PRIVATE_EDU, '《国务院办公厅关于规范校外培训机构发展的意见》（国办发〔2018〕80号）'],
    conditions: ['面向中小学生的学科类培训机构按非营利性机构审批', '人均培训场所面积不少于3平方米，符合消防安全要求', '教学人员具有相应教师资格'],
    statutory: natural(90, '自受理之日起3个月内'), promised: 20, extraSteps: [['实地考察', 'Site visit']],
    materials: [form('校外培训机构设立申请书', 'Training institution application'), mat('培训场所证明及消防安全证明', 'Premises and fire-safety proof'), mat('教学人员资格证明', 'Teachers’ qualifications'), mat('培训机构章程', 'Charter')],
    result: ['民办学校办学许可证', 'licence'], form: [F.entityName, F.businessAddress, F.area],
  }),
  edu(6, {
    name: '家庭经济困难学生资助申请', nameEn: 'Financial aid for students from low-income families', type: 'GF', dept: 'education',
    audience: ['citizen'], topics: ['教育', '社会救助'], legalBasis: ['《中华人民共和国教育法》', '《学生资助资金管理办法》'],
    conditions: ['在校学生家庭经济困难，经学校认定', '低保、特困、残疾等家庭学生优先'],
    statutory: 20, promised: 10, visits: 0,
    materials: [form('家庭经济困难学生认定申请表', 'Aid application'), aux('低保、特困等证明', 'Assistance certificates', { source: 'shared', required: false })],
    result: ['资助审核结果', 'other'], form: [text('studentName', '学生姓名', 'Student name'), text('school', '就读学校', 'School')],
  }),
];

/** 医疗保障 items. */
export const medicalSecurityItems: DemoItem[] = [
  med(1, {
    name: '城乡居民基本医疗保险参保登记', nameEn: 'Enrolment in residents’ basic medical insurance', type: 'GG', dept: 'medical-security',
    audience: ['citizen'], topics: medTopics, legalBasis: [SI, '《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）'],
    conditions: ['本市户籍或持本市居住证、未参加职工基本医疗保险的人员', '新生儿、在校学生可随时参保'],
    statutory: 1, promised: 0,
    materials: [M.idCard(), M.householdRegister({ required: false, primary: false })],
    result: ['参保登记信息', 'filing'], form: [F.address],
  }),
  med(2, {
    name: '职工基本医疗保险参保登记', nameEn: 'Employee basic medical insurance enrolment', type: 'GG', dept: 'medical-security',
    audience: ['enterprise', 'citizen'], topics: medTopics, legalBasis: [SI, '《国务院关于建立城镇职工基本医疗保险制度的决定》（国发〔1998〕44号）'],
    conditions: ['用人单位职工及灵活就业人员'],
    statutory: 1, promised: 0,
    materials: [form('职工医疗保险参保登记表', 'Enrolment form', { kind: 'electronic' })],
    result: ['参保登记信息', 'filing'], form: [F.startDate],
  }),
  med(3, {
    name: '异地就医备案', nameEn: 'Registration for medical treatment in another region', type: 'GG', dept: 'medical-security',
    audience: ['citizen'], topics: medTopics, legalBasis: [SI, '《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）'],
    conditions: ['异地长期居住人员、临时外出就医人员（含异地转诊）'],
    statutory: 1, promised: 0,
    materials: [M.commitment('异地就医备案个人承诺书', 'Personal commitment', { kind: 'electronic' })],
    result: ['异地就医备案信息', 'filing'], form: [select('kind', '备案类型', 'Type', [['resident', '异地长期居住', 'Long-term residence'], ['referral', '转诊就医', 'Referral'], ['temporary', '临时外出就医', 'Temporary']]), text('city', '就医地', 'City of treatment'), F.startDate],
  }),
  med(4, {
    name: '医疗费用手工（零星）报销', nameEn: 'Manual reimbursement of medical expenses', type: 'GF', dept: 'medical-security',
    audience: ['citizen'], topics: medTopics, legalBasis: [SI, '《医疗保障基金使用监督管理条例》'],
    conditions: ['因特殊原因未能直接结算的合规医疗费用'],
    statutory: 20, promised: 15, visits: 0,
    materials: [form('医疗费用报销申请表', 'Reimbursement application'), mat('医疗费用收据及明细清单', 'Receipts and itemised bill'), mat('出院小结或诊断证明', 'Discharge summary'), M.bankCard()],
    result: ['报销款项到账', 'other'], form: [text('hospital', '就诊医院', 'Hospital'), text('amount', '医疗总费用（元）', 'Total cost (CNY)')],
  }),
  med(5, {
    name: '门诊慢特病待遇认定', nameEn: 'Recognition of chronic and special outpatient diseases', type: 'QR', dept: 'medical-security',
    audience: ['citizen'], topics: medTopics, legalBasis: [SI, '《医疗保障基金使用监督管理条例》'],
    conditions: ['参保人员患有规定病种并经定点医疗机构诊断'],
    statutory: 20, promised: 10, visits: 0,
    materials: [form('门诊慢特病待遇认定申请表', 'Recognition application'), mat('病历资料及检查报告', 'Medical records and test reports')],
    result: ['门诊慢特病待遇认定结果', 'other'], form: [text('disease', '申请病种', 'Disease')],
  }),
  med(6, {
    name: '生育津贴支付', nameEn: 'Payment of maternity allowance', type: 'GF', dept: 'medical-security',
    audience: ['citizen', 'enterprise'], topics: ['生育收养', '社会保障'], legalBasis: [SI, '《女职工劳动保护特别规定》'],
    conditions: ['参加职工基本医疗保险（生育保险）的女职工生育或流产'],
    statutory: 20, promised: 10, visits: 0,
    materials: [form('生育津贴申领表', 'Maternity allowance application'), mat('出生医学证明或医疗诊断证明', 'Birth certificate or diagnosis', { source: 'e_license' })],
    result: ['生育津贴支付', 'other'], form: [F.entityName, text('birthDate', '生育日期', 'Date of birth')],
  }),
  med(7, {
    name: '基本医疗保险关系转移接续', nameEn: 'Transfer of basic medical insurance', type: 'GG', dept: 'medical-security',
    audience: ['citizen'], topics: medTopics, legalBasis: [SI, '《基本医疗保险关系转移接续暂行办法》（医保发〔2021〕43号）'],
    conditions: ['参保人员跨统筹地区流动就业'],
    statutory: 15, promised: 10, visits: 0,
    materials: [form('基本医疗保险关系转移接续申请表', 'Transfer application', { kind: 'electronic' })],
    result: ['参保凭证及转移接续结果', 'other'], form: [text('fromRegion', '转出地', 'Transfer from')],
  }),
  med(8, {
    name: '医疗救助申请', nameEn: 'Application for medical assistance', type: 'GF', dept: 'medical-security', level: 'district',
    audience: ['citizen'], topics: ['医疗', '社会救助'], legalBasis: ['《社会救助暂行办法》', '《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）'],
    conditions: ['低保对象、特困人员、低保边缘家庭成员等救助对象', '经基本医保、大病保险支付后个人负担的合规费用'],
    statutory: 20, promised: 10,
    materials: [form('医疗救助申请表', 'Assistance application'), mat('医疗费用票据', 'Medical bills'), mat('救助对象身份证明', 'Assistance status', { source: 'shared' })],
    result: ['医疗救助金核定', 'other'], form: [F.address],
  }),
];
