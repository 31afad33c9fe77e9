import type { BUNDLE_ACTIONS, BUNDLE_DELIVERY_TIMINGS, BUNDLE_MATERIAL_PROVISIONS, BUNDLE_STATUSES } from '../../shared/bundles/bundles.enums';

/** The closed lists of the bundle pages as types (src/shared/bundles/bundles.enums.ts). */
export type BundleStatus = (typeof BUNDLE_STATUSES)[number];
export type BundleAction = (typeof BUNDLE_ACTIONS)[number];
export type BundleProvision = (typeof BUNDLE_MATERIAL_PROVISIONS)[number];
export type DeliveryTiming = (typeof BUNDLE_DELIVERY_TIMINGS)[number];
