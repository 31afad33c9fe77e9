import type { z } from 'zod';
import type { WireOf } from '../wire';
import type { licenceListSchema, licenceSchema, licenceSummarySchema, verifyBody, verifyResultSchema } from './licences.schemas';
import type { createSealBody, revokeSealBody, sealListSchema, sealSchema } from './seals.schemas';

/** The e-licences and e-seals API's answers as the browser receives them (see wire.ts). */

export type LicenceWire = WireOf<typeof licenceSchema>;
export type LicenceSummaryWire = WireOf<typeof licenceSummarySchema>;
export type LicenceListWire = WireOf<typeof licenceListSchema>;
export type VerifyResultWire = WireOf<typeof verifyResultSchema>;
export type VerifyReason = VerifyResultWire['reason'];
export type SealWire = WireOf<typeof sealSchema>;
export type SealListWire = WireOf<typeof sealListSchema>;
export type VerifyRequest = z.input<typeof verifyBody>;
export type CreateSealRequest = z.input<typeof createSealBody>;
export type RevokeSealRequest = z.input<typeof revokeSealBody>;
