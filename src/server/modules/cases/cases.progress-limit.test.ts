import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  // Behind a proxy on loopback, so each request can come from its own client address.
  t = await createTestApp({ config: { TONGBAN_TRUST_PROXY: '127.0.0.1' } });
});
afterAll(() => t?.close());

describe('public progress query', () => {
  it('limits guesses at one case number whatever the address', async () => {
    const caseNo = 'BT150203-20260101-000001';
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/progress?caseNo=${caseNo}&idTail=${String(1000 + i)}`,
        headers: { 'x-forwarded-for': `198.18.0.${i}` },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([...Array(20).fill(404), 429]);
    // Another case number is not affected.
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/v1/progress?caseNo=BT150203-20260101-000002&idTail=1234',
      headers: { 'x-forwarded-for': '198.18.1.1' },
    });
    expect(other.statusCode).toBe(404);
  });
});
