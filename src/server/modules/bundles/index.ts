/**
 * The bundles module's only door ("一件事一次办", docs/decisions.md D24): the composition root
 * imports from here, never from the module's files (docs/architecture.md, module layout).
 */
export { bundlesRoutes } from './bundles.routes';
export { registerBundlesJobs } from './bundles.jobs';
export { bundlesDemoSeeder } from './bundles.demo';
export { onMemberChange as bundleMemberObserver } from './bundles.observer';
export { bundlesReportSource } from './bundles.report';
