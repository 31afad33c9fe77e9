import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SECRET } from '../../../../test/factories/payments';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { seedCatalogDemo } from '../catalog';
import { loadDemoPayments, paymentsDemoSeeder } from './payments.demo';

/** The demo payments load through the services: one paid with its receipt, one waiting, one waived (docs/decisions.md D7, D30). */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    demoSeeders: [seedCatalogDemo, paymentsDemoSeeder],
    config: { TONGBAN_PAYMENT_GATEWAY: 'local', TONGBAN_PAYMENT_LOCAL_SECRET: LOCAL_SECRET },
  });
  // The seeder only queues the job: cases made at start-up would stop the demo cases loading.
  expect(await t.ctx.db.selectFrom('cases').select('id').execute()).toHaveLength(0);
  expect(await t.ctx.db.selectFrom('jobs').select('queue').where('queue', '=', 'payments.demo').execute()).toHaveLength(1);
  await loadDemoPayments(t.ctx, t.ctx.clock.now());
}, 120_000);
afterAll(() => t.close());

describe('demo payments', () => {
  it('give the demo citizen a paid order with a receipt and one to pay, and waive one on a 低保证', async () => {
    const orders = await t.ctx.db.selectFrom('payment_orders').selectAll().orderBy('created_at').orderBy('order_no').execute();
    expect(orders.map((o) => [o.item_name, o.status, o.amount_fen])).toEqual([
      ['机动车驾驶证有效期满换证', 'paid', 1000],
      ['居民身份证换领', 'pending', 2000],
      ['居民身份证补领', 'waived', 0],
    ]);
    expect(orders[0].receipt_code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    const citizen = await t.login('citizen');
    const paid = await t.call('GET', `/api/v1/cases/${orders[0].case_id}/payment`, { session: citizen });
    expect(paid.json().order).toMatchObject({ status: 'paid', receipt: { number: orders[0].receipt_no } });
    const pending = await t.call('GET', `/api/v1/cases/${orders[1].case_id}/payment`, { session: citizen });
    expect(pending.json().order).toMatchObject({ status: 'pending', actions: ['checkout'] });
    // Loading again adds nothing.
    expect(await loadDemoPayments(t.ctx, t.ctx.clock.now())).toBe(0);
    expect(await t.ctx.db.selectFrom('payment_orders').select('id').execute()).toHaveLength(3);
  });
});
