import type { Kysely, Transaction } from 'kysely';
import type { DB } from './types';

/** What a repository function runs on: the database, or the transaction its caller opened. */
export type Executor = Kysely<DB> | Transaction<DB>;
