import type { ItemSummary } from '../../../shared/catalog/catalog.wire';

/**
 * Pure helpers of the signed-in person's services at the kiosk (docs/decisions.md D32): which items
 * a hall offers for applying there, a page of them, and the kiosk's own state in its address.
 */

/** What the kiosk keeps in its address while serving someone: the item applied for, its draft and step, a fee being paid. */
export const KIOSK_ADDRESS_STATE = ['apply', 'draft', 'step', 'pay'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The hall's items that the person can apply for here: online, and for their kind of account
 * (citizen or enterprise), as the catalog says; those only for their kind first (a resident sees
 * 身份证 before 公司设立登记, which residents may also file), then in the hall's order.
 */
export function applicableItems(hall: ReadonlyArray<{ code: string }>, catalog: readonly ItemSummary[], audience: 'citizen' | 'enterprise'): ItemSummary[] {
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const items = hall.flatMap((h) => {
    const item = byCode.get(h.code);
    return item && item.online && item.audience.includes(audience) ? [item] : [];
  });
  return items.sort((a, b) => a.audience.length - b.audience.length);
}

/**
 * The items in the order the catalog's search ranked them (`ranked`: its codes, best first), those
 * it did not find left out: the kiosk's filter understands what the portal's search does (身份证丢了
 * → 补领, pinyin, typos). Without a ranking (nothing typed, or the search failed) the typed text
 * filters by name instead.
 */
export function findItems(items: readonly ItemSummary[], typed: string, ranked: readonly string[] | null): ItemSummary[] {
  if (!typed.trim() || !ranked) return filterItems(items, typed);
  const byCode = new Map(items.map((i) => [i.code, i]));
  return ranked.flatMap((code) => byCode.get(code) ?? []);
}

/** Items whose name (Chinese or English) or code contains the typed text, spaces ignored. */
export function filterItems(items: readonly ItemSummary[], typed: string): ItemSummary[] {
  const q = typed.replace(/\s+/g, '').toLowerCase();
  if (!q) return [...items];
  return items.filter((i) => i.name.includes(q) || i.nameEn.replace(/\s+/g, '').toLowerCase().includes(q) || i.code.includes(q));
}

/** Page `page` (from 1, kept within range) of `size` rows, and how many pages there are (at least 1). */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const at = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  return { rows: rows.slice((at - 1) * size, at * size), page: at, pages };
}

/** The kiosk's address without the state of the person it served (the idle wipe and 退出 call it). */
export function withoutKioskState(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of KIOSK_ADDRESS_STATE) next.delete(key);
  return next;
}

/** Where the gateway's cashier sends the payer back: this kiosk's own address, opening the case's fee. */
export function kioskReturnPath(pathname: string, search: string, caseId: string): string {
  const params = withoutKioskState(new URLSearchParams(search));
  params.set('pay', caseId);
  return `${pathname}?${params.toString()}`;
}

/** The case a `?pay=` value names, when it is a case id at all. */
export function payParam(value: string | null): string | null {
  return value && UUID.test(value) ? value : null;
}
