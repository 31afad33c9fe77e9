import type { PGlite } from '@electric-sql/pglite';

type QueryResult = { command?: string; rowCount?: number; rows: unknown[] };

/** The slice of pg's PoolClient that Kysely's PostgresDriver uses. */
export interface PoolClientLike {
  query(sql: string, params: readonly unknown[]): Promise<QueryResult>;
  release(): void;
}

/**
 * PGlite is one database session. Kysely's PostgresDialect wants a pool; this one hands the single
 * session to one borrower at a time (FIFO), so a transaction's statements never interleave with
 * another request's. Anything else that touches PGlite directly (migrations, scripts) must borrow
 * through `withSession` too.
 */
export class PGlitePool {
  #busy = false;
  #waiters: Array<() => void> = [];

  constructor(private readonly pg: PGlite) {}

  /** Waits for the session and returns a client; call release() exactly once. */
  async connect(): Promise<PoolClientLike> {
    await this.#acquire();
    let released = false;
    return {
      query: async (sql, params) => {
        const r = await this.pg.query(sql, params as unknown[]);
        return { command: r.command, rowCount: r.rowCount ?? r.affectedRows ?? 0, rows: r.rows };
      },
      release: () => {
        if (released) return;
        released = true;
        this.#release();
      },
    };
  }

  /** Runs fn with exclusive use of the PGlite session. */
  async withSession<T>(fn: (pg: PGlite) => Promise<T>): Promise<T> {
    await this.#acquire();
    try {
      return await fn(this.pg);
    } finally {
      this.#release();
    }
  }

  async end(): Promise<void> {
    await this.withSession(() => this.pg.close());
  }

  #acquire(): Promise<void> {
    if (!this.#busy) {
      this.#busy = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #release(): void {
    const next = this.#waiters.shift();
    // Hand over on the next turn of the event loop, not in a microtask: a queue of borrowers
    // would otherwise run back to back and starve everything that needs no database (/healthz,
    // timers, sockets) for as long as the queue lasts (docs/architecture.md, "Isolation").
    if (next) setImmediate(next);
    else this.#busy = false;
  }
}
