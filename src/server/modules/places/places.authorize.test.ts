import type { Kysely, Transaction } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../db/types';
import type { Actor } from '../../platform/auth/roles';
import type { ItemDirectory } from './places.items';
import { createPlace, setPlaceItems, updatePlace } from './places.service';

// The places services authorise every caller, not only the HTTP routes: a forbidden actor is
// turned away before the database or the catalog is asked (docs/architecture.md, adding a module, step 4).
const untouchable = new Proxy(
  {},
  {
    get: () => {
      throw new Error('touched before authorisation');
    },
  },
);
const db = untouchable as Kysely<DB> & Transaction<DB>;
const items = untouchable as ItemDirectory;
const clerk: Actor = {
  id: 'u-clerk',
  username: 'clerk',
  displayName: 'Clerk',
  roles: ['window_clerk'],
  departmentCode: 'market-regulation',
  regionCode: '150202',
};

describe('places admin services', () => {
  it.each([
    ['createPlace', () => createPlace(db, items, clerk, { code: 'P-TEST', items: [] } as never)],
    ['updatePlace', () => updatePlace(db, clerk, 'P-TEST', 1, {} as never)],
    ['setPlaceItems', () => setPlaceItems(db, items, clerk, 'P-TEST', 1, [])],
  ])('%s turns a non-admin away with FORBIDDEN', async (_name, call) => {
    await expect(call()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
