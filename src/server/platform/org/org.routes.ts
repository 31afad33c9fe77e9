import { departmentsResponse, regionsResponse } from '../../../shared/org/org.schemas';
import type { AppContext } from '../../context';
import type { App } from '../http/types';
import { findDepartments, findRegions } from './org.repository';

/** Public reference lists: regions and departments (for forms and filters). */
export function orgRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/regions', {
    schema: {
      tags: ['org'],
      summary: "Baotou's regions (GB/T 2260 codes; 150271 is the Rare Earth Hi-Tech Zone's own code)",
      response: { 200: regionsResponse },
    },
    handler: async () => ({
      items: (await findRegions(ctx.db)).map((r) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en, level: r.level, parentCode: r.parent_code })),
    }),
  });
  app.get('/api/v1/departments', {
    schema: {
      tags: ['org'],
      summary: 'Departments',
      response: { 200: departmentsResponse },
    },
    handler: async () => ({
      items: (await findDepartments(ctx.db)).map((d) => ({ code: d.code, nameZh: d.name_zh, nameEn: d.name_en, kind: d.kind, regionCode: d.region_code })),
    }),
  });
}
