/**
 * The catalog module's only door: other modules and the composition root import from here, never
 * from the module's files (docs/architecture.md, module layout).
 */
export { catalogAdminRoutes } from './catalog.admin.routes';
export { catalogRoutes } from './catalog.routes';
export { getCachedVersion, getItemVersion, getPublishedItem, placesItemDirectory, seedCatalogDemo } from './catalog.service';
export { computeOnlineRate } from './catalog.lists';
export { findPublishedItems } from './catalog.simulate';
export type { FormField, InstantRule, ItemDefinition, PublishedItem, TimeLimit } from './catalog.types';
export { loadBundle, planFor, type LoadedBundle } from './catalog.bundles';
export type { Answers, BundlePlan, MergedField, MergedMaterial } from './catalog.bundle-plan';
export { departmentCache as departmentNames } from './catalog.search';
