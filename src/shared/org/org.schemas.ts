import { z } from 'zod';
import { DEPARTMENT_KINDS, REGION_LEVELS } from './org.enums';

/**
 * The public reference lists: regions and departments (`GET /api/v1/regions`,
 * `GET /api/v1/departments`).
 */

export { DEPARTMENT_KINDS, REGION_LEVELS, type DepartmentKind, type RegionLevel } from './org.enums';

export const regionSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  level: z.enum(REGION_LEVELS),
  parentCode: z.string().nullable(),
});
export const regionsResponse = z.object({ items: z.array(regionSchema) });

export const departmentSchema = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), kind: z.enum(DEPARTMENT_KINDS), regionCode: z.string() });
export const departmentsResponse = z.object({ items: z.array(departmentSchema) });
