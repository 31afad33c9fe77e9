import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { asItemDefinition, itemDefinitionSchema } from './catalog.definition';
import { diffDefinitions } from './catalog.diff';
import { CATALOG_ERR } from './catalog.errors';
import { itemIndexFields } from './catalog.index';
import { authorizeCatalog } from './catalog.policy';
import { publishDefinition } from './catalog.publish';
import * as repo from './catalog.repository';
import { invalidateSearch } from './catalog.search';
import type { ItemDefinition } from './catalog.types';
import { isBasicCode, validateItem, type ItemProblem, type LimitRules } from './catalog.validate';

/**
 * Export and import of the whole catalog. JSON is the round-trip format (what export.json writes,
 * import reads); xlsx is for people (one sheet each for items, materials, fees and steps). Each
 * exported function authorises its actor first (catalog.policy.ts).
 */
export const EXPORT_FORMAT = 'tongban-catalog' as const;

export interface ExportedItem {
  code: string;
  version: number;
  definition: ItemDefinition;
}

/** Every published item in its current version. */
export async function exportCatalog(db: Kysely<DB>, actor: Actor) {
  authorizeCatalog(actor, 'catalog.export');
  const rows = await repo.findPublishedDefinitions(db);
  return {
    format: EXPORT_FORMAT,
    formatVersion: 1 as const,
    exportedAt: new Date().toISOString(),
    items: rows.map((r): ExportedItem => ({ code: r.code, version: r.version, definition: r.definition })),
  };
}

