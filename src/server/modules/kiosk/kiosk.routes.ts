import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context';
import { toMe } from '../../platform/auth/auth.routes';
import type { SignedIn } from '../../platform/auth/auth.service';
import { AppError } from '../../platform/errors';
import { requireActor, setSessionCookie } from '../../platform/http/session-hooks';
import type { App, RoutesPlugin } from '../../platform/http/types';
import { meResponse } from '../../../shared/auth/auth.schemas';
import type { CardDeck } from './kiosk.demo-cards';
import { createKiosk, enrolKiosk, findDeviceOf, findKiosks, placeFacts, requireDevice, revokeKiosk } from './kiosk.devices';
import { KIOSK_ERR } from './kiosk.errors';
import { authorizeKioskManage } from './kiosk.policy';
import {
  cardSignInBody,
  createdKioskSchema,
  createKioskBody,
  demoCardsResponse,
  deviceResponse,
  enrolBody,
  kioskIdParams,
  kioskListQuery,
  kioskListResponse,
  kioskPrintBody,
  kioskPrintResponse,
  kioskSchema,
  qrChallengeSchema,
  qrInfoResponse,
  qrParams,
  qrPollResponse,
  qrStartBody,
} from './kiosk.schemas';
import { printCaseNotice } from './kiosk.print';
import { answerQrSignIn, getQrSignIn, pollQrSignIn, signInByCard, startQrSignIn } from './kiosk.signin';

/** The device cookie of an enrolled kiosk: sent only to the kiosk API, never readable by the page. */
export const DEVICE_COOKIE = 'tb_kiosk';
const DEVICE_COOKIE_PATH = '/api/v1/kiosk';
/** Browsers keep a cookie at most 400 days; each visit of the kiosk's page renews it. */
const DEVICE_COOKIE_DAYS = 400;

// A kiosk's sign-in comes with the device cookie (SameSite=Strict), not with a session's CSRF token.
const DEVICE_CALL = { csrf: false } as const;

const clientOf = (req: FastifyRequest) => ({ ip: req.ip ?? null, userAgent: req.headers['user-agent']?.slice(0, 300) ?? null });

function setDeviceCookie(reply: FastifyReply, ctx: AppContext, token: string): void {
  void reply.setCookie(DEVICE_COOKIE, token, {
    path: DEVICE_COOKIE_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.cookieSecure,
    maxAge: DEVICE_COOKIE_DAYS * 86_400,
  });
}

async function signedIn(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, s: SignedIn) {
  setSessionCookie(reply, ctx, s.token, s.expiresAt);
  return toMe(ctx, s.actor, s.csrfToken, req.lang);
}

const manage = async (req: FastifyRequest) => authorizeKioskManage(requireActor(req));

/**
 * The kiosk's identity (docs/decisions.md D32): admins enrol and revoke kiosk devices; an enrolled
 * kiosk signs a person in by ID card or by a QR confirmed on their phone, into a short kiosk session.
 */
