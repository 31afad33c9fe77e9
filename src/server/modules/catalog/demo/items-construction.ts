/**
 * Demo items of 工程建设项目审批 (planning, land, drawings, construction permit, fire design,
 * acceptance) plus the construction-industry permits of 住建, 城管, 水务, 林草 and 气象.
 */
import { F, M, aux, form, itemFactory, mat, select, text, workdays } from './build';
import type { DemoItem } from './types';

const item = itemFactory(301);

const PLAN = '《中华人民共和国城乡规划法》';
const LAND = '《中华人民共和国土地管理法》';
const MULTI = '《自然资源部关于以“多规合一”为基础推进规划用地“多审合一、多证合一”改革的通知》（自然资规〔2019〕2号）';
const REFORM = '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）';
const QUALITY = '《建设工程质量管理条例》';
const FIRE = '《中华人民共和国消防法》';
const FIRE_RULES = '《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号）';
const LIGHTNING = ['《中华人民共和国气象法》', '《气象灾害防御条例》', '《雷电防护装置设计审核和竣工验收规定》'];

const topics: DemoItem['topics'] = ['工程建设'];
const projectFields = [F.projectName, F.projectCode, F.projectSite];
const projectCode = mat('投资项目代码及立项文件', 'Project code and approval/filing document', {
  source: 'shared',
  acceptanceStandard: '通过投资项目在线审批监管平台共享获取',
});
const drawings = (name: string, nameEn: string) => mat(name, nameEn, { kind: 'electronic', acceptanceStandard: 'PDF 电子图纸，加盖出图章和执业印章' });

