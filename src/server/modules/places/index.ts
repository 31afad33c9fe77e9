/**
 * The places module's only door: other modules and the composition root import from here, never
 * from the module's files (docs/architecture.md, module layout). Places import no other module;
 * what they need of the catalog is the `ItemDirectory` it implements.
 */
export { createPlacesRoutes } from './places.routes';
export type { ItemDirectory, PlaceItem } from './places.items';
export { findItemCodesInRegion, findPlacesOfItem, getPlaceSchedule, type PlaceSchedule, type PlaceView } from './places.service';
export type { WindowRow as PlaceWindow } from './places.repository';
export type { Hours, Weekday, WindowKind } from './places.schemas';
export { seedPlacesDemo } from './places.seed';
export type { SelectableItem } from './demo/types';
