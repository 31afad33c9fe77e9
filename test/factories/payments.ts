import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { getDemoItemByName } from '../../src/server/modules/catalog/demo';
import { seedCatalogDemo } from '../../src/server/modules/catalog';
import { setLocalGatewayTransport } from '../../src/server/modules/payments/payments.local-gateway';
import { DEMO_ACCOUNTS } from '../../src/server/seed/demo-accounts';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';
import { materials, SAMPLE_USCC, uploadPdf, type Ref } from './cases';

/** Set-up shared by the payment tests (not a test file itself). */

export const LOCAL_SECRET = 'payments-test-secret-0123456789abcdef';

/** 机动车驾驶证有效期满换证: a 即办件 charging the 10-yuan licence fee at acceptance. */
export const DRIVING_RENEWAL = getDemoItemByName('机动车驾驶证有效期满换证');
/** 居民身份证换领: 20 yuan, waived for the subsistence allowance and extreme poverty. */
export const ID_RENEWAL = getDemoItemByName('居民身份证换领');

/** 抵押权首次登记: the 80-yuan residential registration fee, charged before the certificate is issued. */
export const MORTGAGE = getDemoItemByName('抵押权首次登记');

export const CITIZEN_ID = DEMO_ACCOUNTS.find((a) => a.username === 'citizen')!.idNumber!;

export interface GatewayCall {
  url: string;
  body: Record<string, string>;
  status: number;
  answer: string;
}

/** The API with the demo catalog, the local gateway with a known secret, and its notifications delivered into the app (recorded). */
export async function createPaymentsTestApp(config: Record<string, string> = {}): Promise<TestApp & { calls: GatewayCall[]; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-payments-'));
  const t = await createTestApp({
    demoSeeders: [seedCatalogDemo],
    config: { TONGBAN_DATA_DIR: dataDir, TONGBAN_PAYMENT_GATEWAY: 'local', TONGBAN_PAYMENT_LOCAL_SECRET: LOCAL_SECRET, ...config },
  });
  const calls: GatewayCall[] = [];
  setLocalGatewayTransport(t.ctx, async ({ url, body }) => {
    const res = await t.app.inject({ method: 'POST', url: new URL(url).pathname, payload: body });
    calls.push({ url, body, status: res.statusCode, answer: res.body });
    return { status: res.statusCode, body: res.body };
  });
  return {
    ...t,
    calls,
    dataDir,
    async close() {
      await t.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type DemoItem = typeof DRIVING_RENEWAL;

/** A form that satisfies the item's fields: the applicant's own for the identity fields, plain values for the rest. */
export function formFor(item: DemoItem, applicant: { name: string; idNumber: string; mobile: string }): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const f of item.formFields) {
    if (f.key === 'applicantName' || f.key === 'legalRep') form[f.key] = applicant.name;
    else if (f.type === 'idNumber') form[f.key] = applicant.idNumber;
    else if (f.type === 'mobile') form[f.key] = applicant.mobile;
    else if (f.type === 'uscc') form[f.key] = SAMPLE_USCC;
    else if (f.type === 'select') form[f.key] = f.options![0].value;
    else if (f.type === 'number') form[f.key] = 1;
    else if (f.type === 'date') form[f.key] = '2026-01-05';
    else form[f.key] = '测试内容';
  }
  return form;
}

/** A window clerk files a case for the demo citizen with every material, and accepts it. */
export async function acceptedCase(t: TestApp, clerk: Session, item: DemoItem): Promise<Ref> {
  const applicant = { name: '王晓明', idNumber: CITIZEN_ID, mobile: '13947201234' };
  const fileId = await uploadPdf(t, clerk);
  const res = await t.call('POST', '/api/v1/cases', {
    session: clerk,
    body: {
      itemCode: item.basicCode,
      applicant: { idType: 'resident_id', ...applicant },
      form: formFor(item, applicant),
      materials: materials(
        item.basicCode,
        item.materials.map((_, i) => i + 1),
        fileId,
      ),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const accepted = await t.call('POST', `/api/v1/cases/${res.json().id}/actions/accept`, { session: clerk, body: { version: res.json().version } });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return accepted.json();
}
