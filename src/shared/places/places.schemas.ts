import { z } from 'zod';
import { PLACE_KINDS, PLACE_LEVELS, WEEKDAYS, WINDOW_KINDS } from './places.enums';

/** Zod schemas of the places API ("1+N+X" service places) and of a place as the admin writes it. */

export {
  KINDS_OF_LEVEL,
  PLACE_KINDS,
  PLACE_LEVELS,
  WEEKDAYS,
  WINDOW_KINDS,
  type PlaceKind,
  type PlaceLevel,
  type Weekday,
  type WindowKind,
} from './places.enums';

const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'a time HH:MM / 时间 HH:MM');
const range = z.strictObject({ start: hhmm, end: hhmm });

/** Opening hours (the demo places' `OpeningHours`): working-day sessions plus off-hours service. */
export const hoursSchema = z
  .strictObject({
    weekday: z.array(range).min(1).max(6).meta({ description: 'Sessions of every working day (official calendar); the gap between two is the lunch break' }),
    lunchDuty: z.boolean().meta({ description: '午间不断档: a duty window stays open over lunch' }),
    extended: z
      .strictObject({ days: z.array(z.enum(WEEKDAYS)).min(1), until: hhmm, byAppointment: z.boolean() })
      .optional()
      .meta({ description: '延时服务 after the last session' }),
    weekend: z
      .strictObject({ days: z.array(z.enum(WEEKDAYS)).min(1), sessions: z.array(range).min(1).max(6), mode: z.enum(['walk_in', 'appointment']) })
      .optional()
      .meta({ description: '错时/周末服务 sessions' }),
    holiday: z.enum(['closed', 'appointment']).meta({ description: 'Statutory holidays: closed, or appointment sessions' }),
    selfService24h: z.boolean().meta({ description: '24-hour self-service area' }),
    noteZh: z.string().trim().max(300),
    noteEn: z.string().trim().max(500),
  })
  .meta({ description: 'Opening hours, including lunch-time, extended, weekend and holiday service' });
export type Hours = z.infer<typeof hoursSchema>;

export const windowSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,10}$/),
  nameZh: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(120),
  kind: z.enum(WINDOW_KINDS),
  branchHall: z.string().max(30).optional(),
  departmentCodes: z
    .array(z.string().regex(/^[a-z][a-z0-9-]{1,39}$/))
    .max(40)
    .optional()
    .meta({ description: 'Departments whose items the window takes; absent: any item of the place' }),
});
export type WindowInput = z.infer<typeof windowSchema>;

export const placeCodeParam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ or - / 字母、数字、_、-');

export const placeInputSchema = z.strictObject({
  name: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().min(2).max(200),
  kind: z.enum(PLACE_KINDS),
  branchHall: z.string().max(30).nullable().default(null),
  regionCode: z.string().regex(/^[0-9]{6}$/),
  parentCode: placeCodeParam.nullable().default(null),
  address: z.string().trim().min(4).max(200),
  addressEn: z.string().trim().min(4).max(300),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  phone: z.string().regex(/^[0-9-]{5,20}$/),
  hours: hoursSchema,
  windows: z.array(windowSchema).max(200).default([]),
  active: z.boolean().default(true),
});
export type PlaceInput = z.infer<typeof placeInputSchema>;

export const createPlaceBody = placeInputSchema.extend({
  code: placeCodeParam,
  items: z
    .array(z.string().regex(/^[0-9]{12}$/))
    .max(20_000)
    .default([]),
});
export const updatePlaceBody = placeInputSchema.extend({
  version: z.number().int().min(1).meta({ description: 'The version you read; 409 when the place changed since' }),
});
export const placeItemsBody = z.strictObject({ items: z.array(z.string().regex(/^[0-9]{12}$/)).max(20_000), version: z.number().int().min(1) });

export const placesQuery = z.strictObject({
  item: z
    .string()
    .regex(/^[0-9]{12}$/, 'a 12-digit item code / 12位事项编码')
    .optional()
    .meta({ description: 'Only places that handle this item' }),
  near: z.string().max(60).optional().meta({ description: '"LAT,LNG" in decimal degrees (WGS-84): nearest first, with distance in metres' }),
  level: z.enum(PLACE_LEVELS).optional(),
  region: z
    .string()
    .regex(/^[0-9]{6}$/, 'a 6-digit region code / 6位区划代码')
    .optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const placeSummary = z.object({
  code: z.string(),
  name: z.string().meta({ description: "In the request's language" }),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.enum(PLACE_KINDS),
  tier: z.enum(['1', 'N', 'X']),
  branchHall: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  address: z.string(),
  lat: z.number(),
  lng: z.number(),
  phone: z.string(),
  distanceMetres: z.number().int().optional(),
});

export const placesResponse = z.object({ places: z.array(placeSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const placeDetail = placeSummary.extend({
  addressZh: z.string(),
  addressEn: z.string(),
  parentCode: z.string().nullable(),
  hours: hoursSchema,
  active: z.boolean(),
  version: z.number().int(),
  windows: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      kind: z.enum(WINDOW_KINDS),
      branchHall: z.string().nullable(),
      departmentCodes: z.array(z.string()),
    }),
  ),
  items: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string() })),
});
