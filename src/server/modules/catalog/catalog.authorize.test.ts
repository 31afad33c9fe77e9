import type { Kysely, Transaction } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../db/types';
import type { Actor } from '../../platform/auth/roles';
import {
  createItem,
  diffVersions,
  discardDraft,
  getAnyVersion,
  listAdminItems,
  listVersions,
  publishDraft,
  startDraft,
  updateDraft,
  validateDraft,
} from './catalog.publish';
import { createSynonym, deleteSynonym, listSynonyms, updateSynonym } from './catalog.synonyms';
import { exportCatalog, exportCatalogXlsx, importCatalog } from './catalog.transfer';
import type { LimitRules } from './catalog.validate';

// The admin services authorise every caller, not only the HTTP routes: a forbidden actor is
// turned away before the database is touched (docs/architecture.md, adding a module, step 4).
const untouchable = new Proxy(
  {},
  {
    get: () => {
      throw new Error('the database was touched before authorisation');
    },
  },
) as Kysely<DB> & Transaction<DB>;
const clerk: Actor = {
  id: 'u-clerk',
  username: 'clerk',
  displayName: 'Clerk',
  roles: ['window_clerk'],
  departmentCode: 'market-regulation',
  regionCode: '150202',
};
const limits = {} as LimitRules;
const code = '000101001000';
const synonym = { term: '营业执照', expansions: ['设立登记'] };

describe('catalog admin services', () => {
  it.each([
    ['listAdminItems', () => listAdminItems(untouchable, clerk, { page: 1, pageSize: 20 })],
    ['createItem', () => createItem(untouchable, clerk, code, {} as never)],
    ['startDraft', () => startDraft(untouchable, clerk, code)],
    ['updateDraft', () => updateDraft(untouchable, clerk, code, 1, {} as never)],
    ['discardDraft', () => discardDraft(untouchable, clerk, code)],
    ['validateDraft', () => validateDraft(untouchable, clerk, code, limits)],
    ['publishDraft', () => publishDraft(untouchable, clerk, code, limits)],
    ['listVersions', () => listVersions(untouchable, clerk, code)],
    ['getAnyVersion', () => getAnyVersion(untouchable, clerk, code, 1)],
    ['diffVersions', () => diffVersions(untouchable, clerk, code, 1, 2)],
    ['exportCatalog', () => exportCatalog(untouchable, clerk)],
    ['exportCatalogXlsx', () => exportCatalogXlsx(untouchable, clerk)],
    ['importCatalog', () => importCatalog(untouchable, clerk, [], limits)],
    ['listSynonyms', () => listSynonyms(untouchable, clerk)],
    ['createSynonym', () => createSynonym(untouchable, clerk, synonym)],
    ['updateSynonym', () => updateSynonym(untouchable, clerk, 1, synonym)],
    ['deleteSynonym', () => deleteSynonym(untouchable, clerk, 1)],
  ])('%s turns a non-admin away with FORBIDDEN', async (_name, call) => {
    await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
