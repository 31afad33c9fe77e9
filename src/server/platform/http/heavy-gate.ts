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
  const release = (req: { heavySlot: boolean }) => {
    if (!req.heavySlot) return;
    req.heavySlot = false;
    gate.release();
  };
  app.addHook('preHandler', async (req, reply) => {
    if (!req.routeOptions.config?.heavy) return;
    if (!(await gate.acquire())) {
      throw new AppError(ERR.BUSY, {}, { retryAfterSeconds: Math.max(1, Math.ceil(ctx.config.heavyWaitMs / 1000)) });
    }
    req.heavySlot = true;
    // Its client hung up while it waited: nobody will read the answer, so the work is not done.
    if (reply.raw.destroyed) throw new AppError(ERR.BUSY, {}, { retryAfterSeconds: 1 });
  });
  // The slot covers the database work and goes back once the answer (or error) is ready, sent or
  // not: Fastify runs onSend even when the client has gone, but not onResponse, and a load
  // generator stopping mid-run once left every slot taken for good.
  app.addHook('onSend', async (req) => release(req));
  // Closing waits for the heavy reads in flight, whose clients may have gone, before the database closes.
  app.addHook('onClose', async () => {
    const deadline = Date.now() + 10_000;
    while (gate.running > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  });
  return gate;
}
