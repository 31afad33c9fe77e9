/**
 * Demo items of the 驾驶人及车辆 branch hall (车驾管): vehicle registration, driving licences and
 * traffic-violation handling. Most are also handled through 交管12123 and 邮政代办 points.
 */
import { F, FEE_BASIS, M, fee, form, itemFactory, mat, natural, select, text } from './build';
import type { DemoItem } from './types';

const item = itemFactory(206, { branchHall: 'driver_vehicle', level: 'both', nearby: true });

const LAW = '《中华人民共和国道路交通安全法》';
const LAW_RULES = '《中华人民共和国道路交通安全法实施条例》';
const VEH = '《机动车登记规定》';
const DRV = '《机动车驾驶证申领和使用规定》';

const topics: DemoItem['topics'] = ['交通出行'];
const plateFee = fee('机动车号牌工本费（汽车反光号牌）', '100元/副', 100, FEE_BASIS.traffic);
const vehicleLicenceFee = fee('机动车行驶证工本费', '10元/本', 10, FEE_BASIS.traffic);
const drivingLicenceFee = fee('机动车驾驶证工本费', '10元/本', 10, FEE_BASIS.traffic);
const tempPlateFee = fee('临时行驶车号牌工本费', '5元/张', 5, FEE_BASIS.traffic);

const application = form('机动车登记业务申请表', 'Vehicle registration application', { kind: 'electronic' });
const insurance = mat('机动车交通事故责任强制保险凭证', 'Compulsory traffic insurance', { source: 'shared', acceptanceStandard: '通过保险信息共享核验' });
const vehicleFields = [F.plateNumber, F.vin];
const licenceClass = select('licenceClass', '准驾车型', 'Licence class', [['C1', 'C1 小型汽车', 'C1 car'], ['C2', 'C2 小型自动挡汽车', 'C2 automatic car'], ['D', 'D 普通三轮摩托车', 'D motorcycle'], ['B2', 'B2 重型货车', 'B2 heavy goods vehicle'], ['A1', 'A1 大型客车', 'A1 bus']]);

