import { z } from 'zod';
import { BOARD_CUTS } from './board.enums';
import { CASE_LIGHTS } from './cases.enums';

/** The electronic-supervision live board (电子监察, docs/domain.md S8): open cases by light per cut. */

export const lightStatsQuery = z.strictObject({
  by: z.enum(BOARD_CUTS).meta({ description: 'The cut: holding department, region, item, or the window clerk who accepted the case' }),
});
export type LightStatsQuery = z.infer<typeof lightStatsQuery>;

const count = z.number().int().min(0);
const counts = {
  ...(Object.fromEntries(CASE_LIGHTS.map((l) => [l, count])) as Record<(typeof CASE_LIGHTS)[number], typeof count>),
  /** Of those, the cases whose clock is paused (补正, special procedure): their light stands still. */
  paused: count,
  total: count,
};
export const lightCountsSchema = z.object(counts);

export const lightStatsSchema = z.object({
  by: z.enum(BOARD_CUTS),
  /** The region the figures cover; null: the whole city. */
  regionCode: z.string().nullable(),
  /** When the figures were read. */
  at: z.date(),
  /** Every open case once (a case held by two departments counts once here, once in each department's row). */
  total: lightCountsSchema,
  /** One row per key, most red and overdue first, then most yellow. */
  rows: z.array(
    z.object({
      /** Department or region code, item code, or the accepting clerk's user id; null: no clerk recorded. */
      key: z.string().nullable(),
      nameZh: z.string(),
      nameEn: z.string(),
      ...counts,
    }),
  ),
});
