import type { AppContext } from '../../context';

/**
 * The 12345 hotline module's only door: the composition root and the CLI import from here, never
 * from the module's files (docs/architecture.md, module layout).
 */
export { registerHotlineJobs } from './hotline.jobs';
export { hotlineRoutes } from './hotline.routes';
export { hotlineDemoSeeder } from './hotline.seed';
export { hotlineReportSource } from './reports/reports.source';
export { findTicketFacts, type TicketFacts } from './tickets/tickets.facts';

/**
 * `tongban hotline retrain|evaluate` (see hotline.cli.ts). Loaded on demand: the evaluation sets
 * it brings are large and the server never needs them.
 */
export async function runHotlineCommand(ctx: AppContext, sub: string | undefined): Promise<string | null> {
  const { runHotlineCommand: run } = await import('./hotline.cli');
  return run(ctx, sub);
}
