import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasesTestApp } from '../../../../test/factories/cases';
import type { Session, TestApp } from '../../../../test/helpers/test-app';

/**
 * Work queues (docs/architecture.md, "Work queues"): keyset paging walks every case exactly once in
 * the queue order, through ties on every key and cases with no promised date; a bad cursor is
 * refused in both languages.
 */

let t: TestApp;
let supervisor: Session;
const CASES = 157;

beforeAll(async () => {
  t = await createCasesTestApp();
  supervisor = await t.login('supervisor');
  const user = String(supervisor.me.id);
  // Few distinct keys, so many rows tie on light, promised date and creation time; every
  // eleventh case has no promised date (a case not yet accepted), which sorts last in its light.
  await sql`
    INSERT INTO cases (case_no, item_code, item_version, item_name, case_kind, status, channel, region_code, department_code, departments,
      applicant_type, applicant_name, applicant_id_type, applicant_id_number, created_by, submitted_at, accepted_at,
      assessment_due, promised_due, statutory_due, light, light_next_at, created_at)
    SELECT 'BTQ-' || g, '000101019000', 1, '食品经营许可证核发', 'promised', 'routed', 'web', '150203', 'market-regulation', ARRAY['market-regulation'],
      'citizen', '测试', 'resident_id', '11010519491231002X', ${user}, now() - interval '3 days', now() - interval '2 days',
      now() + interval '1 day',
      CASE WHEN g % 11 = 0 THEN NULL ELSE date_trunc('day', now()) + (g % 3) * interval '1 day' + interval '0.000123 second' END,
      now() + interval '9 days',
      (ARRAY['green', 'yellow', 'red', 'overdue'])[1 + g % 4], now() + interval '1 day',
      date_trunc('second', now()) - (g % 5) * interval '1 microsecond'
    FROM generate_series(1, ${CASES}) g`.execute(t.ctx.db);
}, 120_000);
afterAll(() => t.close());

async function walk(pageSize: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const url: string = `/api/v1/cases?pageSize=${pageSize}${after ? `&after=${after}` : ''}`;
    const res = await t.call('GET', url, { session: supervisor });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: Array<{ id: string }>; nextCursor: string | null; total: number };
    expect(body.total).toBe(CASES);
    seen.push(...body.items.map((i) => i.id));
    after = body.nextCursor;
    if (!after) return seen;
  }
  throw new Error('the walk did not end');
}

describe('work-queue keyset paging', () => {
  it('visits every case once, in the same order as offset pages and as the database sorts them', async () => {
    const expected = (
      await sql<{ id: string }>`SELECT id FROM cases ORDER BY light_rank, promised_due NULLS LAST, created_at DESC, id`.execute(t.ctx.db)
    ).rows.map((r) => r.id);
    const byCursor = await walk(7);
    expect(byCursor).toHaveLength(CASES);
    expect(new Set(byCursor).size).toBe(CASES);
    expect(byCursor).toEqual(expected);

    const byOffset: string[] = [];
    for (let page = 1; page <= Math.ceil(CASES / 20); page++) {
      const res = await t.call('GET', `/api/v1/cases?pageSize=20&page=${page}`, { session: supervisor });
      byOffset.push(...(res.json() as { items: Array<{ id: string }> }).items.map((i) => i.id));
    }
    expect(byOffset).toEqual(expected);
  });

  it('ends with no cursor when the last page is short, and an empty page still counts', async () => {
    const res = await t.call('GET', `/api/v1/cases?pageSize=100&light=overdue&item=000000000000`, { session: supervisor });
    expect(res.json()).toMatchObject({ items: [], total: 0, totalCapped: false, nextCursor: null });
  });

  it('refuses a cursor it did not make, in Chinese and English', async () => {
    const forged = Buffer.from(JSON.stringify([0, null, "1'; DROP TABLE cases; --", 'x'])).toString('base64url');
    for (const after of [
      forged,
      'bm90LWpzb24',
      Buffer.from('[9,null,"2026-01-01 00:00:00+00","00000000-0000-0000-0000-000000000000"]').toString('base64url'),
    ]) {
      const zh = await t.call('GET', `/api/v1/cases?after=${after}`, { session: supervisor });
      expect(zh.statusCode).toBe(400);
      expect(zh.json().message).toContain('翻页位置无效');
      const en = await t.call('GET', `/api/v1/cases?after=${after}`, { session: supervisor, headers: { 'accept-language': 'en-US' } });
      expect(en.json().message).toContain('cursor is invalid');
    }
  });
});
