import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { appendEvent } from '../../platform/audit/events.repository';
import type { Actor } from '../../platform/auth/roles';
import { AppError } from '../../platform/errors';
import { CATALOG_ERR } from './catalog.errors';
import { authorizeCatalog } from './catalog.policy';
import * as repo from './catalog.reference.repository';
import { invalidateSearch } from './catalog.search';
import { normalizeText } from './catalog.tokenize';

/**
 * The admin's search synonyms: a query containing the term also looks for each expansion. Each
 * exported function authorises its actor first (catalog.policy.ts).
 */
const CHAIN = 'catalog:synonyms';

export type Synonym = repo.SynonymRow;

/** Every synonym, by term. */
export async function listSynonyms(db: Kysely<DB>, actor: Actor): Promise<Synonym[]> {
  authorizeCatalog(actor, 'synonym.edit');
  return repo.findSynonyms(db);
}

function clean(input: { term: string; expansions: string[] }) {
  return { term: normalizeText(input.term), expansions: [...new Set(input.expansions.map((e) => e.trim()).filter(Boolean))] };
}

/** Adds a synonym; SYNONYM_EXISTS (409) when the term has one. */
export async function createSynonym(db: Kysely<DB>, actor: Actor, input: { term: string; expansions: string[] }): Promise<Synonym> {
  authorizeCatalog(actor, 'synonym.edit');
  const s = clean(input);
  const id = await db.transaction().execute(async (trx) => {
    const newId = await repo.insertSynonym(trx, s.term, s.expansions, actor.id);
    if (newId === undefined) throw new AppError(CATALOG_ERR.SYNONYM_EXISTS, { term: s.term });
    await appendEvent(trx, {
      chain: CHAIN,
      action: 'synonym.created',
      actorId: actor.id,
      actorName: actor.displayName,
      subjectType: 'synonym',
      subjectId: String(newId),
      data: s,
    });
    return newId;
  });
  invalidateSearch(db);
  return (await repo.findSynonym(db, id))!;
}

/** Replaces a synonym's term and expansions. */
export async function updateSynonym(db: Kysely<DB>, actor: Actor, id: number, input: { term: string; expansions: string[] }): Promise<Synonym> {
  authorizeCatalog(actor, 'synonym.edit');
  const s = clean(input);
  await db.transaction().execute(async (trx) => {
    const clash = (await repo.findSynonyms(trx)).find((x) => x.term === s.term && x.id !== id);
    if (clash) throw new AppError(CATALOG_ERR.SYNONYM_EXISTS, { term: s.term });
    if (!(await repo.updateSynonym(trx, id, s.term, s.expansions, actor.id))) throw new AppError(CATALOG_ERR.SYNONYM_NOT_FOUND, { id });
    await appendEvent(trx, {
      chain: CHAIN,
      action: 'synonym.updated',
      actorId: actor.id,
      actorName: actor.displayName,
      subjectType: 'synonym',
      subjectId: String(id),
      data: s,
    });
  });
  invalidateSearch(db);
  return (await repo.findSynonym(db, id))!;
}

/** Deletes a synonym. */
export async function deleteSynonym(db: Kysely<DB>, actor: Actor, id: number): Promise<void> {
  authorizeCatalog(actor, 'synonym.edit');
  await db.transaction().execute(async (trx) => {
    if (!(await repo.deleteSynonym(trx, id))) throw new AppError(CATALOG_ERR.SYNONYM_NOT_FOUND, { id });
    await appendEvent(trx, {
      chain: CHAIN,
      action: 'synonym.deleted',
      actorId: actor.id,
      actorName: actor.displayName,
      subjectType: 'synonym',
      subjectId: String(id),
      data: {},
    });
  });
  invalidateSearch(db);
}
