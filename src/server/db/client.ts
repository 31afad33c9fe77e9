import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquirePgliteLock } from './pglite-lock';
import { PGlitePool } from './pglite-pool';
import type { DB } from './types';

const INT8_OID = 20;
const DATE_OID = 1082;

// Both drivers return the same JS shapes: int8 as number (ids and counts stay below 2^53) and
// `date` as the plain 'YYYY-MM-DD' string (a Date would shift it by the machine's time zone).
pg.types.setTypeParser(INT8_OID, (v) => Number(v));
pg.types.setTypeParser(DATE_OID, (v) => v);

export type DbKind = 'pglite' | 'postgres';

export interface Database {
  kind: DbKind;
  db: Kysely<DB>;
  /** Runs a multi-statement SQL script (migrations); no parameters. */
  execScript(sqlText: string): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (tests start every file from a migrated one). */
  dumpDataDir?(): Promise<Blob>;
  /**
   * The channel name to LISTEN and `pg_notify` on for a logical name: with a schema (each test
   * file's) the schema is part of it, since channels are shared by a whole PostgreSQL database.
   */
  channel(name: string): string;
  /**
   * LISTENs on a channel: `onMessage` gets the payload of every `pg_notify(channel, …)` committed on
   * any node (docs/decisions.md D29). Returns the function that stops listening.
   */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… ; unset = embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; unset = in memory (tests). */
  pgliteDir?: string;
  /** PostgreSQL schema to put first on the search_path (tests give each file its own). */
  schema?: string;
  /** PGlite data-dir dump to start from (tests start from a migrated template). */
  loadDataDir?: Blob;
  poolSize?: number;
  /** PostgreSQL: cancel statements running longer than this (0 or unset = never). */
  statementTimeoutMs?: number;
}

/** Opens PGlite or PostgreSQL behind the same Kysely interface. */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.schema, opts.poolSize ?? 10, opts.statementTimeoutMs ?? 0);
  return openPglite(opts.pgliteDir, opts.loadDataDir);
}

async function openPglite(dir: string | undefined, loadDataDir: Blob | undefined): Promise<Database> {
  const release = dir ? acquirePgliteLock(dir) : () => undefined;
  if (dir) fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lite = await PGlite.create({
    dataDir: dir,
    loadDataDir,
    extensions: { pg_trgm },
    // PostgreSQL's default 128 MB of shared buffers lives in the WebAssembly heap and stays resident
    // once touched; the embedded database serves one node and the OS caches its files anyway, so a
    // quarter of that keeps an idle server under 400 MB (docs/decisions.md, D13).
    postgresqlconf: ['shared_buffers = 32MB'],
    parsers: { [DATE_OID]: (v: string) => v },
  });
  const pool = new PGlitePool(lite);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as never }) });
  return {
    kind: 'pglite',
    db,
    execScript: (sqlText) => pool.withSession(async (p) => void (await p.exec(sqlText))),
    dumpDataDir: () => pool.withSession((p) => p.dumpDataDir('none')),
    channel: (name) => name,
    // PGlite is one session: LISTEN through it (borrowed like any query) hears its own commits.
    listen: async (channel, onMessage) => {
      const stop = await pool.withSession((p) => p.listen(channel, onMessage));
      return () => pool.withSession(() => stop());
    },
    close: async () => {
      await db.destroy();
      release();
    },
  };
}

async function openPostgres(url: string, schema: string | undefined, max: number, statementTimeoutMs: number): Promise<Database> {
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max,
    options: schema ? `-c search_path=${schema},public` : undefined,
    // A runaway query (an unindexed filter over a million rows) is cancelled instead of holding a
    // connection every other request needs; migrations lift it for their own transaction.
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
  });
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const listener = new PgListener(url);
  return {
    kind: 'postgres',
    db,
    execScript: async (sqlText) => void (await pool.query(sqlText)),
    channel: (name) => (schema ? `${name}_${schema}` : name),
    listen: (channel, onMessage) => listener.listen(channel, onMessage),
    close: async () => {
      await listener.close();
      await db.destroy();
    },
  };
}

/**
 * One dedicated connection per process for LISTEN (a pooled connection would be handed to
 * queries), opened on the first listener. When it drops it reconnects after a second and LISTENs
 * again; what was notified meanwhile is lost, so a listener that must not miss a change also
 * re-reads the state now and then (the hall screen does, docs/decisions.md D29).
 */
class PgListener {
  #client: pg.Client | null = null;
  #connecting: Promise<pg.Client> | null = null;
  #handlers = new Map<string, Set<(payload: string) => void>>();
  #closed = false;

  constructor(private readonly url: string) {}

  async listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
    const set = this.#handlers.get(channel) ?? new Set();
    const first = set.size === 0;
    set.add(onMessage);
    this.#handlers.set(channel, set);
    const client = await this.#connect();
    if (first) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    return async () => {
      set.delete(onMessage);
      if (set.size > 0 || this.#client !== client) return;
      this.#handlers.delete(channel);
      await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    const c = this.#client;
    this.#client = null;
    if (c) await c.end().catch(() => undefined);
  }

  #connect(): Promise<pg.Client> {
    if (this.#client) return Promise.resolve(this.#client);
    this.#connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on('notification', (m) => {
        for (const h of this.#handlers.get(m.channel) ?? []) h(m.payload ?? '');
      });
      client.on('error', () => this.#lost(client));
      client.on('end', () => this.#lost(client));
      await client.connect();
      for (const ch of this.#handlers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(ch)}`);
      this.#client = client;
      this.#connecting = null;
      return client;
    })().catch((err: unknown) => {
      this.#connecting = null;
      throw err;
    });
    return this.#connecting;
  }

  #lost(client: pg.Client): void {
    if (this.#client !== client) return;
    this.#client = null;
    if (this.#closed) return;
    const retry = () => {
      if (this.#closed || this.#handlers.size === 0) return;
      this.#connect().catch(() => setTimeout(retry, 1000).unref());
    };
    setTimeout(retry, 1000).unref();
  }
}
