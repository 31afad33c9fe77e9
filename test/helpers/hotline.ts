import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { seedHotlineDemo } from '../../src/server/modules/hotline/hotline.seed';
import type { TicketAction } from '../../src/server/modules/hotline/tickets/tickets.state';
import { hashPassword } from '../../src/server/platform/auth/passwords';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-accounts';
import { createTestApp, type Session, type TestApp } from './test-app';

/** Shared set-up of the hotline's integration tests (not a test file itself). */

/** The API with the demo accounts and the hotline's reference data, key, handlers and model; history and workload only when asked. */
export function createHotlineApp(opts: { history?: boolean; workload?: boolean } = {}): Promise<TestApp> {
  // Tests stand behind a proxy on loopback so X-Forwarded-For gives each simulated client its address.
  return createTestApp({
    config: { TONGBAN_TRUST_PROXY: '127.0.0.1' },
    demoSeeders: [(ctx) => seedHotlineDemo(ctx, { history: opts.history ?? false, workload: opts.workload ?? false, inline: true })],
  });
}

let hash: Promise<string> | undefined;

/** Adds a staff account (password as the demo accounts'). */
export async function addStaff(t: TestApp, u: { username: string; roles: string[]; departmentCode: string | null; regionCode: string }): Promise<void> {
  hash ??= hashPassword(DEMO_PASSWORD);
  await t.ctx.db
    .insertInto('users')
    .values({
      username: u.username,
      password_hash: await hash,
      display_name: u.username,
      roles: u.roles,
      department_code: u.departmentCode,
      region_code: u.regionCode,
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .execute();
}

/** Posts an action and returns the response. */
export function act(t: TestApp, s: Session, id: string, action: TicketAction, body: Record<string, unknown>): Promise<LightMyRequestResponse> {
  return t.call('POST', `/api/v1/hotline/tickets/${id}/actions/${action}`, { session: s, body });
}

/** Posts an action that must succeed; returns the new version. */
export async function actOk(t: TestApp, s: Session, id: string, action: TicketAction, body: Record<string, unknown>, status?: string): Promise<number> {
  const res = await act(t, s, id, action, body);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  if (status) expect(res.json().status).toBe(status);
  return res.json().version;
}

/** Records a ticket from the agent console (no call); returns its id, number and version. */
export async function newTicket(t: TestApp, agent: Session, body: Record<string, unknown>): Promise<{ id: string; ticketNo: string; version: number }> {
  const res = await t.call('POST', '/api/v1/hotline/tickets', { session: agent, body: { callerPhone: '13947209999', ...body } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** The current version of a ticket, read as a dispatcher would. */
export async function versionOf(t: TestApp, s: Session, id: string): Promise<number> {
  const res = await t.call('GET', `/api/v1/hotline/tickets/${id}`, { session: s });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().version;
}
