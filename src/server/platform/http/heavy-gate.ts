import type { AppContext } from '../../context';
import { AppError, ERR } from '../errors';
import type { App } from './types';

/**
 * Isolation of interactive work from heavy reads (docs/architecture.md, "Isolation"). Routes that
 * can scan many rows — work-queue lists, reports, exports — declare `config: { heavy: true }`; at
 * most `heavyConcurrency` of them run at once per node, the rest wait in arrival order, and one
 * that waited `heavyWaitMs` is answered 503 BUSY with Retry-After. Everything else (sign-in,
 * transitions, a case page, /healthz) never queues behind them: on PostgreSQL the heavy ones hold
 * at most that many of the pool's connections, on PGlite they cannot monopolise its one session.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A read that may scan many rows: runs through the heavy-request gate. */
    heavy?: boolean;
  }
  interface FastifyRequest {
    heavySlot: boolean;
  }
}

export interface Gate {
  /** Resolves when a slot is free; false when the wait timed out. */
  acquire(): Promise<boolean>;
  release(): void;
  readonly running: number;
  readonly waiting: number;
}

export function createGate(limit: number, waitMs: number): Gate {
  let running = 0;
  const queue: Array<(ok: boolean) => void> = [];
  return {
    acquire() {
      if (running < limit) {
        running++;
        return Promise.resolve(true);
      }
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          const i = queue.indexOf(wake);
          if (i >= 0) queue.splice(i, 1);
          resolve(false);
        }, waitMs);
        const wake = (ok: boolean) => {
          clearTimeout(timer);
          resolve(ok);
        };
        queue.push(wake);
      });
    },
    release() {
      const next = queue.shift();
      if (next) next(true);
      else running--;
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}

/** How many heavy reads a node runs at once: configured, or 2 on PGlite and a third of the pool on PostgreSQL. */
export function heavyConcurrency(ctx: AppContext): number {
  if (ctx.config.heavyConcurrency) return ctx.config.heavyConcurrency;
  return ctx.database.kind === 'pglite' ? 2 : Math.max(2, Math.floor(ctx.config.dbPoolSize / 3));
}

export function registerHeavyGate(app: App, ctx: AppContext): Gate {
  const gate = createGate(heavyConcurrency(ctx), ctx.config.heavyWaitMs);
  app.decorateRequest('heavySlot', false);
  app.addHook('preHandler', async (req, reply) => {
    if (!req.routeOptions.config?.heavy) return;
    if (!(await gate.acquire())) {
      throw new AppError(ERR.BUSY, {}, { retryAfterSeconds: Math.max(1, Math.ceil(ctx.config.heavyWaitMs / 1000)) });
    }
    req.heavySlot = true;
    // The slot goes back when the response closes — sent, failed, or its client gone — exactly once.
    // (Fastify's onResponse does not run for a request whose client hung up while it waited here,
    // and a load generator stopping mid-run once left every slot taken for good.)
    const release = () => {
      if (!req.heavySlot) return;
      req.heavySlot = false;
      gate.release();
    };
    if (reply.raw.destroyed || reply.raw.writableFinished) {
      release();
      throw new AppError(ERR.BUSY, {}, { retryAfterSeconds: 1 });
    }
    reply.raw.once('close', release);
  });
  return gate;
}
