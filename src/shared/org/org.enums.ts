/** The reference lists' closed lists, zod-free for the web bundle. */

/** A region's level: the city, a county-level district (区, 旗, 县), or a development zone with its own code. */
export const REGION_LEVELS = ['city', 'district', 'zone'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const DEPARTMENT_KINDS = ['government', 'party', 'utility', 'other'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
