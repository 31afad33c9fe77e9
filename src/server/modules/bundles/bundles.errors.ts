import { defineErrors } from '../../platform/errors';

/** Error codes of the bundles module ("一件事一次办", docs/decisions.md D24). */
export const BUNDLE_ERR = defineErrors({
  BUNDLE_CASE_NOT_FOUND: { kind: 'not_found', zh: '未找到该“一件事”办件', en: 'No such bundle application' },
  BUNDLE_FIELD_UNKNOWN: { kind: 'bad_input', zh: '“一件事”表单没有字段“{field}”', en: 'The bundle form has no field “{field}”' },
  BUNDLE_FORM_INVALID: { kind: 'bad_input', zh: '表单有 {count} 处需要修改，请逐条检查', en: 'The form has {count} problem(s); check each one listed' },
  BUNDLE_MATERIAL_UNKNOWN: {
    kind: 'bad_input',
    zh: '材料“{key}”不在本次申请的材料清单中（可能是按您的回答不需要的事项的材料）',
    en: 'The material “{key}” is not on this application’s list (it may belong to an item your answers left out)',
  },
  BUNDLE_MATERIAL_IN_BUNDLE: {
    kind: 'rule',
    zh: '“{name}”由本事项中的《{producer}》办结后自动获取，无需上传',
    en: '“{name}” comes from “{producerEn}” in this bundle once it is done; do not upload it',
  },
  BUNDLE_NOTHING_TO_ACCEPT: {
    kind: 'rule',
    zh: '没有可受理的事项：{waiting}',
    en: 'Nothing can be accepted now: {waitingEn}',
  },
  BUNDLE_ACTION_NOT_AVAILABLE: {
    kind: 'rule',
    zh: '“一件事”当前状态（{status}）不能{action}',
    en: 'The bundle cannot be {actionEn} while it is {statusEn}',
  },
  BUNDLE_MEMBER_UNKNOWN: { kind: 'bad_input', zh: '事项 {itemCode} 不是本“一件事”的办理事项', en: 'Item {itemCode} is not part of this bundle' },
  BUNDLE_NOT_READY: {
    kind: 'rule',
    zh: '您选择了全部办结后一次性送达，还有 {count} 个事项未办结',
    en: 'You chose to receive every result together; {count} item(s) are not done yet',
  },
});
