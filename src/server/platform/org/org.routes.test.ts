import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { departmentsResponse, regionsResponse } from '../../../shared/org/org.schemas';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('public reference lists', () => {
  it('lists the regions with their levels, without signing in', async () => {
    const res = await t.call('GET', '/api/v1/regions');
    expect(res.statusCode).toBe(200);
    const { items } = regionsResponse.parse(res.json());
    expect(items.find((r) => r.code === '150200')).toMatchObject({ nameZh: '包头市', level: 'city', parentCode: null });
    expect(items.find((r) => r.code === '150203')).toMatchObject({ level: 'district', parentCode: '150200' });
    expect(items.find((r) => r.code === '150271')?.level).toBe('zone');
  });

  it('lists the departments with their kinds', async () => {
    const res = await t.call('GET', '/api/v1/departments');
    expect(res.statusCode).toBe(200);
    const { items } = departmentsResponse.parse(res.json());
    expect(items.length).toBeGreaterThan(10);
    expect(new Set(items.map((d) => d.kind))).toContain('government');
    expect(items.every((d) => d.regionCode === '150200')).toBe(true);
  });
});
