import { defineErrors } from '../../platform/errors';

/** Error codes of the places module. */
export const PLACES_ERR = defineErrors({
  PLACE_NOT_FOUND: { kind: 'not_found', zh: '服务场所 {code} 不存在', en: 'Service place {code} does not exist' },
  PLACE_EXISTS: { kind: 'conflict', zh: '服务场所编码 {code} 已存在', en: 'A service place with code {code} already exists' },
  PLACE_STALE: {
    kind: 'conflict',
    zh: '服务场所已被他人修改（当前版本 {current}，您提交的是 {given}），请刷新后重试',
    en: 'The place was changed by someone else (current version {current}, yours {given}); reload and try again',
  },
  BAD_COORDINATES: {
    kind: 'bad_input',
    zh: '位置“{value}”无效：请用“纬度,经度”，纬度在 -90 至 90 之间，经度在 -180 至 180 之间，如 40.65,109.84',
    en: 'The location “{value}” is invalid: use "LAT,LNG" with latitude -90…90 and longitude -180…180, e.g. 40.65,109.84',
  },
  UNKNOWN_REGION: { kind: 'bad_input', zh: '行政区划 {code} 不存在', en: 'There is no region {code}' },
  PLACE_INVALID: { kind: 'rule', zh: '服务场所有 {count} 处不符合要求', en: 'The place breaks {count} rule(s)' },
  UNKNOWN_ITEMS: { kind: 'rule', zh: '{count} 个事项编码不存在：{codes}', en: '{count} item code(s) do not exist: {codes}' },
});
