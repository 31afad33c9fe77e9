/**
 * Demo items of the 公积金 branch hall: deposits, withdrawals and loans. Housing-fund items are
 * 全市通办, so every district hall accepts them.
 */
import { F, M, aux, form, itemFactory, mat, select, text, workdays } from './build';
import type { DemoItem } from './types';

const item = itemFactory(203, { branchHall: 'housing_fund', cityWide: true, kiosk: true, level: 'city' });

const HPF = '《住房公积金管理条例》';
const WITHDRAW_STD = '《住房公积金提取业务标准》（GB/T 51267）';
const LOAN_STD = '《住房公积金个人住房贷款业务规范》（GB/T 51292）';

const topics: DemoItem['topics'] = ['公积金', '住房'];
const withdrawLimit = workdays(3, '管理中心自受理之日起3日内作出准予提取或不准提取的决定');

/** 公积金 items. */
export const housingFundItems: DemoItem[] = [
  item(1, {
    name: '住房公积金单位缴存登记', nameEn: 'Employer registration for housing-fund deposits', type: 'GG', dept: 'housing-fund',
    audience: ['enterprise'], topics: ['企业开办', '公积金'], legalBasis: [HPF],
    conditions: ['单位自设立之日起30日内办理', '企业开办“一表申报”的登记信息同步推送'],
    statutory: 5, promised: 0,
    materials: [M.businessLicence(), form('住房公积金单位登记表', 'Employer registration form', { kind: 'electronic' })],
    result: ['住房公积金单位账号', 'filing'], form: [select('rate', '缴存比例', 'Deposit rate', [['5', '5%', '5%'], ['8', '8%', '8%'], ['12', '12%', '12%']])],
  }),
  item(2, {
    name: '住房公积金单位信息变更登记', nameEn: 'Change of employer housing-fund information', type: 'GG', dept: 'housing-fund',
    audience: ['enterprise'], topics: ['企业变更', '公积金'], legalBasis: [HPF],
    conditions: ['单位名称、地址、法定代表人等信息发生变更之日起30日内办理'],
    statutory: 5, promised: 0,
    materials: [form('单位信息变更登记表', 'Employer change form', { kind: 'electronic' }), M.businessLicence()],
    result: ['变更登记结果', 'filing'], form: [text('changeItem', '变更事项', 'Changed item')],
  }),
  item(3, {
    name: '住房公积金个人账户设立', nameEn: 'Opening of a personal housing-fund account', type: 'GG', dept: 'housing-fund',
    audience: ['enterprise', 'citizen'], topics, legalBasis: [HPF],
    conditions: ['单位录用职工之日起30日内为职工办理'],
    statutory: 5, promised: 0,
    materials: [form('职工个人账户设立清册', 'Employee account list', { kind: 'electronic' })],
    result: ['住房公积金个人账号', 'filing'], form: [F.idNumber, text('baseWage', '缴存基数（元）', 'Deposit base (CNY)')],
  }),
  item(4, {
    name: '灵活就业人员住房公积金缴存登记', nameEn: 'Housing-fund enrolment of flexible workers', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics: ['公积金', '就业创业'], legalBasis: [HPF, '《住房和城乡建设部关于灵活就业人员参加住房公积金制度试点的意见》'],
    conditions: ['年满16周岁未达到法定退休年龄、具有完全民事行为能力的灵活就业人员', '自愿缴存并签订缴存协议'],
    statutory: 5, promised: 0,
    materials: [M.idCard(), form('灵活就业人员缴存协议', 'Deposit agreement', { kind: 'electronic' }), M.bankCard()],
    result: ['住房公积金个人账号', 'filing'], form: [text('monthly', '月缴存额（元）', 'Monthly deposit (CNY)')],
  }),
  item(5, {
    name: '住房公积金个人账户转移接续', nameEn: 'Transfer of a personal housing-fund account', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics, legalBasis: [HPF],
    conditions: ['职工在新就业地已建立个人账户并连续缴存', '原账户已封存'],
    statutory: 15, promised: 3,
    materials: [M.idCard()],
    result: ['转移接续结果', 'other'], form: [text('fromCentre', '转出公积金中心', 'Transferring centre'), F.fundAccount],
  }),
  item(6, {
    name: '住房公积金补缴', nameEn: 'Supplementary housing-fund deposit', type: 'GG', dept: 'housing-fund',
    audience: ['enterprise'], topics, legalBasis: [HPF],
    conditions: ['单位因漏缴、少缴或调整缴存基数需补缴职工住房公积金'],
    statutory: 5, promised: 0,
    materials: [form('住房公积金补缴清册', 'Supplementary deposit list', { kind: 'electronic' }), aux('补缴原因说明', 'Reason for supplementary deposit')],
    result: ['补缴入账结果', 'other'], form: [text('months', '补缴月份', 'Months'), text('amount', '补缴金额（元）', 'Amount (CNY)')],
  }),
  item(7, {
    name: '住房公积金缴存证明开具', nameEn: 'Certificate of housing-fund deposits', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics: ['公积金', '证明开具'], legalBasis: [HPF],
    conditions: ['本人申请'],
    statutory: 1, promised: 0,
    materials: [M.idCard()],
    result: ['住房公积金缴存证明', 'certificate'], form: [F.fundAccount],
  }),
  item(8, {
    name: '购买自住住房提取住房公积金', nameEn: 'Withdrawal of the housing fund to buy a home', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics, legalBasis: [HPF, WITHDRAW_STD],
    conditions: ['购买、建造、翻建、大修自住住房', '购房行为发生之日起2年内申请'],
    statutory: withdrawLimit, promised: 0,
    materials: [M.idCard(), mat('购房合同及购房发票或不动产权证书', 'Purchase contract, invoice or title certificate', { source: 'shared', acceptanceStandard: '本市房产通过网签备案和不动产登记信息共享核验' }), M.bankCard(), aux('配偶身份证件和结婚证（提取配偶公积金的）', 'Spouse’s ID and marriage certificate', { required: false })],
    result: ['提取款项到账', 'other'], form: [F.fundAccount, F.propertyNumber, text('amount', '提取金额（元）', 'Amount (CNY)')],
  }),
  item(9, {
    name: '偿还住房贷款本息提取住房公积金', nameEn: 'Withdrawal of the housing fund to repay a mortgage', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics, legalBasis: [HPF, WITHDRAW_STD],
    conditions: ['偿还自住住房贷款本息', '贷款未结清或结清后2年内'],
    statutory: withdrawLimit, promised: 0,
    materials: [M.idCard(), mat('借款合同', 'Loan contract', { source: 'shared' }), mat('银行出具的还款明细', 'Repayment statement'), M.bankCard()],
    result: ['提取款项到账', 'other'], form: [F.fundAccount, text('loanNo', '贷款合同编号', 'Loan contract number'), select('mode', '提取方式', 'Mode', [['once', '一次性提取', 'Once'], ['monthly', '按月委托提取', 'Monthly standing order']])],
  }),
  item(10, {
    name: '租赁住房提取住房公积金', nameEn: 'Withdrawal of the housing fund to pay rent', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics, legalBasis: [HPF, '《住房城乡建设部 财政部 中国人民银行关于放宽提取住房公积金支付房租条件的通知》（建金〔2015〕19号）', WITHDRAW_STD],
    conditions: ['职工及配偶在缴存地无自有住房且租赁住房', '连续足额缴存住房公积金满3个月'],
    statutory: withdrawLimit, promised: 0,
    materials: [M.idCard(), M.commitment('无房租赁承诺书', 'No-home rental statement'), M.bankCard()],
    result: ['提取款项到账', 'other'], form: [F.fundAccount, F.address],
  }),
  item(11, {
    name: '离休、退休提取住房公积金', nameEn: 'Withdrawal of the housing fund on retirement', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics: ['公积金', '退休'], legalBasis: [HPF, WITHDRAW_STD],
    conditions: ['职工已办理离休、退休手续'],
    statutory: withdrawLimit, promised: 0,
    materials: [M.idCard(), mat('离退休证明', 'Retirement proof', { source: 'shared', acceptanceStandard: '通过人社退休信息共享核验' }), M.bankCard()],
    result: ['销户提取款项到账', 'other'], form: [F.fundAccount],
  }),
  item(12, {
    name: '住房公积金个人住房贷款申请', nameEn: 'Housing-fund mortgage application', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics, legalBasis: [HPF, LOAN_STD],
    conditions: ['连续足额缴存住房公积金满6个月', '购买、建造、翻建、大修自住住房', '具有稳定的经济收入和偿还贷款本息的能力，个人信用良好'],
    statutory: workdays(15, '管理中心自受理之日起15日内作出准予贷款或不准贷款的决定'), promised: 5,
    extraSteps: [['贷款审批', 'Loan approval']], jointDepartments: ['natural-resources'],
    materials: [form('住房公积金个人住房贷款申请表', 'Mortgage application'), M.idCard(), M.marriageCertificate({ required: false, primary: false }), mat('购房合同', 'Purchase contract', { source: 'shared' }), mat('首付款证明', 'Down-payment proof'), aux('收入证明', 'Income proof')],
    result: ['住房公积金个人住房借款合同', 'other'], form: [F.fundAccount, text('amount', '贷款金额（万元）', 'Loan amount (10k CNY)'), select('term', '贷款期限（年）', 'Term (years)', [['10', '10', '10'], ['20', '20', '20'], ['30', '30', '30']])],
  }),
  item(13, {
    name: '住房公积金贷款提前还款', nameEn: 'Early repayment of a housing-fund mortgage', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics, legalBasis: [HPF, LOAN_STD],
    conditions: ['借款人按期还款满规定期限，无逾期'],
    statutory: 3, promised: 0,
    materials: [M.idCard()],
    result: ['提前还款回执', 'other'], form: [text('loanNo', '贷款合同编号', 'Loan contract number'), select('kind', '还款方式', 'Repayment', [['part', '部分提前还款', 'Partial'], ['full', '全部结清', 'Full']])],
  }),
  item(14, {
    name: '住房公积金贷款结清证明开具', nameEn: 'Certificate of a settled housing-fund mortgage', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics: ['公积金', '证明开具'], legalBasis: [HPF, LOAN_STD],
    conditions: ['贷款本息已全部结清'],
    statutory: 3, promised: 0,
    materials: [M.idCard()],
    result: ['住房公积金贷款结清证明', 'certificate'], form: [text('loanNo', '贷款合同编号', 'Loan contract number')],
  }),
  item(15, {
    name: '异地贷款职工住房公积金缴存使用证明开具', nameEn: 'Deposit and use certificate for a mortgage in another city', type: 'GG', dept: 'housing-fund',
    audience: ['citizen'], topics: ['公积金', '证明开具'], legalBasis: [HPF, '《住房城乡建设部 财政部 中国人民银行关于发展住房公积金个人住房贷款业务的通知》（建金〔2014〕148号）'],
    conditions: ['在本市缴存、到异地购房申请住房公积金贷款'],
    statutory: 3, promised: 0,
    materials: [M.idCard()],
    result: ['异地贷款职工住房公积金缴存使用证明', 'certificate'], form: [F.fundAccount, text('loanCity', '贷款城市', 'Loan city')],
  }),
];