export function createKioskRoutes(demoCards: CardDeck): RoutesPlugin {
  return (app: App, ctx: AppContext) => {
    app.post('/api/v1/kiosks', {
      preValidation: manage,
      schema: {
        tags: ['kiosk'],
        summary: 'Enrol a kiosk for a place: the enrolment code is answered this once',
        body: createKioskBody,
        response: { 200: createdKioskSchema },
      },
      handler: async (req) => createKiosk(ctx, requireActor(req), req.body, req.lang),
    });

    app.get('/api/v1/kiosks', {
      preValidation: manage,
      schema: { tags: ['kiosk'], summary: 'The kiosks (of a place), newest first', querystring: kioskListQuery, response: { 200: kioskListResponse } },
      handler: async (req) => ({ kiosks: await findKiosks(ctx, requireActor(req), req.query.place, req.lang) }),
    });

    app.post('/api/v1/kiosks/:id/revoke', {
      preValidation: manage,
      schema: {
        tags: ['kiosk'],
        summary: 'Revoke a kiosk: card and QR sign-in refused at once, its sessions ended',
        params: kioskIdParams,
        response: { 200: kioskSchema },
      },
      handler: async (req) => revokeKiosk(ctx, requireActor(req), req.params.id, req.lang),
    });

    app.post('/api/v1/kiosk/enrol', {
      config: DEVICE_CALL,
      schema: {
        tags: ['kiosk'],
        summary: 'On the kiosk machine: exchange the enrolment code for the device cookie',
        body: enrolBody,
        response: { 200: kioskSchema },
      },
      handler: async (req, reply) => {
        const { token, kiosk } = await enrolKiosk(ctx, req.body.code, req.ip ?? null, req.lang);
        setDeviceCookie(reply, ctx, token);
        return kiosk;
      },
    });

    app.get('/api/v1/kiosk/device', {
      schema: {
        tags: ['kiosk'],
        summary: 'This machine as a kiosk (null when not enrolled or revoked) and the card reader to use',
        response: { 200: deviceResponse },
      },
      handler: async (req, reply) => {
        const token = req.cookies[DEVICE_COOKIE];
        const d = await findDeviceOf(ctx, token);
        if (d && token) setDeviceCookie(reply, ctx, token);
        const device = d && { id: d.id, name: d.name, placeCode: d.place_code, placeName: (await placeFacts(ctx, d.place_code, req.lang)).name };
        return { device, cardReader: ctx.config.kioskCardReader };
      },
    });

    app.get('/api/v1/kiosk/demo-cards', {
      schema: {
        tags: ['kiosk'],
        summary: 'The demo card reader’s cards (enrolled kiosks, TONGBAN_KIOSK_CARD_READER=local only)',
        response: { 200: demoCardsResponse },
      },
      handler: async (req) => {
        await requireDevice(ctx, req.cookies[DEVICE_COOKIE]);
        if (ctx.config.kioskCardReader !== 'local') throw new AppError(KIOSK_ERR.KIOSK_CARD_READER_OFF);
        return { cards: demoCards() };
      },
    });

    app.post('/api/v1/kiosk/sign-in/card', {
      config: DEVICE_CALL,
      schema: {
        tags: ['kiosk'],
        summary: 'Sign in by an ID card read at an enrolled kiosk of the place (short kiosk session)',
        body: cardSignInBody,
        response: { 200: meResponse },
      },
      handler: async (req, reply) => {
        const d = await requireDevice(ctx, req.cookies[DEVICE_COOKIE], req.body.place);
        return signedIn(ctx, req, reply, await signInByCard(ctx, d, req.body, clientOf(req)));
      },
    });

    app.post('/api/v1/kiosk/sign-in/qr', {
      config: DEVICE_CALL,
      schema: {
        tags: ['kiosk'],
        summary: 'Start a QR sign-in at an enrolled kiosk: a single-use challenge for 2 minutes',
        body: qrStartBody,
        response: { 200: qrChallengeSchema },
      },
      handler: async (req) => startQrSignIn(ctx, await requireDevice(ctx, req.cookies[DEVICE_COOKIE], req.body.place)),
    });

    app.get('/api/v1/kiosk/sign-in/qr/:id', {
      schema: {
        tags: ['kiosk'],
        summary: 'The kiosk’s poll of its QR sign-in; once confirmed on the phone, redeems it (once) and sets the session cookie',
        params: qrParams,
        response: { 200: qrPollResponse },
      },
      handler: async (req, reply) => {
        const d = await requireDevice(ctx, req.cookies[DEVICE_COOKIE]);
        const r = await pollQrSignIn(ctx, d, req.params.id, clientOf(req));
        return r.status === 'signed_in' ? { status: r.status, me: await signedIn(ctx, req, reply, r.session) } : r;
      },
    });

    app.post('/api/v1/kiosk/print', {
      schema: {
        tags: ['kiosk'],
        summary: 'Print the notice of one of my cases (受理通知书, 补正材料通知书 …) at this kiosk’s printer',
        body: kioskPrintBody,
        response: { 200: kioskPrintResponse },
      },
      handler: async (req) => {
        const d = await requireDevice(ctx, req.cookies[DEVICE_COOKIE]);
        return printCaseNotice(ctx, d, requireActor(req), req.body.caseId, req.lang);
      },
    });

    app.get('/api/v1/kiosk/qr/:id', {
      schema: { tags: ['kiosk'], summary: 'On the phone: which hall and kiosk a QR sign-in is for', params: qrParams, response: { 200: qrInfoResponse } },
      handler: async (req) => getQrSignIn(ctx, requireActor(req), req.params.id, req.lang),
    });

    app.post('/api/v1/kiosk/qr/:id/confirm', {
      schema: { tags: ['kiosk'], summary: 'On the phone: sign in at the kiosk as me', params: qrParams, response: { 200: qrInfoResponse } },
      handler: async (req) => {
        await answerQrSignIn(ctx, requireActor(req), req.params.id, true);
        return getQrSignIn(ctx, requireActor(req), req.params.id, req.lang);
      },
    });

    app.post('/api/v1/kiosk/qr/:id/cancel', {
      schema: { tags: ['kiosk'], summary: 'On the phone: refuse the QR sign-in', params: qrParams, response: { 200: qrInfoResponse } },
      handler: async (req) => {
        await answerQrSignIn(ctx, requireActor(req), req.params.id, false);
        return getQrSignIn(ctx, requireActor(req), req.params.id, req.lang);
      },
    });
  };
}
