/**
 * The closed lists of the data-sharing exchange (共享交换, docs/domain.md S16) that the server and
 * the web app both use. They import nothing, so the web app uses them without bundling zod.
 */

/** 无条件共享 (any department with a registered purpose), 有条件共享 (the owner approves), 不予共享 (never). */
export const SHARING_TYPES = ['unconditional', 'conditional', 'none'] as const;
export type SharingType = (typeof SHARING_TYPES)[number];

/** How often the owner department refreshes a resource (更新频率). */
export const UPDATE_FREQUENCIES = ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type UpdateFrequency = (typeof UPDATE_FREQUENCIES)[number];

/** What a resource's rows are keyed by: a resident ID (GB 11643) or a unified social credit code (GB 32100). */
export const KEY_KINDS = ['resident_id', 'uscc'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

/** A data need (需求清单): pending until the owner department approves or refuses it. */
export const NEED_STATUSES = ['pending', 'approved', 'refused'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_ACTIONS = ['approve', 'refuse'] as const;
export type NeedAction = (typeof NEED_ACTIONS)[number];

/** Needs and grants seen from the caller's department: those it filed (consumer) or received (owner). */
export const EXCHANGE_DIRECTIONS = ['filed', 'received'] as const;
export type ExchangeDirection = (typeof EXCHANGE_DIRECTIONS)[number];

/** A grant is active within its validity period, expired after it, revoked once the owner withdraws it. */
export const GRANT_STATUSES = ['active', 'expired', 'revoked'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/** What a logged query came to: data returned, refused, or allowed but no row for the key. */
export const QUERY_RESULTS = ['allowed', 'refused', 'no_record'] as const;
export type QueryResult = (typeof QUERY_RESULTS)[number];
