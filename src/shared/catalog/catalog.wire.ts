import type { z } from 'zod';
import type { Wire, WireOf } from '../wire';
import type {
  bundleDetail,
  bundleRef,
  bundleSummary,
  flowchartResponse,
  guideResponse,
  itemSummary,
  listResponse,
  onlineRateResponse,
  placeRef,
  searchResponse,
  suggestResponse,
} from './catalog.schemas';
import type { adminItemRow, diffResponse, problemSchema, validateResponse, versionSchema, versionWithDefinition } from './catalog.admin.schemas';
import type { feeItemSchema, formFieldSchema, itemDefinitionSchema, materialSchema, timeLimitSchema } from './catalog.definition';

/** The catalog API's answers as the browser receives them (see wire.ts). */

export type TimeLimit = Wire<z.output<typeof timeLimitSchema>>;
export type Material = Wire<z.output<typeof materialSchema>>;
export type FeeItem = Wire<z.output<typeof feeItemSchema>>;
export type FormField = Wire<z.output<typeof formFieldSchema>>;
export type ItemDefinition = Wire<z.output<typeof itemDefinitionSchema>>;

/** One row of a search, list or browse answer. */
export type ItemSummary = WireOf<typeof itemSummary>;
export type BundleRef = WireOf<typeof bundleRef>;
export type SearchResponse = WireOf<typeof searchResponse>;
export type Suggestion = WireOf<typeof suggestResponse>['suggestions'][number];
export type PlaceRef = WireOf<typeof placeRef>;
/** `GET /api/v1/items/{code}`: the service guide. */
export type Guide = WireOf<typeof guideResponse>;
/** A published item version as the guide carries it. */
export type PublishedItem = Guide['item'];
export type NameRef = Guide['department'];
export type Flowchart = WireOf<typeof flowchartResponse>;
export type FlowNodeKind = Flowchart['nodes'][number]['kind'];
export type BundleSummary = WireOf<typeof bundleSummary>;
export type BundleDetail = WireOf<typeof bundleDetail>;
export type ListResponse = WireOf<typeof listResponse>;
export type OnlineRate = WireOf<typeof onlineRateResponse>;

/** The admin catalog API. */
export type VersionInfo = WireOf<typeof versionSchema>;
export type VersionWithDefinition = WireOf<typeof versionWithDefinition>;
export type AdminItemRow = WireOf<typeof adminItemRow>;
export type FieldChange = WireOf<typeof diffResponse>['changes'][number];
export type CatalogProblem = WireOf<typeof problemSchema>;
export type ValidateResponse = WireOf<typeof validateResponse>;