/** 工程建设 items. */
export const constructionItems: DemoItem[] = [
  item(1, {
    name: '建设项目用地预审与选址意见书核发', nameEn: 'Land pre-examination and site-selection opinion for a project', type: 'XK', dept: 'natural-resources',
    audience: ['enterprise'], topics: ['工程建设', '投资项目'], legalBasis: [LAND, PLAN, '《建设项目用地预审管理办法》', MULTI],
    conditions: ['项目符合国土空间规划和用途管制要求', '符合土地使用标准和节约集约用地要求'],
    statutory: 20, promised: 10,
    materials: [form('建设项目用地预审与选址申请表', 'Pre-examination and site-selection application'), projectCode, mat('建设项目用地预审与选址申请报告', 'Application report'), drawings('拟选址位置的地形图及用地范围', 'Topographic map with the site boundary')],
    result: ['建设项目用地预审与选址意见书', 'approval'], form: [...projectFields, text('landArea', '拟用地面积（公顷）', 'Land area (ha)')],
  }),
  item(2, {
    name: '建设用地规划许可证核发', nameEn: 'Issuance of a construction-land planning permit', type: 'XK', dept: 'natural-resources',
    audience: ['enterprise'], topics, legalBasis: [PLAN, MULTI],
    conditions: ['以出让方式取得的，已签订国有建设用地使用权出让合同', '以划拨方式取得的，已取得用地预审与选址意见书'],
    statutory: 20, promised: 5,
    materials: [form('建设用地规划许可申请表', 'Land-use planning permit application'), projectCode, mat('国有建设用地使用权出让合同或划拨决定书', 'Land grant contract or allocation decision', { source: 'shared' })],
    result: ['建设用地规划许可证', 'licence'], form: [...projectFields, text('landArea', '用地面积（平方米）', 'Land area (m²)')],
  }),
  item(3, {
    name: '建设工程设计方案审查', nameEn: 'Review of a construction design scheme', type: 'QT', dept: 'natural-resources',
    audience: ['enterprise'], topics, legalBasis: [PLAN, REFORM],
    conditions: ['已取得建设用地规划许可证', '设计方案符合控制性详细规划和规划条件'],
    statutory: 20, promised: 10, specialProcedures: ['专家论证', '规划委员会审议', '批前公示'],
    extraSteps: [['批前公示', 'Public notice before approval']],
    materials: [form('建设工程设计方案审查申请表', 'Design scheme review application'), drawings('建设工程设计方案（总平面图、单体方案）', 'Design scheme (site plan and buildings)'), aux('日照分析报告', 'Sunlight analysis')],
    result: ['建设工程设计方案审查意见', 'approval'], form: [...projectFields, F.floorArea],
  }),
  item(4, {
    name: '建设工程规划许可证核发', nameEn: 'Issuance of a construction-project planning permit', type: 'XK', dept: 'natural-resources',
    audience: ['enterprise'], topics, legalBasis: [PLAN, MULTI],
    conditions: ['设计方案已通过审查', '符合控制性详细规划和规划条件'],
    statutory: 20, promised: 10,
    materials: [form('建设工程规划许可申请表', 'Construction planning permit application'), mat('建设用地规划许可证或不动产权证书', 'Land-use planning permit or land title', { source: 'e_license' }), drawings('经审查的建设工程设计方案总平面图', 'Approved site plan')],
    result: ['建设工程规划许可证', 'licence'], form: [...projectFields, F.floorArea],
  }),
  item(5, {
    name: '乡村建设规划许可证核发', nameEn: 'Issuance of a rural construction planning permit', type: 'XK', dept: 'natural-resources', level: 'district',
    audience: ['enterprise', 'citizen'], topics: ['工程建设', '农牧林草'], legalBasis: [PLAN],
    conditions: ['在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设', '不占用农用地或已办理农用地转用审批'],
    statutory: 20, promised: 10, nearby: true,
    materials: [form('乡村建设规划许可申请表', 'Rural planning permit application'), mat('村民委员会或嘎查委员会意见', 'Village committee opinion'), drawings('建设工程设计图', 'Design drawings')],
    result: ['乡村建设规划许可证', 'licence'], form: [F.projectName, F.projectSite, F.floorArea],
  }),
  item(6, {
    name: '房屋建筑和市政基础设施工程施工图设计文件审查', nameEn: 'Review of construction drawings', type: 'QT', dept: 'housing-construction',
    audience: ['enterprise'], topics, legalBasis: [QUALITY, '《建设工程勘察设计管理条例》', '《房屋建筑和市政基础设施工程施工图设计文件审查管理办法》'],
    conditions: ['施工图设计文件完成并由具备资质的设计单位出图', '通过联合图审系统一次提交，消防、人防、技防等同步审查'],
    statutory: workdays(20, '一级以上建筑工程、大型市政工程20个工作日，其余10个工作日'), promised: 10,
    jointDepartments: ['fire-rescue', 'weather'], specialProcedures: ['技术审查'], extraSteps: [['联合图审', 'Joint drawing review']],
    materials: [form('施工图联合审查申请表', 'Joint drawing review application'), drawings('施工图设计文件（含计算书）', 'Construction drawings with calculations'), mat('岩土工程勘察报告', 'Geotechnical report'), projectCode],
    result: ['施工图审查合格书', 'certificate'], form: [...projectFields, F.floorArea],
  }),
  item(7, {
    name: '建设工程消防设计审查', nameEn: 'Fire-protection design review', type: 'XK', dept: 'housing-construction',
    audience: ['enterprise'], topics: ['工程建设', '安全生产'], legalBasis: [FIRE, FIRE_RULES],
    conditions: ['属于特殊建设工程', '消防设计文件符合国家工程建设消防技术标准'],
    statutory: workdays(15, '需组织专家评审的，专家评审时间不超过10个工作日'), promised: 10, specialProcedures: ['专家评审'],
    materials: [form('特殊建设工程消防设计审查申请表', 'Fire design review application'), drawings('消防设计文件', 'Fire design documents'), aux('依法需要办理行政许可的批准文件', 'Other required approvals')],
    result: ['特殊建设工程消防设计审查意见书', 'approval'], form: [...projectFields, F.floorArea],
  }),
  item(8, {
    name: '建筑工程施工许可证核发', nameEn: 'Issuance of a building construction permit', type: 'XK', dept: 'housing-construction', level: 'both',
    audience: ['enterprise'], topics, legalBasis: ['《中华人民共和国建筑法》', '《建筑工程施工许可管理办法》'],
    conditions: ['已办理用地批准手续，依法应当办理建设工程规划许可证的已经取得', '已经确定施工企业，有满足施工需要的资金安排、施工图纸及技术资料', '有保证工程质量和安全的具体措施'],
    statutory: workdays(7, '自收到申请之日起7日内'), promised: 3,
    materials: [form('建筑工程施工许可证申请表', 'Construction permit application'), mat('建设工程规划许可证', 'Construction planning permit', { source: 'e_license' }), mat('中标通知书或直接发包文件', 'Tender award notice', { source: 'shared' }), mat('施工图审查合格书', 'Drawing review certificate', { source: 'shared' }), M.commitment('建设资金已落实承诺书', 'Funding commitment')],
    result: ['建筑工程施工许可证', 'licence'], form: [...projectFields, text('contractor', '施工单位', 'Contractor'), text('contractPrice', '合同价格（万元）', 'Contract price (10k CNY)')],
  }),
  item(9, {
    name: '建设工程消防验收', nameEn: 'Fire-protection acceptance of a construction project', type: 'XK', dept: 'housing-construction',
    audience: ['enterprise'], topics: ['工程建设', '安全生产'], legalBasis: [FIRE, FIRE_RULES],
    conditions: ['特殊建设工程竣工，建设单位已组织竣工验收并确认消防查验合格'],
    statutory: 15, promised: 10, extraSteps: [['现场评定', 'On-site assessment']], specialProcedures: ['现场评定'],
    materials: [form('特殊建设工程消防验收申请表', 'Fire acceptance application'), mat('工程竣工验收报告', 'Completion report'), mat('涉及消防的建设工程竣工图纸', 'As-built fire drawings', { kind: 'electronic' })],
    result: ['特殊建设工程消防验收意见书', 'approval'], form: [...projectFields],
  }),
  item(10, {
    name: '建设工程消防验收备案', nameEn: 'Filing of fire-protection acceptance', type: 'QT', dept: 'housing-construction', level: 'both',
    audience: ['enterprise'], topics: ['工程建设', '安全生产'], legalBasis: [FIRE, FIRE_RULES],
    conditions: ['其他建设工程竣工验收合格之日起5个工作日内备案', '被确定为检查对象的，接受抽查'],
    statutory: 5, promised: 0,
    materials: [form('建设工程消防验收备案表', 'Fire acceptance filing form'), mat('工程竣工验收报告', 'Completion report')],
    result: ['建设工程消防验收备案凭证', 'filing'], form: [...projectFields],
  }),
  item(11, {
    name: '建设工程规划核实', nameEn: 'Planning verification of a completed project', type: 'QR', dept: 'natural-resources',
    audience: ['enterprise'], topics, legalBasis: [PLAN],
    conditions: ['建设工程竣工，已完成竣工规划测量'],
    statutory: 20, promised: 5, extraSteps: [['现场核实', 'On-site verification']],
    materials: [form('建设工程规划核实申请表', 'Planning verification application'), mat('竣工规划测量成果报告', 'As-built survey report', { source: 'shared' })],
    result: ['建设工程规划核实意见书', 'approval'], form: [...projectFields],
  }),
  item(12, {
    name: '工程建设项目“多测合一”成果审核', nameEn: 'Review of integrated survey results (multi-survey-in-one)', type: 'QT', dept: 'natural-resources',
    audience: ['enterprise'], topics, legalBasis: [REFORM, '《自然资源部 住房和城乡建设部关于推进工程建设项目“多测合一”改革的通知》'],
    conditions: ['由一家测绘单位统一完成规划、用地、房产、人防、消防等测绘', '成果符合统一技术标准'],
    statutory: 10, promised: 5,
    materials: [form('测绘成果审核申请表', 'Survey results review application'), mat('“多测合一”测绘成果报告', 'Integrated survey report', { kind: 'electronic' })],
    result: ['测绘成果审核意见', 'other'], form: [...projectFields, text('surveyor', '测绘单位', 'Survey company')],
  }),
  item(13, {
    name: '工程建设项目竣工联合验收', nameEn: 'Joint completion acceptance of a construction project', type: 'QT', dept: 'housing-construction',
    audience: ['enterprise'], topics, legalBasis: [REFORM, QUALITY],
    conditions: ['工程按设计和合同约定内容建成', '一次申请，规划、消防、人防、档案、防雷等验收统一现场验收、限时联合出具意见'],
    statutory: 20, promised: 10, jointDepartments: ['natural-resources', 'weather', 'fire-rescue'],
    extraSteps: [['联合现场验收', 'Joint on-site acceptance']], specialProcedures: ['联合现场验收'],
    materials: [form('竣工联合验收申请表', 'Joint acceptance application'), mat('工程竣工验收报告', 'Completion report'), mat('“多测合一”测绘成果', 'Integrated survey results', { source: 'shared' }), aux('建设工程竣工档案', 'Completion archives')],
    result: ['工程建设项目竣工联合验收意见书', 'approval'], form: [...projectFields],
  }),
  item(14, {
    name: '房屋建筑和市政基础设施工程竣工验收备案', nameEn: 'Filing of completion acceptance', type: 'QT', dept: 'housing-construction', level: 'both',
    audience: ['enterprise'], topics, legalBasis: [QUALITY, '《房屋建筑和市政基础设施工程竣工验收备案管理办法》'],
    conditions: ['工程竣工验收合格之日起15日内备案'],
    statutory: 5, promised: 1,
    materials: [form('工程竣工验收备案表', 'Completion filing form'), mat('工程竣工验收报告', 'Completion report'), mat('联合验收意见或规划、消防等认可文件', 'Joint acceptance opinion', { source: 'shared' }), mat('施工单位签署的工程质量保修书', 'Quality warranty')],
    result: ['竣工验收备案证明', 'filing'], form: [...projectFields],
  }),
  item(15, {
    name: '建设工程档案验收', nameEn: 'Acceptance of construction archives', type: 'QT', dept: 'housing-construction',
    audience: ['enterprise'], topics, legalBasis: ['《中华人民共和国档案法》', '《城市建设档案管理规定》'],
    conditions: ['工程竣工档案按规范整理完毕'],
    statutory: 10, promised: 5,
    materials: [form('建设工程档案验收申请表', 'Archive acceptance application'), mat('建设工程竣工档案', 'Completion archives')],
    result: ['建设工程档案验收意见', 'approval'], form: [...projectFields],
  }),
  item(16, {
    name: '建筑业企业资质核准', nameEn: 'Approval of construction-enterprise qualifications', type: 'XK', dept: 'housing-construction',
    powerSource: 'delegated', audience: ['enterprise'], topics: ['工程建设', '准营'], legalBasis: ['《中华人民共和国建筑法》', '《建筑业企业资质管理规定》'],
    conditions: ['符合建筑业企业资质标准中资产、人员、工程业绩和技术装备要求'],
    statutory: 20, promised: 10,
    materials: [form('建筑业企业资质申请表', 'Qualification application'), M.businessLicence(), mat('注册人员及技术负责人证明材料', 'Registered staff')],
    result: ['建筑业企业资质证书', 'certificate'], form: [F.entityName, F.uscc, text('grade', '申请资质类别和等级', 'Qualification and grade')],
  }),
  item(17, {
    name: '房地产开发企业资质核定', nameEn: 'Approval of real-estate developer qualifications', type: 'XK', dept: 'housing-construction',
    audience: ['enterprise'], topics: ['工程建设', '准营', '住房'], legalBasis: ['《城市房地产开发经营管理条例》', '《房地产开发企业资质管理规定》'],
    conditions: ['有符合规定的专业管理人员', '有完善的质量保证体系'],
    statutory: 20, promised: 10,
    materials: [form('房地产开发企业资质申请表', 'Developer qualification application'), M.businessLicence(), mat('专业管理人员身份证明及职称证书', 'Staff qualifications')],
    result: ['房地产开发企业资质证书', 'certificate'], form: [F.entityName, F.uscc, select('grade', '资质等级', 'Grade', [['1', '一级', 'Grade 1'], ['2', '二级', 'Grade 2']])],
  }),
  item(18, {
    name: '商品房预售许可', nameEn: 'Permit to pre-sell commercial housing', type: 'XK', dept: 'housing-construction',
    audience: ['enterprise'], topics: ['工程建设', '住房'], legalBasis: ['《中华人民共和国城市房地产管理法》', '《城市商品房预售管理办法》'],
    conditions: ['已交付全部土地使用权出让金，取得不动产权证书', '持有建设工程规划许可证和施工许可证', '投入开发建设的资金达到工程建设总投资的25%以上，并已确定施工进度和竣工交付日期'],
    statutory: 10, promised: 5, extraSteps: [['现场查勘', 'On-site survey']],
    materials: [form('商品房预售许可申请表', 'Pre-sale application'), mat('不动产权证书', 'Land title', { source: 'e_license' }), mat('建设工程规划许可证和施工许可证', 'Planning and construction permits', { source: 'e_license' }), mat('工程施工进度证明', 'Construction progress proof'), mat('商品房预售方案', 'Pre-sale plan')],
    result: ['商品房预售许可证', 'licence'], form: [...projectFields, text('buildings', '预售楼栋', 'Buildings'), F.floorArea],
  }),
  item(19, {
    name: '城市建筑垃圾处置核准', nameEn: 'Approval of urban construction-waste disposal', type: 'XK', dept: 'urban-management', level: 'both',
    audience: ['enterprise'], topics: ['工程建设', '生态环境'], legalBasis: ['《城市市容和环境卫生管理条例》', '《城市建筑垃圾管理规定》'],
    conditions: ['编制建筑垃圾处理方案，采取污染防治措施', '已与符合规定的运输单位签订运输合同，确定消纳场所'],
    statutory: 20, promised: 5,
    materials: [form('城市建筑垃圾处置核准申请表', 'Construction waste application'), mat('建筑垃圾处理方案', 'Waste plan'), mat('运输合同及消纳场所证明', 'Transport contract and disposal site')],
    result: ['城市建筑垃圾处置核准证', 'licence'], form: [...projectFields, text('volume', '建筑垃圾量（立方米）', 'Volume (m³)')],
  }),
  item(20, {
    name: '占用、挖掘城市道路审批', nameEn: 'Approval to occupy or excavate an urban road', type: 'XK', dept: 'urban-management', level: 'both',
    audience: ['enterprise'], topics: ['工程建设', '交通出行'], legalBasis: ['《城市道路管理条例》'],
    conditions: ['因工程建设确需占用或挖掘城市道路', '有交通组织方案，影响交通安全的已征得公安交通管理部门同意'],
    statutory: 20, promised: 5, jointDepartments: ['public-security'],
    materials: [form('占用、挖掘城市道路申请表', 'Road occupation application'), mat('施工平面图及交通组织方案', 'Site plan and traffic plan'), mat('公安交通管理部门意见', 'Traffic police opinion', { source: 'shared' })],
    result: ['占用、挖掘城市道路许可决定书', 'approval'], form: [...projectFields, text('road', '道路名称及位置', 'Road'), F.startDate],
  }),
  item(21, {
    name: '工程建设涉及城市绿地、树木审批', nameEn: 'Approval of construction affecting urban green space or trees', type: 'XK', dept: 'urban-management', level: 'both',
    audience: ['enterprise'], topics: ['工程建设', '生态环境'], legalBasis: ['《城市绿化条例》'],
    conditions: ['因工程建设确需临时占用城市绿地或砍伐、移植城市树木', '有恢复或补植方案'],
    statutory: 20, promised: 5, extraSteps: [['现场勘查', 'Site survey']],
    materials: [form('占用绿地、砍伐移植树木申请表', 'Green-space application'), mat('占用位置图及补植方案', 'Location plan and replanting plan')],
    result: ['城市绿地、树木审批决定书', 'approval'], form: [...projectFields, text('trees', '涉及树木数量', 'Trees affected')],
  }),
  item(22, {
    name: '拆除、改动城镇排水与污水处理设施审核', nameEn: 'Approval to remove or alter urban drainage facilities', type: 'XK', dept: 'water-affairs',
    audience: ['enterprise'], topics, legalBasis: ['《城镇排水与污水处理条例》'],
    conditions: ['因工程建设确需拆除、改动城镇排水与污水处理设施', '有可行的替代方案，不影响城镇排水与污水处理安全'],
    statutory: 20, promised: 10,
    materials: [form('拆除、改动排水设施申请表', 'Drainage alteration application'), mat('拆除、改动方案及替代设施方案', 'Alteration and replacement plan'), mat('排水设施运营单位意见', 'Operator opinion')],
    result: ['拆除、改动城镇排水与污水处理设施审核决定书', 'approval'], form: [...projectFields],
  }),
  item(23, {
    name: '建设项目使用林地审核审批', nameEn: 'Approval of forest land use by a project', type: 'XK', dept: 'forestry-grassland', powerSource: 'delegated',
    audience: ['enterprise'], topics: ['工程建设', '农牧林草'], legalBasis: ['《中华人民共和国森林法》', '《中华人民共和国森林法实施条例》', '《建设项目使用林地审核审批管理办法》'],
    conditions: ['项目符合林地保护利用规划和使用林地定额', '已编制使用林地可行性报告或现状调查表'],
    statutory: 20, promised: 10, extraSteps: [['现场查验', 'On-site check']], specialProcedures: ['现场查验'],
    materials: [form('使用林地申请表', 'Forest land application'), mat('使用林地可行性报告或林地现状调查表', 'Feasibility or survey report'), mat('被占用林地权利人补偿协议', 'Compensation agreement')],
    result: ['使用林地审核同意书', 'approval'], form: [...projectFields, text('forestArea', '使用林地面积（公顷）', 'Forest land (ha)')],
  }),
  item(24, {
    name: '建设项目使用草原审核', nameEn: 'Approval of grassland use by a project', type: 'XK', dept: 'forestry-grassland', powerSource: 'delegated',
    audience: ['enterprise'], topics: ['工程建设', '农牧林草'], legalBasis: ['《中华人民共和国草原法》', '《草原征占用审核审批管理规范》'],
    conditions: ['确需征收、征用或使用草原', '已与草原所有者、使用者签订补偿协议'],
    statutory: 20, promised: 10, extraSteps: [['现场查验', 'On-site check']],
    materials: [form('使用草原申请表', 'Grassland use application'), mat('草原权属证明及补偿协议', 'Grassland title and compensation'), mat('使用草原现状调查报告', 'Grassland survey report')],
    result: ['使用草原审核同意书', 'approval'], form: [...projectFields, text('grassArea', '使用草原面积（公顷）', 'Grassland (ha)')],
  }),
  item(25, {
    name: '雷电防护装置设计审核', nameEn: 'Review of lightning-protection design', type: 'XK', dept: 'weather',
    audience: ['enterprise'], topics, legalBasis: LIGHTNING,
    conditions: ['油库、气库、弹药库、化学品仓库、易燃易爆场所等需要安装雷电防护装置的项目', '设计文件由具备相应资质的单位编制'],
    statutory: 20, promised: 5,
    materials: [form('雷电防护装置设计审核申请书', 'Lightning design application'), drawings('雷电防护装置设计说明书和图纸', 'Lightning design documents')],
    result: ['雷电防护装置设计核准意见书', 'approval'], form: [...projectFields],
  }),
  item(26, {
    name: '雷电防护装置竣工验收', nameEn: 'Completion acceptance of lightning protection', type: 'XK', dept: 'weather',
    audience: ['enterprise'], topics, legalBasis: LIGHTNING,
    conditions: ['雷电防护装置已按核准的设计施工完成', '取得具有资质的检测机构出具的检测报告'],
    statutory: 20, promised: 5, extraSteps: [['现场核实', 'On-site verification']],
    materials: [form('雷电防护装置竣工验收申请书', 'Lightning acceptance application'), mat('雷电防护装置检测报告', 'Lightning test report'), mat('雷电防护装置设计核准意见书', 'Design approval', { source: 'shared' })],
    result: ['雷电防护装置验收意见书', 'approval'], form: [...projectFields],
  }),
];
