import type { z } from 'zod';
import type { Wire, WireOf } from '../wire';
import type {
  createPlaceBody,
  hoursSchema,
  placeDetail,
  placeInputSchema,
  placeItemsBody,
  placesResponse,
  placeSummary,
  updatePlaceBody,
} from './places.schemas';

export type { Weekday } from './places.enums';

/** The places API's answers as the browser receives them (see wire.ts). */

export type Hours = Wire<z.output<typeof hoursSchema>>;
export type TimeRange = Hours['weekday'][number];
export type PlaceSummary = WireOf<typeof placeSummary>;
export type PlacesResponse = WireOf<typeof placesResponse>;
export type PlaceDetail = WireOf<typeof placeDetail>;
export type PlaceWindow = PlaceDetail['windows'][number];

/** What the admin's place editor sends (request bodies: fields with a default may be left out). */
export type PlaceInputBody = z.input<typeof placeInputSchema>;
export type CreatePlaceInput = z.input<typeof createPlaceBody>;
export type UpdatePlaceInput = z.input<typeof updatePlaceBody>;
export type PlaceItemsInput = z.input<typeof placeItemsBody>;
