import type { Config } from './config';
import type { AppContext } from './context';
import { migrate } from './db/migrate';
import { DEMO_SEEDERS, registerJobs, ROUTES } from './modules';
import { WEB_DIST } from './paths';
import { buildApp } from './platform/http/app';
import type { App } from './platform/http/types';
import { createContext, createLogger, openConfiguredDatabase } from './runtime';
import { runSeed } from './seed/seed';

export interface RunningServer {
  app: App;
  ctx: AppContext;
  url: string;
  close(): Promise<void>;
}

/** Composition root: config → db → migrate → seed → modules → listen. */
export async function startServer(config: Config, opts: { webDir?: string } = {}): Promise<RunningServer> {
  const log = createLogger(config);
  const started = Date.now();
  const database = await openConfiguredDatabase(config);
  const applied = await migrate(database);
  if (applied.length) log.info({ applied }, 'migrations applied');
  const ctx = createContext(config, database, log);
  if (config.clockStart) log.warn({ clockStart: config.clockStart.toISOString() }, 'training clock: "now" is not the system time');
  await runSeed(ctx, { demo: config.demo, demoSeeders: DEMO_SEEDERS });
  await registerJobs(ctx);
  const app = await buildApp({ ctx, routes: ROUTES, webDir: opts.webDir ?? WEB_DIST, log });
  const url = await app.listen({ port: config.port, host: config.host });
  if (config.jobs) ctx.jobs.start();
  log.info({ url, db: database.kind, demo: config.demo, ms: Date.now() - started }, 'Tongban is ready / 通办已启动');

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await app.close();
      await ctx.jobs.stop();
      await database.close();
    })());
  return { app, ctx, url, close };
}
