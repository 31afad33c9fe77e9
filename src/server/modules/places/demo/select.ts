/**
 * Evaluation of a place's item selector, so the seeder (and the tests) can turn rules into the
 * concrete list of items a place handles.
 */
import type { ItemSelector, SelectableItem, SelectorRule } from './types';

const anyOf = <T>(wanted: readonly T[] | undefined, have: readonly T[]): boolean =>
  wanted === undefined || wanted.some((w) => have.includes(w));

/** True when the item satisfies every field the rule sets. */
export function matchesRule(item: SelectableItem, rule: SelectorRule): boolean {
  return (
    anyOf(rule.departmentCodes, [item.departmentCode]) &&
    // Callers that do not know the item type (older seeders) get the rule without its type filter.
    (item.type === undefined || anyOf(rule.types, [item.type])) &&
    anyOf(rule.basicCodes, [item.basicCode]) &&
    anyOf(rule.branchHalls, item.branchHall ? [item.branchHall] : []) &&
    anyOf(rule.levels, [item.level]) &&
    (rule.cityWide === undefined || rule.cityWide === item.cityWide) &&
    anyOf(rule.modes, item.modes) &&
    anyOf(rule.topics, item.topics) &&
    anyOf(rule.audience, item.audience) &&
    (rule.maxVisits === undefined || item.visits <= rule.maxVisits)
  );
}

/** True when the selector takes the item: some include rule matches and no exclude rule does. */
export function selectorHandles(selector: ItemSelector, item: SelectableItem): boolean {
  return (
    selector.include.some((r) => matchesRule(item, r)) && !(selector.exclude ?? []).some((r) => matchesRule(item, r))
  );
}

/** The items of `items` a selector takes, in their original order. */
export function findItemsForSelector<T extends SelectableItem>(selector: ItemSelector, items: readonly T[]): T[] {
  return items.filter((i) => selectorHandles(selector, i));
}
