import type { WireOf } from '../wire';
import type { lightCountsSchema, lightStatsSchema } from './board.schemas';

/** The live board's answer as the browser receives it (see wire.ts). */
export type LightStats = WireOf<typeof lightStatsSchema>;
export type LightCounts = WireOf<typeof lightCountsSchema>;
export type LightStatsRow = LightStats['rows'][number];
