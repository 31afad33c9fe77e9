import { defineErrors } from '../../platform/errors';

/** Error codes of the catalog module (items, versions, search, bundles, lists). */
export const CATALOG_ERR = defineErrors({
  ITEM_NOT_FOUND: { kind: 'not_found', zh: '事项 {code} 不存在或尚未发布', en: 'Service item {code} does not exist or is not published' },
  ITEM_VERSION_NOT_FOUND: { kind: 'not_found', zh: '事项 {code} 没有第 {version} 版', en: 'Service item {code} has no version {version}' },
  ITEM_EXISTS: { kind: 'conflict', zh: '事项编码 {code} 已存在', en: 'An item with code {code} already exists' },
  DRAFT_NOT_FOUND: { kind: 'not_found', zh: '事项 {code} 没有草稿', en: 'Service item {code} has no draft' },
  DRAFT_EXISTS: {
    kind: 'conflict',
    zh: '事项 {code} 已有草稿（第 {version} 版），请先编辑或放弃该草稿',
    en: 'Service item {code} already has a draft (version {version}); edit or discard it first',
  },
  DRAFT_STALE: {
    kind: 'conflict',
    zh: '草稿已被他人修改（当前修订号 {current}，您提交的是 {given}），请刷新后重试',
    en: 'The draft was changed by someone else (current revision {current}, yours {given}); reload and try again',
  },
  FIRST_DRAFT_KEPT: {
    kind: 'conflict',
    zh: '事项 {code} 尚未发布过，首版草稿不能放弃，可继续修改',
    en: 'Item {code} has never been published; its first draft cannot be discarded, only edited',
  },
  ITEM_INVALID: { kind: 'rule', zh: '事项有 {count} 处不符合要求，请逐条修改', en: 'The item breaks {count} rule(s); fix each one listed' },
  IMPORT_INVALID: {
    kind: 'rule',
    zh: '导入文件中有 {count} 个事项不符合要求，未导入任何事项',
    en: '{count} item(s) in the import are invalid; nothing was imported',
  },
  MATERIAL_NOT_FOUND: { kind: 'not_found', zh: '事项 {code} 没有材料 {material}', en: 'Service item {code} has no material {material}' },
  MATERIAL_HAS_NO_FORM: { kind: 'not_found', zh: '材料“{name}”没有{what}', en: 'The material “{name}” has no {whatEn}' },
  BUNDLE_NOT_FOUND: { kind: 'not_found', zh: '“一件事”套餐 {code} 不存在', en: 'Bundle {code} does not exist' },
  BUNDLE_ANSWERS_INVALID: {
    kind: 'bad_input',
    zh: '有 {count} 个问题未回答或回答不符合要求，请逐条检查',
    en: '{count} question(s) are unanswered or answered wrongly; check each one listed',
  },
  BUNDLE_NO_ITEMS: {
    kind: 'rule',
    zh: '按您的回答，“{name}”中没有需要办理的事项，请检查回答',
    en: 'By your answers, “{name}” has no item to apply for; check your answers',
  },
  BUNDLE_DEFINITION_INVALID: { kind: 'rule', zh: '“一件事”定义有 {count} 处不符合要求', en: 'The bundle definition breaks {count} rule(s)' },
  SYNONYM_NOT_FOUND: { kind: 'not_found', zh: '同义词 {id} 不存在', en: 'Synonym {id} does not exist' },
  SYNONYM_EXISTS: { kind: 'conflict', zh: '同义词“{term}”已存在', en: 'The synonym “{term}” already exists' },
  UNKNOWN_FILTER_VALUE: { kind: 'bad_input', zh: '筛选条件 {name} 的值“{value}”不存在', en: 'The filter {name} has no value “{value}”' },
  QUERY_TOO_LONG: {
    kind: 'bad_input',
    zh: '搜索内容过长（最多 {max} 个字），请精简后再搜',
    en: 'The search text is too long (at most {max} characters); shorten it',
  },
});
