import type { ListName as SharedListName } from '../../../shared/catalog/catalog.enums';
import type { ListName } from './catalog.lists';

// Shared with the web app (src/shared/README.md).
export * from '../../../shared/catalog/catalog.schemas';

// The list route's enum is the shared one; the list module's own names must stay the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ListsMatchShared = Assert<Same<ListName, SharedListName>>;
