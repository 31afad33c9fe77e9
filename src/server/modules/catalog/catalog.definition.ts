import type { ItemDefinition } from './catalog.types';
import type { ItemDefinitionInput } from '../../../shared/catalog/catalog.definition';

// The item schema and the catalog's closed lists are shared with the web app's editor
// (src/shared/README.md); server code keeps importing them from here.
export { AUDIENCES, BRANCH_HALLS, HANDLING_MODES, LIMIT_UNITS } from '../../../shared/catalog/catalog.enums';
export * from '../../../shared/catalog/catalog.definition';

/**
 * A definition that passed the schema and the catalog rules. The department code is then known to
 * exist, which is what `ItemDefinition` promises, hence the cast in one place.
 */
export function asItemDefinition(d: ItemDefinitionInput): ItemDefinition {
  return d as ItemDefinition;
}

// Every definition the demo data or other modules build must fit the schema's type.
type Assignable<T, U extends T> = U;
export type DefinitionFitsSchema = Assignable<ItemDefinitionInput, ItemDefinition>;
