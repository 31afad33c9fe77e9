import { defineErrors } from '../../platform/errors';

/** Error codes of the cases module. */
export const CASE_ERR = defineErrors({
  CASE_NOT_FOUND: { kind: 'not_found', zh: '办件不存在', en: 'No such case' },
  INVALID_TRANSITION: { kind: 'rule', zh: '办件当前状态为“{status}”，不能执行“{action}”', en: 'The case is “{statusEn}”; “{actionEn}” is not possible now' },
  MATERIALS_INCOMPLETE: {
    kind: 'rule',
    zh: '还缺 {count} 项必要材料，不能直接受理（可容缺受理或要求补正）',
    en: '{count} required material(s) are missing; accept with deficiency or request a correction instead',
  },
  PRIMARY_MATERIALS_MISSING: {
    kind: 'rule',
    zh: '缺少 {count} 项主件材料，不能容缺受理',
    en: '{count} main material(s) (主件) are missing; 容缺 acceptance needs every main material',
  },
  NOTHING_MISSING: { kind: 'rule', zh: '材料齐全，无需容缺受理，请直接受理', en: 'Nothing is missing; accept the case normally' },
  NOT_SECONDARY_MATERIAL: {
    kind: 'rule',
    zh: '材料 {material} 不是辅件，不能容缺',
    en: 'Material {material} is not a secondary material and cannot be owed under 容缺',
  },
  DEFICIENCY_OUTSTANDING: {
    kind: 'rule',
    zh: '容缺材料尚未补齐，暂不能作出决定',
    en: 'Materials owed under 容缺 are still missing; no decision can be made yet',
  },
  MATERIAL_NOT_OWED: { kind: 'rule', zh: '提交的材料都不在待补交清单中', en: 'None of these materials is among those owed' },
  NO_DEFICIENCY: { kind: 'rule', zh: '该办件没有待补交的容缺材料', en: 'This case owes no materials' },
  NOT_INSTANT: { kind: 'rule', zh: '只有即办件可以在受理后当场办结', en: 'Only instant items (即办件) can be completed right after acceptance' },
  LANE_ALREADY_DONE: { kind: 'conflict', zh: '本部门已处理过该环节', en: 'Your department has already done this step' },
  LANE_NOT_REVIEWED: { kind: 'rule', zh: '本部门尚未审查，不能作出决定', en: 'Your department has not reviewed the case yet' },
  PAYMENT_OUTSTANDING: {
    kind: 'rule',
    zh: '缴款单 {orderNo} 尚有 {amount} 元未缴纳，缴费或减免后方可出件',
    en: 'Payment order {orderNo} still has CNY {amount} to pay; the result can be issued once it is paid or waived',
  },
  BAD_CURSOR: {
    kind: 'bad_input',
    zh: '翻页位置无效或已过期，请从第一页重新查看',
    en: 'The page cursor is invalid; start again from the first page',
  },
  MATERIAL_UNKNOWN: { kind: 'bad_input', zh: '事项没有材料 {material}', en: 'The item has no material {material}' },
  FILE_NOT_USABLE: { kind: 'bad_input', zh: '文件 {fileId} 不存在或不属于您', en: 'File {fileId} does not exist or is not yours' },
  DELIVERY_NOT_OFFERED: {
    kind: 'rule',
    zh: '本事项不提供“{mode}”的领取方式',
    en: 'This item does not offer “{modeEn}” as a way to receive the result',
  },
  FORM_INVALID: { kind: 'bad_input', zh: '申请表有 {count} 处需要修改', en: 'The application form has {count} problem(s)' },
  APPLICANT_REQUIRED: { kind: 'bad_input', zh: '窗口代录须填写申请人信息', en: 'A window clerk must give the applicant' },
  APPLICANT_NOT_ALLOWED: { kind: 'bad_input', zh: '申请人为当前登录用户，不能另行指定', en: 'The applicant is the signed-in user and cannot be given' },
  APPLICANT_ID_MISSING: {
    kind: 'rule',
    zh: '您的账号没有登记证件号码，请先完善实名信息',
    en: 'Your account has no identity number; complete your real-name details first',
  },
  ITEM_NOT_FOR_APPLICANT: { kind: 'rule', zh: '该事项不面向{audience}办理', en: 'This item is not available to {audienceEn} applicants' },
  ITEM_NOT_ONLINE: { kind: 'rule', zh: '该事项暂不支持网上申请，请到窗口办理', en: 'This item cannot be applied for online; please apply at a window' },
  DEPARTMENT_UNKNOWN: { kind: 'bad_input', zh: '部门 {department} 不存在', en: 'No department {department}' },
  SPECIAL_PROCEDURE_UNKNOWN: { kind: 'bad_input', zh: '该事项没有特别程序“{procedure}”', en: 'The item has no special procedure “{procedure}”' },
  TRACKING_NO_REQUIRED: { kind: 'bad_input', zh: '邮寄送达须填写快递单号', en: 'Express delivery needs a tracking number' },
  NOT_A_LICENCE: {
    kind: 'rule',
    zh: '该事项的办理结果“{result}”不是证照或证明，不能以电子证照出件',
    en: 'The result “{result}” is not a licence or certificate; it cannot be issued as an e-licence',
  },
  LICENCES_UNAVAILABLE: {
    kind: 'unavailable',
    zh: '电子证照服务暂不可用，请改用窗口领取或邮寄',
    en: 'E-licences are unavailable; deliver at the window or by express',
  },
  PROGRESS_NOT_FOUND: {
    kind: 'not_found',
    zh: '未查到办件，请核对办件编号和证件号码后四位',
    en: 'No case found; check the case number and the last four characters of the ID',
  },
});
