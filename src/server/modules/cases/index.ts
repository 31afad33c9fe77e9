/**
 * The cases module's only door: the composition root imports from here, never from the module's
 * files (docs/architecture.md, module layout).
 */
export { casesDemoSeeder } from './cases.demo';
export { registerCasesJobs } from './cases.jobs';
export { casesRoutes } from './cases.routes';
