import type { z } from 'zod';
import type { WireOf } from '../wire';
import type { bundleCaseDetailSchema, bundleCaseListSchema, bundleCaseRefSchema, bundleQuestionOut, createBundleCaseBody, planSchema } from './bundles.schemas';

/** The bundle-cases API's answers as the browser receives them (see wire.ts). */
export type BundlePlan = WireOf<typeof planSchema>;
export type BundleQuestion = WireOf<typeof bundleQuestionOut>;
export type BundleCaseRef = WireOf<typeof bundleCaseRefSchema>;
export type BundleCaseDetail = WireOf<typeof bundleCaseDetailSchema>;
export type BundleCaseList = WireOf<typeof bundleCaseListSchema>;
export type CreateBundleCaseRequest = z.input<typeof createBundleCaseBody>;
