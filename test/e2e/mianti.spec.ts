import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiOf, expectAccessible, pdf, screenshot, useSignedInPages, chooseOption } from './harness';

/**
 * 免提交 and 智能填单 in the browser (docs/decisions.md D21): the demo enterprise applies for a food
 * business permit; the form is filled from its account and its business licence, the business
 * licence itself is marked 免提交 (the market regulation bureau fetches it through the exchange, or
 * the enterprise's own business-licence e-licence stands in when it holds one), the application
 * goes in without that file, and the case page shows where it came from; the
 * window clerk finds it received. A walk-in enterprise at the window gets the same mark; an
 * e-licence offer lets the applicant pick a licence or upload after all; when the offers cannot be
 * asked for, every material is uploaded as before.
 */

/** 食品经营许可证核发 (market regulation): M02 营业执照 is 电子证照 in the guide. */
const FOOD = '000101019000';
const LICENCE = `${FOOD}M02`;
const SHARED_LABEL = '共享获取：营业执照信息（市市场监管局）';
/** The demo enterprise 包头市鹿城餐饮管理有限公司. */
const USCC = '91150203MA0NB4KQ7W';

type Account = 'enterprise' | 'clerk';
const { as } = useSignedInPages<Account>('mianti', ['enterprise', 'clerk']);

