import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../../../test/helpers/test-app';
import { DEMO_OPEN311_KEY } from './keys.service';
import { createHotlineApp } from '../../../../../test/helpers/hotline';

/**
 * Open311 GeoReport v2 round trip with a generic HTTP client: the real server listening on a
 * port, plain fetch, form-encoded POST, no session and no CSRF token.
 */

let t: TestApp;
let base = '';

beforeAll(async () => {
  t = await createHotlineApp();
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `${address}/open311/v2`;
});
afterAll(() => t?.close());

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('Open311 GeoReport v2', () => {
  it('lists our categories as services', async () => {
    const res = await fetch(`${base}/services.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const services = (await res.json()) as Array<Record<string, unknown>>;
    expect(services.length).toBeGreaterThanOrEqual(40);
    expect(services.find((s) => s.service_code === 'urban.streetlight')).toEqual({
      service_code: 'urban.streetlight',
      service_name: '路灯照明',
      description: expect.stringContaining('路灯'),
      metadata: false,
      type: 'realtime',
      keywords: expect.stringContaining('路灯'),
      group: '城市管理',
    });
    const en = (await (await fetch(`${base}/services.json`, { headers: { 'accept-language': 'en-US' } })).json()) as Array<Record<string, unknown>>;
    expect(en.find((s) => s.service_code === 'urban.streetlight')?.service_name).toBe('Street lighting');
  });

  it('gives a service definition, and 404 in the spec format for an unknown one', async () => {
    const def = await fetch(`${base}/services/urban.streetlight.json`);
    expect(await def.json()).toEqual({ service_code: 'urban.streetlight', attributes: [] });
    const missing = await fetch(`${base}/services/no.such.json`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual([{ code: 404, description: expect.any(String) }]);
  });

  it('creates a request with the demo key and reads it back', async () => {
    const res = await fetch(
      `${base}/requests.json`,
      form({
        api_key: DEMO_OPEN311_KEY,
        service_code: 'urban.streetlight',
        lat: '40.6571',
        long: '109.8402',
        address_string: '包头市昆都仑区钢铁大街与少先路交叉口',
        description: '路口的路灯晚上不亮，联系电话13947501234',
        first_name: '明',
        last_name: '王',
        phone: '13947501234',
        email: 'wm@example.com',
      }),
    );
    expect(res.status).toBe(201);
    const created = (await res.json()) as Array<{ service_request_id: string; service_notice: string; account_id: string }>;
    expect(created).toEqual([
      { service_request_id: expect.stringMatching(/^12345-\d{8}-\d{6}$/), service_notice: expect.stringContaining('12345'), account_id: 'demo' },
    ]);
    const id = created[0].service_request_id;

    const one = (await (await fetch(`${base}/requests/${id}.json`)).json()) as Array<Record<string, unknown>>;
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'urban.streetlight',
      lat: 40.6571,
      long: 109.8402,
      address: '包头市昆都仑区钢铁大街与少先路交叉口',
    });
    // Published descriptions never show a phone number, not even its last four digits (the tracking secret).
    expect(one[0].description).toContain('139********');
    expect(one[0].description).not.toContain('1234');
    expect(String(one[0].requested_datetime)).toMatch(/\+08:00$/);

    const list = (await (await fetch(`${base}/requests.json?service_code=urban.streetlight&status=open`)).json()) as Array<{ service_request_id: string }>;
    expect(list.map((r) => r.service_request_id)).toContain(id);
    const closed = (await (await fetch(`${base}/requests.json?service_code=urban.streetlight&status=closed`)).json()) as unknown[];
    expect(closed).toEqual([]);
    const byId = (await (await fetch(`${base}/requests.json?service_request_id=${id},12345-20000101-000001`)).json()) as unknown[];
    expect(byId).toHaveLength(1);

    const row = await t.ctx.db.selectFrom('hotline_tickets').selectAll().where('ticket_no', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: 'open311',
      caller_name: '王明',
      caller_phone: '13947501234',
      caller_email: 'wm@example.com',
      region_code: '150203',
      status: 'pending_dispatch',
    });
    expect(row.api_key_id).toBeTruthy();
  });

  it('redacts phone, ID and house numbers written any way, in descriptions, notes and addresses', async () => {
    const description = '我住8号楼3单元502，电话139-4720-1234，备用１３９４７２０５６７８，身份证150203 19880517 1237，对门12号院';
    const res = await fetch(
      `${base}/requests.json`,
      form({ api_key: DEMO_OPEN311_KEY, service_code: 'urban.streetlight', address_string: '包头市昆都仑区钢铁大街友谊小区', description }),
    );
    expect(res.status).toBe(201);
    const id = ((await res.json()) as Array<{ service_request_id: string }>)[0].service_request_id;
    await t.ctx.db.updateTable('hotline_tickets').set({ reply: '已联系 139 4720 1234，维修人员到友谊小区8号楼' }).where('ticket_no', '=', id).execute();
    for (const url of [`${base}/requests/${id}.json`, `${base}/requests.json?service_request_id=${id}`]) {
      const [r] = (await (await fetch(url)).json()) as Array<{ description: string; status_notes: string }>;
      const shown = `${r.description} ${r.status_notes}`;
      for (const secret of ['4720', '1234', '5678', '19880517', '1237', '单元502', '8号楼', '12号院']) expect(shown, url).not.toContain(secret);
      expect(r.description).toContain('139********');
    }
  });

  it('limits the requests that would text one phone number', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await fetch(
        `${base}/requests.json`,
        form({
          api_key: DEMO_OPEN311_KEY,
          service_code: 'urban.streetlight',
          address_string: '包头市昆都仑区钢铁大街',
          description: `路灯不亮 ${i}`,
          phone: '13947509876',
        }),
      );
      codes.push(res.status);
    }
    expect(codes).toEqual([201, 201, 201, 429]);
  });

  it('answers in XML too', async () => {
    const res = await fetch(`${base}/services.xml`);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><services><service><service_code>/);
    expect(xml).toContain('<service_code>urban.streetlight</service_code><service_name>路灯照明</service_name>');
    const err = await fetch(`${base}/requests.xml`, form({ service_code: 'urban.streetlight', address_string: 'x' }));
    expect(err.status).toBe(400);
    expect(await err.text()).toContain('<errors><error><code>400</code><description>');
  });

  it('refuses a missing key with 400 and a wrong or revoked key with 403, in the spec format', async () => {
    const missing = await fetch(`${base}/requests.json`, form({ service_code: 'urban.streetlight', address_string: '东河区和平路' }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual([{ code: 400, description: expect.any(String) }]);
    const wrong = await fetch(`${base}/requests.json`, form({ api_key: 'nope', service_code: 'urban.streetlight', address_string: '东河区和平路' }));
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual([{ code: 403, description: expect.any(String) }]);

    const admin = await t.login('admin');
    const issued = await t.call('POST', '/api/v1/admin/open311/keys', { session: admin, body: { name: 'Test client', accountId: 'test-client' } });
    expect(issued.statusCode).toBe(201);
    const { key, id } = issued.json();
    const ok = await fetch(`${base}/requests.json`, form({ api_key: key, service_code: 'urban.sanitation', address_string: '东河区和平路和平小区' }));
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as Array<{ account_id: string }>)[0].account_id).toBe('test-client');
    expect((await t.call('POST', `/api/v1/admin/open311/keys/${id}/revoke`, { session: admin })).json().revokedAt).toBeTruthy();
    const revoked = await fetch(`${base}/requests.json`, form({ api_key: key, service_code: 'urban.sanitation', address_string: '东河区和平路和平小区' }));
    expect(revoked.status).toBe(403);
    const keys = (await t.call('GET', '/api/v1/admin/open311/keys', { session: admin })).json();
    expect(JSON.stringify(keys)).not.toContain(key);
  });

  it('checks service code, location and emergencies', async () => {
    const noCode = await fetch(`${base}/requests.json`, form({ api_key: DEMO_OPEN311_KEY, address_string: '东河区' }));
    expect(noCode.status).toBe(400);
    const unknown = await fetch(`${base}/requests.json`, form({ api_key: DEMO_OPEN311_KEY, service_code: 'no.such', address_string: '东河区' }));
    expect(unknown.status).toBe(404);
    const noPlace = await fetch(`${base}/requests.json`, form({ api_key: DEMO_OPEN311_KEY, service_code: 'urban.streetlight' }));
    expect(noPlace.status).toBe(400);
    const fire = await fetch(
      `${base}/requests.json`,
      form({ api_key: DEMO_OPEN311_KEY, service_code: 'urban.sanitation', address_string: '青山区', description: '垃圾站着火了，火很大' }),
    );
    expect(fire.status).toBe(422);
    expect(((await fire.json()) as Array<{ description: string }>)[0].description).toContain('119');
  });

  it('documents every hotline and Open311 endpoint in the OpenAPI document', async () => {
    const doc = (await (await fetch(base.replace('/open311/v2', '/openapi.json'))).json()) as { paths: Record<string, unknown> };
    const paths = Object.keys(doc.paths);
    for (const p of [
      '/api/v1/hotline/calls',
      '/api/v1/hotline/classify',
      '/api/v1/hotline/tickets/{id}/actions/return_visit',
      '/api/v1/hotline/reports',
      '/open311/v2/requests.{format}',
      '/api/v1/admin/open311/keys',
    ]) {
      expect(paths, p).toContain(p);
    }
  });

  it('answers unknown Open311 paths with a JSON 404', async () => {
    const res = await fetch(`${base}/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
  });
});
