import type { AppContext } from '../../context';

/**
 * The database probe behind /healthz (docs/architecture.md, "Isolation"): one `SELECT 1` at start
 * and every PROBE_EVERY_MS after, so a liveness check answers from memory and never waits in line
 * behind database work. The database counts as healthy while a probe succeeded within STALE_AFTER_MS.
 */
const PROBE_EVERY_MS = 5_000;
const STALE_AFTER_MS = 30_000;

export interface DatabaseProbe {
  /** Resolves once the first probe has finished (either way). */
  ready(): Promise<void>;
  healthy(): boolean;
  stop(): void;
}

export function startDatabaseProbe(ctx: AppContext): DatabaseProbe {
  let lastOk = 0;
  let inFlight = false;
  const probe = async () => {
    if (inFlight) return;
    inFlight = true;
    try {
      await ctx.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
      lastOk = Date.now();
    } catch (err) {
      ctx.log.warn({ err }, 'database probe failed');
    } finally {
      inFlight = false;
    }
  };
  const first = probe();
  const timer = setInterval(() => void probe(), PROBE_EVERY_MS);
  timer.unref();
  return {
    ready: () => first,
    healthy: () => Date.now() - lastOk < STALE_AFTER_MS,
    stop: () => clearInterval(timer),
  };
}
