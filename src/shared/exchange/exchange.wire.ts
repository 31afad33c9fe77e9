import type { z } from 'zod';
import type { WireOf } from '../wire';
import type {
  createNeedBody,
  exchangeQueryBody,
  exchangeQueryResultSchema,
  grantListSchema,
  grantSchema,
  needActionBody,
  needListSchema,
  needSchema,
  resourceListSchema,
  resourceSchema,
  usageListSchema,
} from './exchange.schemas';

/** The exchange API's answers as the browser receives them (see wire.ts). */

export type ResourceWire = WireOf<typeof resourceSchema>;
export type ResourceListWire = WireOf<typeof resourceListSchema>;
export type NeedWire = WireOf<typeof needSchema>;
export type NeedListWire = WireOf<typeof needListSchema>;
export type GrantWire = WireOf<typeof grantSchema>;
export type GrantListWire = WireOf<typeof grantListSchema>;
export type UsageListWire = WireOf<typeof usageListSchema>;
export type ExchangeQueryResultWire = WireOf<typeof exchangeQueryResultSchema>;
export type CreateNeedRequest = z.input<typeof createNeedBody>;
export type NeedActionRequest = z.input<typeof needActionBody>;
export type ExchangeQueryRequest = z.input<typeof exchangeQueryBody>;
