import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Lang } from '../../platform/errors';
import type { Actor } from '../../platform/auth/roles';
import type { App } from '../../platform/http/types';
import { findItemCodesInRegion, findPlacesOfItem } from '../places';
import { planBody, planSchema } from '../../../shared/bundles/bundles.schemas';
import { appliesOnline } from '../../../shared/catalog/catalog.enums';
import { getBundle, listBundles, planFor } from './catalog.bundles';
import { generateMaterialForm } from './catalog.documents';
import { buildFlowchart } from './catalog.flowchart';
import { computeOnlineRate, exportListXlsx, findListItems, LIST_NAMES } from './catalog.lists';
import * as s from './catalog.schemas';
import { searchCatalog, suggest, type SearchRow } from './catalog.search';
import { getItemGuide, getPublishedItem, getPublishedMaterial } from './catalog.service';
import { ITEM_TYPE_NAMES } from './catalog.types';

/** Maps a summary row to the API shape, with the department name in the request's language. */
export function toItemSummary(r: SearchRow, lang: Lang): z.infer<typeof s.itemSummary> {
  return {
    code: r.code,
    name: r.nameZh,
    nameEn: r.nameEn,
    departmentCode: r.departmentCode,
    departmentName: lang === 'en-US' ? r.departmentEn : r.departmentZh,
    type: r.type as z.infer<typeof s.itemSummary>['type'],
    modes: r.modes as z.infer<typeof s.itemSummary>['modes'],
    audience: r.audience as z.infer<typeof s.itemSummary>['audience'],
    topics: r.topics,
    online: r.online,
    onlineDepth: r.onlineDepth,
    cityWide: r.cityWide,
    promisedLimit: r.promised,
    statutoryLimit: r.statutory,
    visits: r.visits,
    ...(r.score !== undefined ? { score: r.score } : {}),
    ...(r.highlights ? { highlights: r.highlights } : {}),
  };
}

const TYPE_EN: Record<string, string> = {
  XK: 'Administrative licensing',
  CF: 'Administrative penalty',
  QZ: 'Administrative enforcement',
  ZS: 'Administrative levy',
  GF: 'Administrative payment',
  JC: 'Administrative inspection',
  QR: 'Administrative confirmation',
  JL: 'Administrative award',
  CJ: 'Administrative adjudication',
  QT: 'Other administrative power',
  GG: 'Public service',
};

function contentDisposition(fileName: string, title: string): string {
  return `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(title)}`;
}

/** The audience a signed-in applicant searches as: an enterprise account's, else a citizen's; none for staff. */
function ownAudience(actor: Actor | null): 'citizen' | 'enterprise' | undefined {
  if (actor?.roles.includes('enterprise')) return 'enterprise';
  if (actor?.roles.includes('citizen')) return 'citizen';
  return undefined;
}