/** 车驾管 items. */
export const trafficItems: DemoItem[] = [
  item(1, {
    name: '机动车注册登记', nameEn: 'Motor-vehicle registration', type: 'QR', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [LAW, LAW_RULES, VEH],
    conditions: ['机动车来历合法，符合机动车国家安全技术标准', '已缴纳车辆购置税并投保交强险'],
    statutory: 2, promised: 0, visits: 1, fee: [plateFee, vehicleLicenceFee], kiosk: true,
    materials: [application, M.idCard({ name: '机动车所有人身份证明', nameEn: 'Owner’s identity document' }), mat('机动车来历证明', 'Proof of origin', { source: 'shared', acceptanceStandard: '机动车销售统一发票电子信息共享核验' }), mat('整车出厂合格证明', 'Factory certificate', { source: 'shared' }), mat('车辆购置税完税证明', 'Purchase tax receipt', { source: 'shared' }), insurance],
    result: ['机动车登记证书、号牌、行驶证', 'certificate'], form: [F.vin, text('plateChoice', '选号方式', 'Plate choice')],
  }),
  item(2, {
    name: '机动车转移登记', nameEn: 'Transfer registration of a motor vehicle', type: 'QR', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [LAW, VEH],
    conditions: ['机动车所有权发生转移', '已处理完交通违法行为和交通事故'],
    statutory: 2, promised: 0, visits: 1, fee: [vehicleLicenceFee],
    materials: [application, M.idCard({ name: '现机动车所有人身份证明', nameEn: 'New owner’s identity document' }), mat('机动车所有权转移的证明、凭证', 'Proof of transfer'), mat('机动车登记证书', 'Vehicle registration certificate'), insurance],
    result: ['机动车登记证书（转移记载）、行驶证', 'certificate'], form: vehicleFields,
  }),
  item(3, {
    name: '机动车变更登记', nameEn: 'Change registration of a motor vehicle', type: 'QR', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [LAW, VEH],
    conditions: ['改变车身颜色、更换发动机、车身或车架等，或所有人住所迁出本市'],
    statutory: 2, promised: 0, visits: 1, fee: [vehicleLicenceFee],
    materials: [application, M.idCard(), mat('机动车登记证书', 'Vehicle registration certificate'), mat('机动车行驶证', 'Vehicle licence')],
    result: ['机动车登记证书（变更记载）、行驶证', 'certificate'], form: [...vehicleFields, text('changeItem', '变更事项', 'Change')],
  }),
  item(4, {
    name: '机动车抵押登记', nameEn: 'Mortgage registration of a motor vehicle', type: 'QR', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [LAW, VEH],
    conditions: ['机动车所有人将机动车作为抵押物抵押', '抵押权人为银行等金融机构的可网上办理'],
    statutory: 1, promised: 0,
    materials: [application, mat('机动车登记证书', 'Vehicle registration certificate'), mat('机动车抵押合同', 'Mortgage contract', { source: 'shared' })],
    result: ['机动车登记证书（抵押记载）', 'certificate'], form: [...vehicleFields, text('mortgagee', '抵押权人', 'Mortgagee')],
  }),
  item(5, {
    name: '机动车注销登记', nameEn: 'Deregistration of a motor vehicle', type: 'QR', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [LAW, VEH, '《报废机动车回收管理办法》'],
    conditions: ['机动车已达到国家强制报废标准并交售回收企业，或灭失、退车、出境等'],
    statutory: 1, promised: 0,
    materials: [application, mat('报废机动车回收证明', 'Scrapping certificate', { source: 'shared' }), M.idCard()],
    result: ['机动车注销证明书', 'certificate'], form: [...vehicleFields, select('reason', '注销原因', 'Reason', [['scrap', '报废', 'Scrapped'], ['lost', '灭失', 'Lost'], ['return', '退车', 'Returned']])],
  }),
  item(6, {
    name: '补领机动车号牌', nameEn: 'Replacement of lost number plates', type: 'QR', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [LAW, VEH],
    conditions: ['机动车号牌灭失、丢失或者损毁'],
    statutory: natural(15), promised: 1, visits: 0, fee: [plateFee], expressDelivery: true,
    materials: [application, M.idCard()],
    result: ['机动车号牌', 'certificate'], form: vehicleFields,
  }),
  item(7, {
    name: '补领机动车行驶证', nameEn: 'Replacement of a lost vehicle licence', type: 'QR', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [LAW, VEH],
    conditions: ['机动车行驶证灭失、丢失或者损毁'],
    statutory: 1, promised: 0, visits: 0, fee: [vehicleLicenceFee], expressDelivery: true,
    materials: [application, M.idCard()],
    result: ['机动车行驶证', 'certificate'], form: vehicleFields,
  }),
  item(8, {
    name: '核发机动车检验合格标志', nameEn: 'Issuance of the vehicle inspection mark', type: 'QR', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [LAW, LAW_RULES, '《公安部 市场监管总局关于深化机动车检验制度改革优化车检服务工作的意见》'],
    conditions: ['机动车在检验有效期内经安全技术检验合格，或6年以内非营运小微型客车免检', '交通违法和交通事故已处理完毕'],
    statutory: 1, promised: 0, visits: 0, kiosk: true,
    materials: [insurance, mat('机动车安全技术检验报告', 'Safety inspection report', { source: 'shared', required: false, primary: false })],
    result: ['机动车检验合格标志（电子）', 'certificate'], form: vehicleFields,
  }),
  item(9, {
    name: '核发临时行驶车号牌', nameEn: 'Issuance of temporary number plates', type: 'QR', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [LAW, VEH],
    conditions: ['未销售或购买、调拨的机动车需要临时上道路行驶'],
    statutory: 1, promised: 0, fee: [tempPlateFee], kiosk: true,
    materials: [application, M.idCard(), mat('机动车来历证明', 'Proof of origin', { source: 'shared' }), insurance],
    result: ['临时行驶车号牌', 'certificate'], form: [F.vin],
  }),
  item(10, {
    name: '机动车驾驶证初次申领', nameEn: 'First application for a driving licence', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics, legalBasis: [LAW, LAW_RULES, DRV],
    conditions: ['符合申请年龄、身体条件要求', '通过科目一至科目四考试'],
    statutory: natural(5, '考试合格后5日内核发'), promised: 0, visits: 2, onlineDepth: 3, fee: [drivingLicenceFee],
    steps: [
      { name: '受理', nameEn: 'Acceptance', role: 'window' },
      { name: '考试', nameEn: 'Examinations', role: 'review' },
      { name: '审核', nameEn: 'Check and decision', role: 'approve' },
      { name: '核发驾驶证', nameEn: 'Issue of the licence', role: 'issue' },
    ],
    materials: [form('机动车驾驶证申请表', 'Driving licence application'), M.idCard(), mat('医疗机构出具的有关身体条件的证明', 'Medical certificate', { source: 'shared', acceptanceStandard: '医疗机构体检信息联网共享' }), M.photo({ kind: 'electronic' })],
    result: ['机动车驾驶证', 'licence'], form: [licenceClass],
  }),
  item(11, {
    name: '机动车驾驶证有效期满换证', nameEn: 'Renewal of an expiring driving licence', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics, legalBasis: [LAW, DRV],
    conditions: ['驾驶证有效期满前90日内申请'],
    statutory: 1, promised: 0, visits: 0, fee: [drivingLicenceFee], expressDelivery: true, kiosk: true,
    materials: [M.idCard(), mat('医疗机构出具的有关身体条件的证明', 'Medical certificate', { source: 'shared' }), M.photo({ kind: 'electronic' })],
    result: ['机动车驾驶证', 'licence'], form: [text('licenceNo', '驾驶证档案编号', 'Licence file number')],
  }),
  item(12, {
    name: '机动车驾驶证遗失补证', nameEn: 'Replacement of a lost driving licence', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics, legalBasis: [LAW, DRV],
    conditions: ['驾驶证遗失，且不在记分周期满分或被扣押、暂扣、吊销期间'],
    statutory: 1, promised: 0, visits: 0, fee: [drivingLicenceFee], expressDelivery: true, kiosk: true,
    materials: [M.idCard()],
    result: ['机动车驾驶证', 'licence'], form: [text('licenceNo', '驾驶证档案编号', 'Licence file number')],
  }),
  item(13, {
    name: '增加准驾车型申领', nameEn: 'Application to add a licence class', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics, legalBasis: [LAW, DRV],
    conditions: ['已取得驾驶证且达到增驾所需驾龄', '最近一个或连续几个记分周期内无满分记录'],
    statutory: natural(5, '考试合格后5日内核发'), promised: 0, visits: 2, onlineDepth: 3, fee: [drivingLicenceFee],
    materials: [form('机动车驾驶证申请表', 'Driving licence application'), M.idCard(), mat('医疗机构出具的有关身体条件的证明', 'Medical certificate', { source: 'shared' })],
    result: ['机动车驾驶证（增驾）', 'licence'], form: [licenceClass],
  }),
  item(14, {
    name: '机动车驾驶证审验', nameEn: 'Periodic verification of a driving licence', type: 'XK', dept: 'public-security',
    audience: ['citizen'], topics, legalBasis: [LAW, DRV],
    conditions: ['大中型客货车驾驶人每个记分周期结束后30日内参加审验'],
    statutory: 1, promised: 0, visits: 0,
    materials: [M.idCard(), mat('道路交通安全法律法规和相关知识学习记录', 'Study record', { source: 'shared' })],
    result: ['审验合格记录', 'other'], form: [text('licenceNo', '驾驶证档案编号', 'Licence file number')],
  }),
  item(15, {
    name: '驾驶人提交身体条件证明', nameEn: 'Submission of a driver’s health certificate', type: 'QT', dept: 'public-security',
    audience: ['citizen'], topics, legalBasis: [DRV],
    conditions: ['年龄在70周岁以上或持有大中型客货车驾驶证的驾驶人按规定提交'],
    statutory: 1, promised: 0, visits: 0,
    materials: [mat('医疗机构出具的有关身体条件的证明', 'Medical certificate', { source: 'shared' })],
    result: ['身体条件证明提交记录', 'other'], form: [text('licenceNo', '驾驶证档案编号', 'Licence file number')],
  }),
  item(16, {
    name: '道路交通安全违法行为处理', nameEn: 'Handling of a road-traffic violation', type: 'CF', dept: 'public-security',
    audience: ['citizen', 'enterprise'], topics, legalBasis: [LAW, LAW_RULES, '《道路交通安全违法行为处理程序规定》'],
    conditions: ['交通技术监控设备记录的违法行为，机动车所有人或驾驶人接受处理'],
    statutory: 1, promised: 0, visits: 0, kiosk: true,
    materials: [mat('机动车驾驶证', 'Driving licence', { source: 'e_license' })],
    result: ['公安交通管理简易程序处罚决定书', 'other'], form: [...vehicleFields, text('recordNo', '违法记录编号', 'Violation record number')],
  }),
];
