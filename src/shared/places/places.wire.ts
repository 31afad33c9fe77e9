import type { z } from 'zod';
import type { Wire, WireOf } from '../wire';
import type { hoursSchema, placeDetail, placesResponse, placeSummary } from './places.schemas';

export type { Weekday } from './places.enums';

/** The places API's answers as the browser receives them (see wire.ts). */

export type Hours = Wire<z.output<typeof hoursSchema>>;
export type TimeRange = Hours['weekday'][number];
export type PlaceSummary = WireOf<typeof placeSummary>;
export type PlacesResponse = WireOf<typeof placesResponse>;
export type PlaceDetail = WireOf<typeof placeDetail>;
export type PlaceWindow = PlaceDetail['windows'][number];