interface Offer {
  materialCode: string;
  source: string;
  label: string;
  licences?: Array<{ id: string; identifier: string }>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const row = (page: Page, code: string) => page.locator(`[data-material="${code}"]`);

async function upload(scope: Locator, name: string): Promise<void> {
  await scope.locator('input[type=file]').setInputFiles(pdf(name));
  await scope.getByText('已提交 1 份').waitFor();
}

describe('免提交 and 智能填单 (D21)', () => {
  let caseId = '';
  let caseNo = '';
  /**
   * What stands in for the business licence, as the server offers it: its data through the exchange,
   * or — once the demo enterprise holds a business-licence e-licence — that licence, picked first.
   */
  let offer: Offer;
  const expectedSource = () => (offer.source === 'e_licence' ? offer.label : SHARED_LABEL);

  it('the enterprise’s form is prefilled, its business licence is fetched for it, and the case says so', { timeout: 240_000 }, async () => {
    const page = as.enterprise;
    const offers = await (await apiOf(page)).get<{ items: Offer[] }>(`/api/v1/cases/material-offers?itemCode=${FOOD}`);
    expect(offers.items.map((o) => o.materialCode)).toEqual([LICENCE]);
    offer = offers.items[0];
    if (offer.source === 'exchange') expect(offer.label).toBe(SHARED_LABEL);
    await page.goto(`/portal/me/apply/${FOOD}`);
    await page.getByRole('heading', { level: 1, name: /在线申请：食品经营许可证核发/ }).waitFor();

    // 智能填单: empty fields filled from the account (and what the business licence says), each with its source.
    const name = page.getByLabel('单位（企业）名称', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('包头市鹿城餐饮管理有限公司');
    await expect(page.getByLabel('统一社会信用代码', { exact: true }).inputValue()).resolves.toBe(USCC);
    await page.getByTestId('prefill-entityName').filter({ hasText: '来自：账号实名信息' }).waitFor();
    // Still the applicant's to change: an edited field loses its source.
    await name.fill('包头市鹿城餐饮管理有限公司（总店）');
    await page.getByTestId('prefill-entityName').waitFor({ state: 'detached' });
    await name.fill('包头市鹿城餐饮管理有限公司');
    // The person applying for the enterprise is not in its account: typed in.
    await page.getByLabel('申请人姓名', { exact: true }).fill('王晓明');
    await page.getByLabel('公民身份号码', { exact: true }).fill('150203198805171237');
    await page.getByRole('button', { name: '保存并继续' }).click();
    await page.waitForURL((url) => url.searchParams.get('step') === 'details');

    const address = page.getByLabel('经营场所', { exact: true });
    if (offer.source === 'exchange') {
      await expect.poll(() => address.inputValue()).not.toBe('');
      await page
        .getByTestId('prefill-businessAddress')
        .filter({ hasText: `来自：${SHARED_LABEL}` })
        .waitFor();
    }
    await address.fill('昆都仑区阿尔丁大街 8 号 2 层');
    await page.getByLabel('经营面积（平方米）', { exact: true }).fill('120');
    await chooseOption(page, '经营主体业态', '餐饮服务经营者');
    await page.getByRole('button', { name: '保存并继续' }).click();
    await page.waitForURL((url) => url.searchParams.get('step') === 'materials');

    // 免提交: the business licence asks for no file and says where it will come from.
    const licence = row(page, LICENCE);
    await licence.locator('.tb-mtag--free', { hasText: '免提交' }).waitFor();
    if (offer.source === 'exchange') {
      await licence.getByText(`将通过${SHARED_LABEL}，无需上传`).waitFor();
      await expect(licence.getByRole('button', { name: /上传文件/ }).count()).resolves.toBe(0);
    } else {
      // The wallet's licences to pick from, the newest chosen.
      const first = offer.licences?.[0];
      const picks = licence.getByRole('radiogroup', { name: '营业执照：选择电子证照或上传文件' });
      await expect(picks.getByRole('radio', { name: new RegExp(escape(first?.identifier ?? '-')) }).isChecked()).resolves.toBe(true);
    }
    await licence.getByText('无需上传', { exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: '本次免提交 1 项材料' }).waitFor();
    for (const m of ['M01', 'M03', 'M04', 'M05']) await upload(row(page, `${FOOD}${m}`), `${m}.pdf`);
    await expectAccessible(page, 'apply page with 免提交');
    await screenshot(page, 'mianti-apply');

    // The same in English.
    await page.getByRole('button', { name: 'English' }).click();
    await licence.getByText('No need to submit', { exact: true }).waitFor();
    await licence.getByText(offer.source === 'exchange' ? /Fetched for you — Shared data: Business licence/ : /Use an e-licence from My e-licences/).waitFor();
    await page.getByRole('status').filter({ hasText: 'Materials you need not submit this time: 1' }).waitFor();
    await expectAccessible(page, 'apply page with 免提交 (en-US)');
    await screenshot(page, 'mianti-apply-en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: /在线申请/ }).waitFor();

    // The files go with the draft, without the business licence's (no question about missing materials).
    const [saved] = await Promise.all([
      page.waitForRequest((r) => /\/api\/v1\/cases\/[0-9a-f-]{36}$/.test(r.url()) && r.method() === 'PATCH'),
      page.getByRole('button', { name: '保存并继续' }).click(),
    ]);
    const body = saved.postDataJSON() as { materials: Array<{ materialCode: string }> };
    expect(body.materials.map((m) => m.materialCode).sort()).toEqual(['M01', 'M03', 'M04', 'M05'].map((m) => `${FOOD}${m}`));
    await page.getByRole('radio', { name: /到窗口领取/ }).check();
    await page.getByRole('button', { name: '保存并继续' }).click();
    await page.getByTestId('check-answers').getByText('营业执照：免提交').waitFor();
    await page.getByTestId('declaration').check();
    // Submitted with the pick, if any.
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/actions/submit') && r.method() === 'POST'),
      page.getByRole('button', { name: '提交申请' }).click(),
    ]);
    const submitted = request.postDataJSON() as { licences?: unknown; declaration?: boolean };
    expect(submitted.declaration).toBe(true);
    expect(submitted.licences).toEqual(offer.source === 'e_licence' ? [{ materialCode: LICENCE, licenceId: offer.licences?.[0]?.id }] : undefined);
    caseNo = (await page.getByTestId('case-no').textContent())?.trim() ?? '';
    expect(caseNo).toMatch(/^BT\d{6}-\d{8}-\d{6}$/);
    await page.getByRole('button', { name: '查看办件' }).click();
    await page.waitForURL(/\/portal\/me\/cases\/[0-9a-f-]{36}$/);
    caseId = page.url().split('/').pop() ?? '';

    // The case page: 免提交 with its source and time, not "未提交".
    const onCase = row(page, LICENCE);
    await onCase
      .getByTestId('material-shared')
      .filter({ hasText: `免提交 · ${expectedSource()} · ` })
      .waitFor();
    await onCase.locator('.tb-mtag--free', { hasText: '免提交' }).waitFor();
    await onCase.getByText('已获取').waitFor();
    await expect(onCase.getByText('未提交').count()).resolves.toBe(0);
    // The history says so too, naming the material.
    await page.locator('.tb-timeline-detail', { hasText: '免提交' }).getByText('营业执照').waitFor();
    await expectAccessible(page, 'case page with 免提交');
    await screenshot(page, 'mianti-case');
  });

  it('the window clerk finds the fetched business licence received, and may accept', { timeout: 120_000 }, async () => {
    expect(caseId).not.toBe('');
    const page = as.clerk;
    await page.goto(`/window/cases/${caseId}`);
    const panel = page.locator('.tb-acceptance');
    const check = panel.locator(`[data-material="${LICENCE}"]`);
    await check.getByText(`免提交 · ${expectedSource()} · `).waitFor();
    await expect(check.getByRole('radio', { name: /收到/ }).isChecked()).resolves.toBe(true);
    await expect(check.getByRole('radio', { name: /收到/ }).isDisabled()).resolves.toBe(false);
    await panel.getByText('材料齐全，可以受理。').waitFor();
    await expect(panel.getByRole('button', { name: '受理', exact: true }).isDisabled()).resolves.toBe(false);
    await expectAccessible(page, 'window acceptance with 免提交');
    await screenshot(page, 'mianti-window-case');
  });

  it('a walk-in enterprise at the window: once its credit code checks out, the business licence is marked 免提交', { timeout: 120_000 }, async () => {
    const page = as.clerk;
    await page.goto('/window/intake');
    await page.locator('#intake-item').click();
    await page.locator('#intake-item').fill('食品经营许可证核发');
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title^="食品经营许可证核发"]`).click();
    const applicant = page.locator('.tb-case-card', { has: page.getByRole('heading', { name: '2. 申请人' }) });
    await applicant.getByRole('radio', { name: '统一社会信用代码' }).check();
    // Nothing is marked before the credit code is whole and valid.
    await applicant.getByRole('textbox', { name: '统一社会信用代码' }).fill(USCC.slice(0, 17));
    await row(page, LICENCE).waitFor();
    await expect(row(page, LICENCE).locator('.tb-mtag--free').count()).resolves.toBe(0);
    await applicant.getByRole('textbox', { name: '统一社会信用代码' }).fill(USCC);
    await row(page, LICENCE).locator('.tb-mtag--free', { hasText: '免提交' }).waitFor();
    // No pick at the window: the server finds the licence.
    await row(page, LICENCE)
      .getByText(offer.source === 'exchange' ? `将通过${SHARED_LABEL}，无需上传` : `将使用${offer.label}，无需收取`)
      .waitFor();
    await page.getByRole('status').filter({ hasText: '该申请人本事项免提交 1 项材料，无需收取。' }).waitFor();
    // 智能填单 at the window too.
    const form = page.locator('.tb-case-card', { has: page.getByRole('heading', { name: '3. 申请表' }) });
    await form.locator('.tb-prefill-hint').first().waitFor();
    if (offer.source === 'exchange') {
      await form
        .getByTestId('prefill-businessAddress')
        .filter({ hasText: `来自：${SHARED_LABEL}` })
        .waitFor();
    }
    await expectAccessible(page, 'window intake with 免提交');
    await screenshot(page, 'mianti-intake');
  });

  it('an e-licence offer: the wallet’s licences to pick, the first chosen, or a file after all', { timeout: 120_000 }, async () => {
    const page = as.enterprise;
    const licences = [
      {
        id: '00000000-0000-4000-8000-00000000000a',
        identifier: '1.2.156.3005.2.000101019000.JY11502030012345.001.A',
        typeName: '营业执照',
        validUntil: '2046-05-31',
      },
      { id: '00000000-0000-4000-8000-00000000000b', identifier: '1.2.156.3005.2.000101019000.JY11502030067890.001.B', typeName: '营业执照', validUntil: null },
    ];
    await page.route('**/api/v1/cases/material-offers?*', (route) =>
      route.fulfill({
        json: {
          items: [{ materialCode: LICENCE, source: 'e_licence', label: `电子证照 营业执照（${licences[0].identifier}）`, labelEn: 'E-licence', licences }],
        },
      }),
    );
    try {
      await page.goto(`/portal/me/apply/${FOOD}?step=materials`);
      const licence = row(page, LICENCE);
      const picks = licence.getByRole('radiogroup', { name: '营业执照：选择电子证照或上传文件' });
      await picks.waitFor();
      await expect(picks.getByRole('radio', { name: new RegExp(escape(licences[0].identifier)) }).isChecked()).resolves.toBe(true);
      await picks.getByText('长期有效').waitFor();
      await licence.locator('.tb-mtag--free').waitFor();
      await expectAccessible(page, 'apply page with an e-licence to pick');
      await screenshot(page, 'mianti-apply-licence');
      // Uploading after all: the 免提交 mark goes and the upload button comes.
      await picks.getByRole('radio', { name: '不使用电子证照，上传文件' }).check();
      await licence.getByRole('button', { name: '上传文件：营业执照' }).waitFor();
      await expect(licence.locator('.tb-mtag--free').count()).resolves.toBe(0);
      await page.getByText(/本次免提交/).waitFor({ state: 'detached' });
    } finally {
      await page.unroute('**/api/v1/cases/material-offers?*');
    }
  });

  it('when the offers cannot be asked for, every material is uploaded as before and the form says so quietly', { timeout: 120_000 }, async () => {
    const page = as.enterprise;
    await page.route('**/api/v1/cases/material-offers?*', (route) => route.fulfill({ status: 503, json: { code: 'BUSY', message: '系统繁忙' } }));
    try {
      await page.goto(`/portal/me/apply/${FOOD}?step=materials`);
      await page.getByText('暂时无法查询哪些材料可以免提交，请按清单上传全部材料。').waitFor();
      const licence = row(page, LICENCE);
      await licence.getByText('未提交').waitFor();
      await licence.getByRole('button', { name: '上传文件：营业执照' }).waitFor();
      await expect(licence.locator('.tb-mtag--free').count()).resolves.toBe(0);
      await screenshot(page, 'mianti-apply-offers-failed');
    } finally {
      await page.unroute('**/api/v1/cases/material-offers?*');
    }
  });
});
