import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { asItemDefinition, itemDefinitionSchema, type ItemDefinitionInput } from './catalog.definition';
import { diffDefinitions, type FieldChange } from './catalog.diff';
import { CATALOG_ERR } from './catalog.errors';
import { itemIndexFields } from './catalog.index';
import { authorizeCatalog } from './catalog.policy';
import * as repo from './catalog.repository';
import { invalidateSearch } from './catalog.search';
import type { ItemDefinition } from './catalog.types';
import { departmentProblems, validateItem, type ItemProblem, type LimitRules } from './catalog.validate';

/**
 * The admin's life cycle of an item: create a draft, edit it (optimistic revision check), validate,
 * publish it as a new version (the previous one is kept as superseded). Every step is an event on
 * the item's chain `item:<code>`. Each exported step authorises its actor first (catalog.policy.ts).
 */

/** The hash chain that records an item's history. */
export function itemChain(code: string): string {
  return `item:${code}`;
}

function author(actor: Actor): repo.Author {
  return { id: actor.id, name: actor.displayName };
}

async function record(trx: Transaction<DB>, actor: Actor, code: string, action: string, data: Record<string, unknown>): Promise<void> {
  await appendEvent(trx, {
    chain: itemChain(code),
    action,
    actorId: actor.id,
    actorName: actor.displayName,
    subjectType: 'item',
    subjectId: code,
    regionCode: actor.regionCode,
    data,
  });
}

async function departmentNames(db: repo.Executor, code: string): Promise<{ zh: string; en: string }> {
  const d = (await repo.findDepartments(db)).get(code);
  return { zh: d?.zh ?? code, en: d?.en ?? code };
}

/** Every broken rule of a definition: shape (for stored drafts) and the catalog rules. */
export async function checkDefinition(db: repo.Executor, code: string, definition: unknown, limits: LimitRules): Promise<ItemProblem[]> {
  const parsed = itemDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({ path: i.path.join('.'), rule: 'shape', zh: `格式不符：${i.message}`, en: `Wrong shape: ${i.message}` }));
  }
  const departments = new Set((await repo.findDepartments(db)).keys());
  return validateItem(code, parsed.data, { departments, ...limits });
}

/** A draft as the admin sees it. */
export type DraftView = repo.VersionRow;

/** Items in any state with their open drafts (the admin's list). */
export async function listAdminItems(
  db: Kysely<DB>,
  actor: Actor,
  f: Parameters<typeof repo.findAdminItems>[1],
): Promise<{ rows: repo.AdminItemRow[]; total: number }> {
  authorizeCatalog(actor, 'item.read_drafts');
  return repo.findAdminItems(db, f);
}

/** Creates a new item whose first version is a draft. */
export async function createItem(trx: Transaction<DB>, actor: Actor, code: string, definition: ItemDefinitionInput): Promise<DraftView> {
  authorizeCatalog(actor, 'item.edit');
  if (await repo.findItemState(trx, code)) throw new AppError(CATALOG_ERR.ITEM_EXISTS, { code });
  const d = asItemDefinition(definition);
  const departments = await repo.findDepartments(trx);
  if (!departments.has(d.departmentCode)) {
    throw new AppError(CATALOG_ERR.ITEM_INVALID, { count: 1 }, departmentProblems(definition, new Set(departments.keys())));
  }
  await repo.insertDraftItem(trx, code, d, itemIndexFields(d, await departmentNames(trx, d.departmentCode)), author(actor));
  await record(trx, actor, code, 'item.created', { version: 1, name: d.name });
  return (await repo.findVersion(trx, code, 'draft'))!;
}

/** Starts a new draft version from the current published one. */
export async function startDraft(db: Kysely<DB>, actor: Actor, code: string): Promise<DraftView> {
  authorizeCatalog(actor, 'item.edit');
  return db.transaction().execute(async (trx) => {
    const state = await repo.findItemState(trx, code, true);
    if (!state) throw new AppError(CATALOG_ERR.ITEM_NOT_FOUND, { code });
    const existing = await repo.findVersion(trx, code, 'draft');
    if (existing) throw new AppError(CATALOG_ERR.DRAFT_EXISTS, { code, version: existing.version });
    const published = (await repo.findVersion(trx, code, 'published'))!;
    const version = state.latestVersion + 1;
    await repo.insertDraftVersion(trx, code, version, published.definition, author(actor));
    await record(trx, actor, code, 'item.draft_started', { version, from: published.version });
    return (await repo.findVersion(trx, code, 'draft'))!;
  });
}

async function lockedDraft(trx: Transaction<DB>, code: string) {
  const state = await repo.findItemState(trx, code, true);
  if (!state) throw new AppError(CATALOG_ERR.ITEM_NOT_FOUND, { code });
  const draft = await repo.findVersion(trx, code, 'draft');
  if (!draft) throw new AppError(CATALOG_ERR.DRAFT_NOT_FOUND, { code });
  return { state, draft };
}

function checkRevision(draft: repo.VersionRow, given: number | undefined): void {
  if (given !== undefined && given !== draft.revision) throw new AppError(CATALOG_ERR.DRAFT_STALE, { current: draft.revision, given });
}

