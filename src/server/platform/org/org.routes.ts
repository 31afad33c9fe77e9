import { z } from 'zod';
import type { AppContext } from '../../context';
import type { App } from '../http/types';
import { findDepartments, findRegions } from './org.repository';

/** Public reference lists: regions and departments (for forms and filters). */
export function orgRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/regions', {
    schema: {
      tags: ['org'],
      summary: "Baotou's regions (GB/T 2260 codes; 150271 is the Rare Earth Hi-Tech Zone's own code)",
      response: { 200: z.object({ items: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), level: z.string(), parentCode: z.string().nullable() })) }) },
    },
    handler: async () => ({
      items: (await findRegions(ctx.db)).map((r) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en, level: r.level, parentCode: r.parent_code })),
    }),
  });
  app.get('/api/v1/departments', {
    schema: {
      tags: ['org'],
      summary: 'Departments',
      response: { 200: z.object({ items: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), kind: z.string(), regionCode: z.string() })) }) },
    },
    handler: async () => ({
      items: (await findDepartments(ctx.db)).map((d) => ({ code: d.code, nameZh: d.name_zh, nameEn: d.name_en, kind: d.kind, regionCode: d.region_code })),
    }),
  });
}
