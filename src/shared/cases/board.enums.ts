/** The electronic-supervision live board's closed lists (docs/domain.md S8). */

/** The cuts: holding department, region, item, or the window clerk who accepted the case. */
export const BOARD_CUTS = ['department', 'region', 'item', 'window'] as const;
export type BoardCut = (typeof BOARD_CUTS)[number];

/** Statuses whose time limits run (or are paused): accepted and not yet decided. */
export const BOARD_STATUSES = ['accepted', 'routed', 'reviewed', 'special_procedure', 'correction_requested'] as const;
