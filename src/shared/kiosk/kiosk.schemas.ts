import { z } from 'zod';
import { CHECK_IN_ALPHABET } from '../appointments/appointments.enums';
import { meResponse } from '../auth/auth.schemas';

/** Zod schemas of the kiosk's identity API (docs/decisions.md D32): enrolled devices, card and QR sign-in. */

/** Characters of an enrolment code: no 0/O or 1/I, so it can be read aloud and typed without doubt. */
export const ENROL_CODE_ALPHABET = CHECK_IN_ALPHABET;
export const ENROL_CODE_LENGTH = 10;

const placeCode = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ or - / 字母、数字、_、-');
/** A QR challenge's random value as the QR and the kiosk carry it. */
const challengeId = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);

export const enrolCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().length(ENROL_CODE_LENGTH))
  .meta({ description: 'The enrolment code shown once to the admin (dashes and spaces ignored)' });

export const createKioskBody = z.strictObject({
  placeCode: placeCode.meta({ description: 'The hall the kiosk stands in' }),
  name: z.string().trim().min(1).max(60).meta({ description: 'e.g. 一楼大厅 1 号机' }),
});

export const kioskListQuery = z.strictObject({ place: placeCode.optional() });
export const kioskIdParams = z.object({ id: z.uuid() });

export const kioskSchema = z.object({
  id: z.uuid(),
  placeCode: z.string(),
  placeName: z.string(),
  name: z.string(),
  status: z.enum(['pending', 'enrolled', 'revoked']),
  enrolExpiresAt: z.date().nullable(),
  enrolledAt: z.date().nullable(),
  lastSeenAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
});

export const createdKioskSchema = kioskSchema.extend({
  enrolCode: z.string().meta({ description: 'Shown once: only its hash is kept' }),
});

export const kioskListResponse = z.object({ kiosks: z.array(kioskSchema) });

export const enrolBody = z.strictObject({ code: enrolCodeSchema });

/** What the kiosk's page learns of itself. */
export const deviceResponse = z.object({
  device: z.object({ id: z.uuid(), name: z.string(), placeCode: z.string(), placeName: z.string() }).nullable(),
  cardReader: z.enum(['local', 'none']),
});

/** What a 二代身份证 reader gives (the demo reader's cards; a vendor's reader gives the same fields). */
export const cardReadSchema = z.object({
  idNumber: z.string(),
  name: z.string(),
  sex: z.enum(['M', 'F']),
  birthDate: z.string(),
  address: z.string(),
  issuer: z.string(),
  validUntil: z.string(),
});

export const demoCardsResponse = z.object({ cards: z.array(cardReadSchema) });

export const cardSignInBody = z.strictObject({
  place: placeCode,
  idNumber: z.string().trim().min(1).max(32).meta({ description: 'As read from the card; its checksum is checked' }),
  name: z.string().trim().min(1).max(60).meta({ description: 'As read from the card; must be the account holder’s name' }),
});

export const qrStartBody = z.strictObject({ place: placeCode });
export const qrParams = z.object({ id: challengeId });

export const qrChallengeSchema = z.object({
  id: z.string(),
  expiresAt: z.date(),
  expiresInSeconds: z.number().int().meta({ description: 'For the kiosk’s countdown, whatever its own clock says' }),
});

/** The kiosk's poll: still waiting, cancelled on the phone, or signed in (the session cookie is set). */
export const qrPollResponse = z.object({
  status: z.enum(['waiting', 'cancelled', 'signed_in']),
  me: meResponse.optional(),
});

/** What the phone shows before the person confirms. */
export const qrInfoResponse = z.object({
  placeName: z.string(),
  kioskName: z.string(),
  expiresAt: z.date(),
  status: z.enum(['waiting', 'confirmed', 'cancelled']),
});

export type CreateKioskInput = z.infer<typeof createKioskBody>;
export type CardSignInInput = z.infer<typeof cardSignInBody>;
export type CardRead = z.infer<typeof cardReadSchema>;

/** `POST /api/v1/kiosk/print` (docs/decisions.md D34): print a case's notice at this kiosk. */
export const kioskPrintBody = z.strictObject({ caseId: z.uuid() });
export const kioskPrintResponse = z.object({ jobId: z.uuid(), title: z.string() });