/** The public catalog: search, guides, flowcharts, forms, bundles, lists and rates. No sign-in. */
export function catalogRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/items', {
    schema: {
      tags: ['catalog'],
      summary: 'Search or browse the published service items',
      description:
        'Chinese full-text search: the query is cut with jieba, expanded with synonyms (营业执照 → 设立登记 …), ranked by weighted relevance ' +
        '(name > keywords/topics/result > conditions/materials > department/law) with trigram matching for typos and English names. ' +
        'Pinyin and initials are read as the Chinese they spell (shebao, she bao, sb → 社保). A query that finds little gets `suggestion`, the ' +
        'closest known words by pinyin and characters (社宝 → 社保); one that finds nothing gets the suggestion’s items and `correctedFrom`. ' +
        "Items for the caller's audience (`prefer`, or the signed-in citizen or enterprise) rank first at similar relevance. " +
        'Without q: every item that passes the filters, by department and name.',
      querystring: s.searchQuery,
      response: { 200: s.searchResponse },
    },
    handler: async (req) => {
      const { q, region, prefer, verbatim, ...rest } = req.query;
      const codes = region ? await findItemCodesInRegion(ctx.db, region) : undefined;
      const r = await searchCatalog(ctx.db, { ...rest, q, codes, prefer: prefer ?? ownAudience(req.actor), verbatim: verbatim === '1' });
      return {
        items: r.rows.map((row) => toItemSummary(row, req.lang)),
        total: r.total,
        page: rest.page,
        pageSize: rest.pageSize,
        ...(r.expanded ? { expandedQuery: r.expanded } : {}),
        ...(r.suggestion !== undefined ? { suggestion: r.suggestion } : {}),
        ...(r.correctedFrom !== undefined ? { correctedFrom: r.correctedFrom } : {}),
        bundles: r.bundles.map((b) => ({ code: b.code, name: b.nameZh, nameEn: b.nameEn, score: Math.round(b.score * 1000) / 1000 })),
      };
    },
  });

  app.get('/api/v1/items/suggest', {
    schema: {
      tags: ['catalog'],
      summary: 'Up to 8 suggestions (bundles and items) while typing',
      querystring: s.suggestQuery,
      response: { 200: s.suggestResponse },
    },
    handler: async (req) => ({
      suggestions: (await suggest(ctx.db, req.query.q)).map((x) => ({ kind: x.kind, code: x.code, name: x.nameZh, nameEn: x.nameEn })),
    }),
  });

  app.get('/api/v1/items/:code', {
    schema: {
      tags: ['catalog'],
      summary: 'The service guide (办事指南) of an item: every element of its current version, the places that handle it and its bundles',
      params: z.object({ code: s.itemCodeParam }),
      response: { 200: s.guideResponse },
    },
    handler: async (req) => {
      const [g, places] = await Promise.all([getItemGuide(ctx.db, req.params.code), findPlacesOfItem(ctx.db, req.params.code, req.lang)]);
      const en = req.lang === 'en-US';
      const named = (d: { code: string; zh: string; en: string }) => ({ code: d.code, name: en ? d.en : d.zh, nameZh: d.zh, nameEn: d.en });
      const base = `/api/v1/items/${g.item.code}/materials`;
      return {
        item: g.item,
        typeName: en ? TYPE_EN[g.item.type] : ITEM_TYPE_NAMES[g.item.type],
        department: named(g.department),
        jointDepartments: g.jointDepartments.map(named),
        bundles: g.bundles.map((b) => ({ code: b.code, name: b.nameZh, nameEn: b.nameEn })),
        places: places.map((p) => ({
          code: p.code,
          name: p.name,
          kind: p.kind,
          tier: p.tier,
          regionCode: p.regionCode,
          address: p.address,
          phone: p.phone,
          lat: p.lat,
          lng: p.lng,
        })),
        forms: g.item.materials
          .filter((m) => m.hasBlankForm || m.hasSample)
          .map((m) => ({
            materialCode: m.code,
            blankForm: m.hasBlankForm ? `${base}/${m.code}/blank-form` : null,
            sample: m.hasSample ? `${base}/${m.code}/sample` : null,
          })),
        onlineApplication: appliesOnline(g.item),
      };
    },
  });

  app.get('/api/v1/items/:code/flowchart', {
    schema: {
      tags: ['catalog'],
      summary: 'The process of an item as nodes and edges to render',
      params: z.object({ code: s.itemCodeParam }),
      response: { 200: s.flowchartResponse },
    },
    handler: async (req) => {
      const item = await getPublishedItem(ctx.db, req.params.code);
      return { code: item.code, version: item.version, ...buildFlowchart(item) };
    },
  });

  for (const kind of ['blank-form', 'sample'] as const) {
    app.get(`/api/v1/items/:code/materials/:materialCode/${kind}`, {
      schema: {
        tags: ['catalog'],
        summary: kind === 'blank-form' ? 'The blank form (空白表) of a material, as PDF' : 'The filled sample (样表) of a material, as PDF',
        description: 'A4 PDF with an embedded CJK font subset; on a machine without a CJK font, a printable HTML page instead.',
        params: z.object({ code: s.itemCodeParam, materialCode: z.string().regex(/^[0-9A-Za-z_-]{1,40}$/) }),
      },
      handler: async (req, reply) => {
        const { item, material } = await getPublishedMaterial(ctx.db, req.params.code, req.params.materialCode);
        const doc = await generateMaterialForm(item, material, kind === 'blank-form' ? 'blank' : 'sample');
        const ext = doc.fileName.slice(doc.fileName.lastIndexOf('.'));
        return reply
          .type(doc.contentType)
          .header('Content-Disposition', contentDisposition(doc.fileName, `${material.name}${kind === 'sample' ? '（样表）' : ''}${ext}`))
          .send(doc.body);
      },
    });
  }

  app.get('/api/v1/bundles', {
    schema: { tags: ['catalog'], summary: 'The "办成一件事" bundles', response: { 200: z.object({ bundles: z.array(s.bundleSummary) }) } },
    handler: async (req) => ({ bundles: await listBundles(ctx.db, req.lang) }),
  });

  app.get('/api/v1/bundles/:code', {
    schema: {
      tags: ['catalog'],
      summary: 'One bundle with its items',
      params: z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) }),
      response: { 200: s.bundleDetail },
    },
    handler: async (req) => getBundle(ctx.db, req.params.code, req.lang),
  });

  app.post('/api/v1/bundles/:code/plan', {
    schema: {
      tags: ['catalog'],
      summary:
        'The plan for the applicant’s answers: which member items apply and why, the merged form (each field once) and the merged materials (each once, with how it is provided)',
      params: z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) }),
      body: planBody,
      response: { 200: planSchema },
    },
    handler: async (req) => (await planFor(ctx.db, req.params.code, req.body.answers, req.lang)).plan,
  });

  app.get('/api/v1/lists/:list', {
    schema: {
      tags: ['catalog'],
      summary: 'One of the four lists 马上办 / 网上办 / 就近办 / 一次办',
      params: s.listParam,
      querystring: s.listQuery,
      response: { 200: s.listResponse },
    },
    handler: async (req) => {
      const r = await findListItems(ctx.db, req.params.list, req.query);
      const names = LIST_NAMES[req.params.list];
      return {
        list: req.params.list,
        name: req.lang === 'en-US' ? names.en : names.zh,
        items: r.rows.map((x) => toItemSummary(x, req.lang)),
        total: r.total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  });

  app.get('/api/v1/lists/:list/export.xlsx', {
    config: { heavy: true },
    schema: {
      tags: ['catalog'],
      summary: 'A whole list as an Excel workbook',
      params: s.listParam,
      querystring: z.strictObject({ department: s.listQuery.shape.department }),
    },
    handler: async (req, reply) => {
      const body = await exportListXlsx(ctx.db, req.params.list, req.query.department, req.lang);
      const title = `${LIST_NAMES[req.params.list].zh}清单.xlsx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', contentDisposition(`${req.params.list}-list.xlsx`, title))
        .send(body);
    },
  });

  app.get('/api/v1/stats/online-rate', {
    schema: {
      tags: ['catalog'],
      summary: '网上可办率 overall and per department, and the 全市通办 share of 户政/出入境/公积金/房产交易/不动产登记 items',
      response: { 200: s.onlineRateResponse },
    },
    handler: async (req) => {
      const r = await computeOnlineRate(ctx.db);
      const en = req.lang === 'en-US';
      return {
        overall: r.overall,
        departments: r.departments.map((d) => ({
          departmentCode: d.departmentCode,
          departmentName: en ? d.departmentEn : d.departmentZh,
          total: d.total,
          online: d.online,
          onlineRate: d.onlineRate,
          fullyOnline: d.fullyOnline,
          fullyOnlineRate: d.fullyOnlineRate,
        })),
        cityWide: {
          ...r.cityWide,
          categories: r.cityWide.categories.map((c) => ({ key: c.key, name: en ? c.en : c.zh, total: c.total, cityWide: c.cityWide, rate: c.rate })),
        },
      };
    },
  });
}
