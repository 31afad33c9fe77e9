import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { verifyChain } from '../../platform/audit/events.repository';
import { exchangeDemoSeeder, loadDemoExchange } from './exchange.demo';
import { DEMO_RESOURCES } from './exchange.demo.data';
import { EXCHANGE_CHAIN } from './exchange.service';

/** The demo exchange: the catalog with its rows, the market regulation bureau's needs and grants, and the demo queries. */
describe('the exchange demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demoSeeders: [exchangeDemoSeeder] });
  }, 120_000);
  afterAll(() => t?.close());

  it('loads eleven resources, two grants, a pending and a refused need, and the demo queries; once', async () => {
    expect(DEMO_RESOURCES.length).toBeGreaterThanOrEqual(8);
    expect(await loadDemoExchange(t.ctx, t.ctx.clock.now())).toBe(0);
    const reviewer = await t.login('reviewer');
    const needs = (await t.call('GET', '/api/v1/exchange/needs?direction=filed', { session: reviewer })).json();
    expect(needs.items.map((n: { resource: string; status: string }) => `${n.resource}:${n.status}`).sort()).toEqual([
      'household-registration:approved',
      'real-estate:refused',
      'social-insurance:pending',
      'tax-payment:approved',
    ]);
    // The bureau received one need, pending, for its approver.
    const received = (await t.call('GET', '/api/v1/exchange/needs?direction=received', { session: await t.login('approver') })).json();
    expect(
      received.items.map((n: { resource: string; status: string; consumerDepartmentCode: string }) => [n.resource, n.status, n.consumerDepartmentCode]),
    ).toEqual([['food-business-permit', 'pending', 'health']]);
    const grants = (await t.call('GET', '/api/v1/exchange/grants?status=active', { session: reviewer })).json();
    expect(grants.items.find((g: { resource: string }) => g.resource === 'household-registration').fields).toEqual(['idNumber', 'name']);

    const citizen = (await t.call('GET', '/api/v1/exchange/my-usage', { session: await t.login('citizen') })).json();
    expect(citizen.items.map((u: { resource: string; result: string }) => `${u.resource}:${u.result}`).sort()).toEqual([
      'household-registration:allowed',
      'real-estate:refused',
    ]);
    const enterprise = (await t.call('GET', '/api/v1/exchange/my-usage', { session: await t.login('enterprise') })).json();
    expect(enterprise.items.map((u: { resource: string }) => u.resource)).toEqual(['tax-payment']);
    expect((await verifyChain(t.ctx.db, EXCHANGE_CHAIN)).problems).toEqual([]);
  });
});
