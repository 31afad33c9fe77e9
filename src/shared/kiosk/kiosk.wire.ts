import type { z } from 'zod';
import type { WireOf } from '../wire';
import type {
  cardReadSchema,
  createdKioskSchema,
  createKioskBody,
  deviceResponse,
  kioskListResponse,
  kioskPrintResponse,
  kioskSchema,
  qrChallengeSchema,
  qrInfoResponse,
  qrPollResponse,
} from './kiosk.schemas';

/** The kiosk identity API's answers as the browser receives them (see wire.ts). */

export type KioskWire = WireOf<typeof kioskSchema>;
export type CreatedKioskWire = WireOf<typeof createdKioskSchema>;
export type KioskListWire = WireOf<typeof kioskListResponse>;
export type DeviceWire = WireOf<typeof deviceResponse>;
export type CardReadWire = WireOf<typeof cardReadSchema>;
export type QrChallengeWire = WireOf<typeof qrChallengeSchema>;
export type QrPollWire = WireOf<typeof qrPollResponse>;
export type QrInfoWire = WireOf<typeof qrInfoResponse>;
export type CreateKioskRequest = z.input<typeof createKioskBody>;
export type KioskPrintWire = WireOf<typeof kioskPrintResponse>;
