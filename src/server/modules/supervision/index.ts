/**
 * The supervision module's only door (跟踪督办, docs/domain.md S25): the composition root and other
 * modules import from here, never from the module's files (docs/architecture.md, module layout).
 */
export { supervisionRoutes } from './supervision.routes';
export { registerSupervisionJobs, supervisionDemoSeeder } from './supervision.jobs';
export { supervisionOrderFigures } from './supervision.figures';
export type { OrderFiguresRow, OrderFiguresBy } from './supervision.schemas';
