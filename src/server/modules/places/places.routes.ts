import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { withIdempotency } from '../../platform/http/idempotency';
import { requireActor } from '../../platform/http/session-hooks';
import type { App, RoutesPlugin } from '../../platform/http/types';
import { invalidatePlaces } from './places.cache';
import type { ItemDirectory } from './places.items';
import { authorizePlaceEdit } from './places.policy';
import * as s from './places.schemas';
import { createPlace, getPlace, searchPlaces, setPlaceItems, updatePlace, type PlaceView } from './places.service';

function summary(p: PlaceView): z.infer<typeof s.placeSummary> {
  return {
    code: p.code,
    name: p.name,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    kind: p.kind,
    tier: p.tier,
    branchHall: p.branchHall,
    regionCode: p.regionCode,
    regionName: p.regionName,
    address: p.address,
    lat: p.lat,
    lng: p.lng,
    phone: p.phone,
    ...(p.distanceMetres !== undefined ? { distanceMetres: p.distanceMetres } : {}),
  };
}

const codeParams = z.object({ code: s.placeCodeParam });

/**
 * Asks the places rule (places.policy.ts) before the body is validated, so that an anonymous caller
 * gets 401 and a forbidden one 403, not field errors. The services authorise again, whoever calls.
 */
async function guard(req: FastifyRequest): Promise<void> {
  authorizePlaceEdit(requireActor(req));
}
const security = [{ session: [] }];

/**
 * The "1+N+X" places: public search and detail, and the admin's upkeep. `items` is the catalog's
 * side of places (places.items.ts), wired in by the composition root.
 */
export function createPlacesRoutes(items: ItemDirectory): RoutesPlugin {
  return (app, ctx) => placesRoutes(app, ctx, items);
}

function placesRoutes(app: App, ctx: AppContext, items: ItemDirectory): void {
  app.get('/api/v1/places', {
    schema: {
      tags: ['places'],
      summary: 'Service places, optionally those that handle an item, nearest first from a location ("where can I do this near me?")',
      querystring: s.placesQuery,
      response: { 200: s.placesResponse },
    },
    handler: async (req) => {
      const r = await searchPlaces(ctx.db, items, req.query, req.lang);
      return { places: r.places.map(summary), total: r.total, page: req.query.page, pageSize: req.query.pageSize };
    },
  });

  app.get('/api/v1/places/:code', {
    schema: {
      tags: ['places'],
      summary: 'One place: address, coordinates, hours (with off-hours and holiday sessions), phone, windows, items handled',
      params: codeParams,
      response: { 200: s.placeDetail },
    },
    handler: async (req) => {
      const p = await getPlace(ctx.db, items, req.params.code, req.lang);
      return {
        ...summary(p),
        addressZh: p.addressZh,
        addressEn: p.addressEn,
        parentCode: p.parentCode,
        hours: p.hours,
        active: p.active,
        version: p.version,
        windows: p.windows,
        items: p.items,
      };
    },
  });

  app.post('/api/v1/admin/places', {
    preValidation: guard,
    schema: {
      tags: ['places-admin'],
      security,
      summary: 'Create a place with its windows and the items it handles (accepts Idempotency-Key)',
      body: s.createPlaceBody,
      response: { 201: z.object({ code: z.string(), version: z.number().int() }) },
    },
    handler: async (req, reply) => {
      const actor = requireActor(req);
      const out = await withIdempotency(ctx, req, reply, `places.create:${actor.id}`, async (trx) => {
        await createPlace(trx, items, actor, req.body);
        return { status: 201, body: { code: req.body.code, version: 1 } };
      });
      invalidatePlaces(ctx.db);
      return out;
    },
  });

  app.put('/api/v1/admin/places/:code', {
    preValidation: guard,
    schema: {
      tags: ['places-admin'],
      security,
      summary: 'Update a place and its windows (409 PLACE_STALE when the version is not current)',
      params: codeParams,
      body: s.updatePlaceBody,
      response: { 200: z.object({ code: z.string(), version: z.number().int() }) },
    },
    handler: async (req) => {
      const { version, ...input } = req.body;
      await updatePlace(ctx.db, requireActor(req), req.params.code, version, input);
      return { code: req.params.code, version: version + 1 };
    },
  });

  app.put('/api/v1/admin/places/:code/items', {
    preValidation: guard,
    schema: {
      tags: ['places-admin'],
      security,
      summary: 'Set the items a place handles (replaces the list; 409 PLACE_STALE when the version is not current)',
      params: codeParams,
      body: s.placeItemsBody,
      response: { 200: z.object({ code: z.string(), version: z.number().int(), items: z.number().int() }) },
    },
    handler: async (req) => {
      const n = await setPlaceItems(ctx.db, items, requireActor(req), req.params.code, req.body.version, req.body.items);
      return { code: req.params.code, version: req.body.version + 1, items: n };
    },
  });
}