/** Replaces the draft's definition; DRAFT_STALE (409) when someone saved it since `revision`. */
export async function updateDraft(db: Kysely<DB>, actor: Actor, code: string, revision: number, definition: ItemDefinitionInput): Promise<DraftView> {
  authorizeCatalog(actor, 'item.edit');
  return db.transaction().execute(async (trx) => {
    const { state, draft } = await lockedDraft(trx, code);
    checkRevision(draft, revision);
    const d = asItemDefinition(definition);
    if (!(await repo.updateDraft(trx, code, revision, d, author(actor))))
      throw new AppError(CATALOG_ERR.DRAFT_STALE, { current: draft.revision, given: revision });
    if (state.status === 'draft') await repo.refreshDraftSummary(trx, code, d, itemIndexFields(d, await departmentNames(trx, d.departmentCode)));
    await record(trx, actor, code, 'item.draft_updated', { version: draft.version, revision: revision + 1 });
    return (await repo.findVersion(trx, code, 'draft'))!;
  });
}

/** Throws away the draft of an item that has a published version. */
export async function discardDraft(db: Kysely<DB>, actor: Actor, code: string): Promise<void> {
  authorizeCatalog(actor, 'item.edit');
  await db.transaction().execute(async (trx) => {
    const { state, draft } = await lockedDraft(trx, code);
    if (state.currentVersion === null) throw new AppError(CATALOG_ERR.FIRST_DRAFT_KEPT, { code });
    await repo.deleteDraft(trx, code, draft.version, state.currentVersion);
    await record(trx, actor, code, 'item.draft_discarded', { version: draft.version });
  });
}

/** The draft's broken rules (an empty list: it may be published). */
export async function validateDraft(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
  limits: LimitRules,
): Promise<{ version: number; revision: number; problems: ItemProblem[] }> {
  authorizeCatalog(actor, 'item.read_drafts');
  const draft = await repo.findVersion(db, code, 'draft');
  if (!draft) throw new AppError((await repo.findItemState(db, code)) ? CATALOG_ERR.DRAFT_NOT_FOUND : CATALOG_ERR.ITEM_NOT_FOUND, { code });
  return { version: draft.version, revision: draft.revision, problems: await checkDefinition(db, code, draft.definition, limits) };
}

/**
 * Publishes the draft as the item's current version. ITEM_INVALID (422) lists every broken rule;
 * DRAFT_STALE (409) when `revision` is given and the draft changed since.
 */
export async function publishDraft(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
  limits: LimitRules,
  opts: { revision?: number; note?: string | null } = {},
): Promise<repo.VersionRow> {
  authorizeCatalog(actor, 'item.publish');
  const published = await db.transaction().execute(async (trx) => {
    const { draft } = await lockedDraft(trx, code);
    checkRevision(draft, opts.revision);
    const problems = await checkDefinition(trx, code, draft.definition, limits);
    if (problems.length) throw new AppError(CATALOG_ERR.ITEM_INVALID, { count: problems.length }, problems);
    await publishDefinition(trx, actor, code, draft.version, draft.definition, opts.note ?? null);
    return (await repo.findVersion(trx, code, draft.version))!;
  });
  invalidateSearch(db);
  return published;
}

/**
 * Makes `version` (already stored as a draft) the published one, and records it. A step of
 * publishDraft and importCatalog, which have authorised the actor.
 */
export async function publishDefinition(
  trx: Transaction<DB>,
  actor: Actor,
  code: string,
  version: number,
  d: ItemDefinition,
  note: string | null,
): Promise<void> {
  const fields = itemIndexFields(d, await departmentNames(trx, d.departmentCode));
  await repo.publishVersion(trx, code, version, d, fields, author(actor), note, new Date());
  await record(trx, actor, code, 'item.published', { version, note });
}

/** The drafts and versions of an item, newest first (admin). */
export async function listVersions(db: Kysely<DB>, actor: Actor, code: string): Promise<repo.VersionRow[]> {
  authorizeCatalog(actor, 'item.read_drafts');
  const versions = await repo.findVersions(db, code);
  if (versions.length === 0) throw new AppError(CATALOG_ERR.ITEM_NOT_FOUND, { code });
  return versions;
}

/** One version of an item including drafts (admin). */
export async function getAnyVersion(db: Kysely<DB>, actor: Actor, code: string, which: number | 'draft' | 'published'): Promise<repo.VersionRow> {
  authorizeCatalog(actor, 'item.read_drafts');
  return findAnyVersion(db, code, which);
}

/** Field-level differences between two versions of an item (admin). */
export async function diffVersions(
  db: Kysely<DB>,
  actor: Actor,
  code: string,
  from: number,
  to: number,
): Promise<{ code: string; from: number; to: number; changes: FieldChange[] }> {
  authorizeCatalog(actor, 'item.read_drafts');
  const [a, b] = await Promise.all([findAnyVersion(db, code, from), findAnyVersion(db, code, to)]);
  return { code, from: a.version, to: b.version, changes: diffDefinitions(a.definition, b.definition) };
}

async function findAnyVersion(db: Kysely<DB>, code: string, which: number | 'draft' | 'published'): Promise<repo.VersionRow> {
  const v = await repo.findVersion(db, code, which);
  if (!v) {
    if (which === 'draft') throw new AppError(CATALOG_ERR.DRAFT_NOT_FOUND, { code });
    throw new AppError(CATALOG_ERR.ITEM_VERSION_NOT_FOUND, { code, version: String(which) });
  }
  return v;
}