/** The published catalog as an xlsx workbook. */
export async function exportCatalogXlsx(db: Kysely<DB>, actor: Actor): Promise<Buffer> {
  authorizeCatalog(actor, 'catalog.export');
  const rows = await repo.findPublishedDefinitions(db);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tongban 通办';
  const sheet = (name: string, cols: [string, string, number][]) => {
    const ws = wb.addWorksheet(name);
    ws.columns = cols.map(([key, header, width]) => ({ key, header, width }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    return ws;
  };
  const items = sheet('事项 Items', [
    ['code', '基本编码', 15],
    ['version', '版本', 6],
    ['implCode', '实施编码', 36],
    ['name', '事项名称', 36],
    ['nameEn', 'Name', 40],
    ['type', '类型', 6],
    ['dept', '实施部门', 20],
    ['level', '层级', 8],
    ['audience', '服务对象', 18],
    ['topics', '主题', 20],
    ['statutory', '法定时限', 10],
    ['promised', '承诺时限', 10],
    ['unit', '时限单位', 10],
    ['caseKind', '办件类型', 10],
    ['modes', '办理方式', 30],
    ['depth', '网办深度', 8],
    ['visits', '到现场次数', 8],
    ['charged', '是否收费', 8],
    ['cityWide', '全市通办', 8],
    ['branchHall', '分厅', 14],
    ['result', '办理结果', 24],
    ['phone', '咨询电话', 14],
    ['legalBasis', '设定依据', 60],
    ['conditions', '受理条件', 60],
  ]);
  const materials = sheet('材料 Materials', [
    ['item', '基本编码', 15],
    ['code', '材料编码', 20],
    ['name', '材料名称', 36],
    ['required', '必要', 6],
    ['primary', '主件', 6],
    ['kind', '形式', 10],
    ['source', '来源渠道', 12],
    ['copies', '份数', 6],
    ['blank', '空白表', 8],
    ['sample', '样表', 6],
    ['standard', '受理标准', 60],
  ]);
  const fees = sheet('收费 Fees', [
    ['item', '基本编码', 15],
    ['name', '收费项目', 30],
    ['standard', '收费标准', 24],
    ['amount', '金额（元）', 10],
    ['basis', '收费依据', 60],
    ['waiver', '减免', 40],
  ]);
  const steps = sheet('流程 Steps', [
    ['item', '基本编码', 15],
    ['n', '序号', 6],
    ['name', '环节', 20],
    ['role', '岗位', 10],
  ]);
  for (const { code, version, definition: d } of rows) {
    items.addRow({
      code,
      version,
      implCode: d.implCode,
      name: d.name,
      nameEn: d.nameEn,
      type: d.type,
      dept: d.departmentCode,
      level: d.level,
      audience: d.audience.join(','),
      topics: d.topics.join(','),
      statutory: d.statutoryLimit.value,
      promised: d.promisedLimit.value,
      unit: d.promisedLimit.unit,
      caseKind: d.caseKind,
      modes: d.modes.join(','),
      depth: d.onlineDepth,
      visits: d.visits,
      charged: d.fee.charged ? '是' : '否',
      cityWide: d.cityWide ? '是' : '否',
      branchHall: d.branchHall ?? '',
      result: d.resultName,
      phone: d.consultationPhone,
      legalBasis: d.legalBasis.join('；'),
      conditions: d.conditions.join('；'),
    });
    for (const m of d.materials) {
      materials.addRow({
        item: code,
        code: m.code,
        name: m.name,
        required: m.required ? '是' : '否',
        primary: m.primary ? '是' : '否',
        kind: m.kind,
        source: m.source,
        copies: m.copies,
        blank: m.hasBlankForm ? '有' : '',
        sample: m.hasSample ? '有' : '',
        standard: m.acceptanceStandard,
      });
    }
    for (const f of d.fee.items ?? [])
      fees.addRow({ item: code, name: f.name, standard: f.standard, amount: f.amountYuan, basis: f.basis, waiver: f.waiver ?? '' });
    d.steps.forEach((s, i) => steps.addRow({ item: code, n: i + 1, name: s.name, role: s.role }));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface ImportItemError {
  index: number;
  code: string;
  problems: ItemProblem[];
}

export interface ImportResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/** Checks every item of an import; returns each item's problems (none at all: it may be imported). */
async function checkImport(db: Kysely<DB>, items: readonly { code: string; definition: unknown }[], limits: LimitRules) {
  const departments = new Set((await repo.findDepartments(db)).keys());
  const seen = new Map<string, number>();
  const errors: ImportItemError[] = [];
  const valid: { code: string; definition: ItemDefinition }[] = [];
  items.forEach((it, index) => {
    const problems: ItemProblem[] = [];
    if (!isBasicCode(it.code))
      problems.push({ path: 'code', rule: 'basic_code_format', zh: `基本编码“${it.code}”须为12位数字`, en: `The basic code “${it.code}” must be 12 digits` });
    if (seen.has(it.code)) {
      problems.push({
        path: 'code',
        rule: 'code_unique_in_import',
        zh: `编码 ${it.code} 与第 ${seen.get(it.code)! + 1} 项重复`,
        en: `The code ${it.code} repeats item ${seen.get(it.code)! + 1}`,
      });
    } else seen.set(it.code, index);
    const parsed = itemDefinitionSchema.safeParse(it.definition);
    if (!parsed.success) {
      problems.push(
        ...parsed.error.issues.map((i) => ({ path: i.path.join('.'), rule: 'shape', zh: `格式不符：${i.message}`, en: `Wrong shape: ${i.message}` })),
      );
    } else {
      problems.push(...validateItem(it.code, parsed.data, { departments, ...limits }).filter((p) => p.rule !== 'basic_code_format'));
    }
    if (problems.length) errors.push({ index, code: it.code, problems });
    else if (parsed.success) valid.push({ code: it.code, definition: asItemDefinition(parsed.data) });
  });
  return { errors, valid };
}

/**
 * Imports items all-or-nothing: every item is checked first and IMPORT_INVALID (422) lists each
 * invalid one with all its problems. Then, in one transaction, new codes become published version
 * 1, changed items get a new published version (replacing an open draft), identical ones are left.
 */
export async function importCatalog(
  db: Kysely<DB>,
  actor: Actor,
  items: readonly { code: string; definition: unknown }[],
  limits: LimitRules,
): Promise<ImportResult> {
  authorizeCatalog(actor, 'catalog.import');
  const { errors, valid } = await checkImport(db, items, limits);
  if (errors.length) throw new AppError(CATALOG_ERR.IMPORT_INVALID, { count: errors.length }, errors);
  const result: ImportResult = { created: [], updated: [], unchanged: [] };
  const by = { id: actor.id, name: actor.displayName };
  await db.transaction().execute(async (trx) => {
    const departments = await repo.findDepartments(trx);
    for (const { code, definition } of valid) {
      const state = await repo.findItemState(trx, code, true);
      if (!state) {
        const dep = departments.get(definition.departmentCode)!;
        await repo.insertDraftItem(trx, code, definition, itemIndexFields(definition, dep), by);
        await publishDefinition(trx, actor, code, 1, definition, 'import');
        result.created.push(code);
        continue;
      }
      const current = state.currentVersion ? await repo.findVersion(trx, code, state.currentVersion) : undefined;
      if (current && diffDefinitions(current.definition, definition).length === 0) {
        result.unchanged.push(code);
        continue;
      }
      const draft = await repo.findVersion(trx, code, 'draft');
      const version = draft?.version ?? state.latestVersion + 1;
      if (draft) await repo.updateDraft(trx, code, draft.revision, definition, by);
      else await repo.insertDraftVersion(trx, code, version, definition, by);
      await publishDefinition(trx, actor, code, version, definition, 'import');
      result.updated.push(code);
    }
  });
  invalidateSearch(db);
  return result;
}
