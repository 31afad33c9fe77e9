import { z } from 'zod';

/**
 * The public reference lists: regions and departments (`GET /api/v1/regions`,
 * `GET /api/v1/departments`).
 */

export const regionSchema = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), level: z.string(), parentCode: z.string().nullable() });
export const regionsResponse = z.object({ items: z.array(regionSchema) });

export const departmentSchema = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), kind: z.string(), regionCode: z.string() });
export const departmentsResponse = z.object({ items: z.array(departmentSchema) });
