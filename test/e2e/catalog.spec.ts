import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, screenshot, signInByApi, startServer, type TestPage, type TestServer } from './harness';

/** 公司设立登记 (company establishment registration): promised 1, statutory 3 working days in the demo. */
const COMPANY = '000101001000';
/** A point in Kundulun district, about 1 km from its district hall. */
const NEAR_KUNDULUN = { latitude: 40.6575, longitude: 109.84 };

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(): Promise<Page> {
  current = await openPage(browser, server.baseUrl);
  return current.page;
}

afterEach(async () => {
  // No map tiles, fonts or scripts from anywhere but our own server.
  const offSite = current?.offSiteRequests ?? [];
  await current?.context.close();
  current = undefined;
  expect(offSite).toEqual([]);
});

/** Distances as the place list prints them, in metres. */
async function listedDistances(page: Page): Promise<number[]> {
  const texts = await page.locator('.tb-place-list .tb-distance').allInnerTexts();
  return texts.map((text) => {
    const m = /([\d.]+)\s*(米|公里|m|km)/.exec(text);
    if (!m) throw new Error(`no distance in “${text}”`);
    return Number(m[1]) * (m[2] === '公里' || m[2] === 'km' ? 1000 : 1);
  });
}

describe('public catalog', () => {
  it('home → search 营业执照 → guide with materials and flowchart → nearest places with distances', async () => {
    const page = await newPage();
    // Into the app from another page, then home through the header's brand link (client-side).
    await page.goto('/bundles');
    await page.locator('header').getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: '包头市一体化在线政务服务平台' }).waitFor();
    for (const heading of ['个人生活事件', '企业经营事件', '“一件事一次办”', '四张清单', '网上可办率', '按部门查找']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await page.getByRole('link', { name: /马上办/ }).waitFor();
    await page.getByRole('link', { name: '生育收养' }).waitFor();
    await page.locator('.tb-rate-card').getByText(/%/).first().waitFor();
    await expectAccessible(page, 'home with catalog entries');
    await screenshot(page, 'catalog-home');

    // Suggestions as you type, then the search itself.
    const box = page.getByLabel('搜索办事事项');
    await box.fill('营业执照');
    await page.locator('.tb-suggestion').first().waitFor();
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === '营业执照');
    await page.getByRole('heading', { level: 2, name: '“营业执照”的搜索结果' }).waitFor();
    // The synonym 营业执照 → 企业设立登记 brings the establishment registrations.
    await page.getByText(/同时为您搜索了：.*企业设立登记/).waitFor();
    await page
      .getByRole('heading', { level: 3, name: /企业设立登记/ })
      .first()
      .waitFor();
    const company = page.getByRole('link', { name: '公司设立登记', exact: true });
    await company.waitFor();
    await page
      .getByRole('group', { name: /相关“一件事”/ })
      .getByRole('link', { name: '企业开办' })
      .waitFor();
    await expectAccessible(page, 'search results');
    await screenshot(page, 'catalog-results');

    // A filter narrows the results and lives in the URL.
    await page.getByLabel('办理方式').click();
    await page.locator('.ant-select-item-option[title="马上办"]').click();
    await page.waitForURL((url) => url.searchParams.get('mode') === 'immediate');
    await page.getByRole('button', { name: /清除 1 个筛选条件/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('mode'));

    await page.getByRole('link', { name: '公司设立登记', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/items/${COMPANY}`);
    await page.getByRole('heading', { level: 1, name: '公司设立登记' }).waitFor();
    for (const section of ['受理条件', '申请材料', '办理流程', '办理时限', '收费标准', '办理地点', '咨询与投诉', '设定依据']) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    const materials = page.locator('#guide-materials');
    await materials.getByText('公司登记（备案）申请书').waitFor();
    await materials.getByText('必要', { exact: true }).first().waitFor();
    await materials.getByText('主件', { exact: true }).first().waitFor();
    await materials.getByText('辅件', { exact: true }).first().waitFor();
    const blank = materials.getByRole('link', { name: '下载空白表格：公司登记（备案）申请书' });
    expect(await blank.getAttribute('href')).toBe(`/api/v1/items/${COMPANY}/materials/${COMPANY}M01/blank-form`);
    expect((await page.request.get((await blank.getAttribute('href'))!)).status()).toBe(200);

    // The flowchart is drawn from the flowchart endpoint: an SVG with the steps as text.
    const chart = page.locator('#guide-process svg[role="img"]');
    await chart.waitFor();
    for (const step of ['受理', '审查', '决定', '制证送达', '材料不齐全：一次性告知补正']) {
      await chart.locator('text', { hasText: step }).first().waitFor();
    }
    await page.getByText('本事项承诺 1 个工作日内办结，法律规定最长 3 个工作日。').waitFor();
    await page.getByRole('link', { name: '在线办理' }).waitFor();
    expect(await page.getByRole('link', { name: '在线办理' }).getAttribute('href')).toBe(`/portal/me/apply/${COMPANY}`);

    // Nearest place: the browser shares a position in Kundulun.
    await current!.context.grantPermissions(['geolocation'], { origin: server.baseUrl });
    await current!.context.setGeolocation(NEAR_KUNDULUN);
    await page.getByRole('button', { name: '使用我的位置' }).click();
    await page.getByText('已按与您当前位置的距离由近到远排列。').waitFor();
    await page.locator('.tb-place-list .tb-distance').first().waitFor();
    const distances = await listedDistances(page);
    expect(distances.length).toBeGreaterThan(1);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    expect(distances[0]).toBeLessThan(3000);
    await page
      .locator('.tb-place-list')
      .getByText(/工作日 \d\d:\d\d/)
      .first()
      .waitFor();
    await page.locator('svg.tb-place-map').waitFor();
    await expectAccessible(page, 'service guide');
    await screenshot(page, 'catalog-guide');

    // Without a position: choosing a district sorts from its centre.
    await page.getByRole('button', { name: '不按距离排序' }).click();
    await page.getByLabel('选择所在旗县区').click();
    await page.locator('.ant-select-item-option[title="东河区"]').click();
    await page.getByText('已按与东河区中心的距离由近到远排列。').waitFor();
    await page
      .locator('.tb-place-list')
      .getByText(/东河区/)
      .first()
      .waitFor();
  });

  it('shows the guide in English', async () => {
    const page = await newPage();
    await page.goto(`/items/${COMPANY}`);
    await page.getByRole('heading', { level: 1, name: '公司设立登记' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Company establishment registration' }).waitFor();
    for (const section of ['Who can apply', 'Materials', 'Process', 'Time limits', 'Fees', 'Where to go', 'Legal basis']) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    await page.locator('#guide-materials').getByText('Company registration (filing) application').waitFor();
    await page.locator('#guide-materials').getByText('Required', { exact: true }).first().waitFor();
    await page.locator('#guide-process svg').locator('text', { hasText: 'Issuance and delivery' }).waitFor();
    await page.getByText('We promise to finish within 1 working day; the law allows at most 3 working days.').waitFor();
    await page.getByRole('link', { name: 'Apply online' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en-US');
    await expectAccessible(page, 'service guide (en-US)');
    await screenshot(page, 'catalog-guide-en');
  });

  it('lists: department filter, paging and the xlsx export', async () => {
    const page = await newPage();
    await page.goto('/lists/online');
    await page.getByRole('heading', { level: 1, name: '“网上办”事项清单' }).waitFor();
    const count = page.getByText(/^共 \d+ 个事项$/);
    await count.waitFor();
    const all = Number(/\d+/.exec(await count.innerText())![0]);
    await page.getByRole('navigation', { name: '搜索结果分页' }).waitFor();
    await page.getByLabel('实施部门').click();
    await page.locator('.ant-select-item-option[title="市公安局"]').click();
    await page.waitForURL((url) => url.searchParams.get('department') === 'public-security');
    await page.waitForFunction((before) => {
      const m = /共 (\d+) 个事项/.exec(document.body.innerText);
      return m !== null && Number(m[1]) < before;
    }, all);
    const exportLink = page.getByRole('link', { name: '导出 Excel' });
    const href = await exportLink.getAttribute('href');
    expect(href).toBe('/api/v1/lists/online/export.xlsx?department=public-security');
    const xlsx = await page.request.get(href!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await page.getByRole('link', { name: '马上办' }).click();
    await page.waitForURL((url) => url.pathname === '/lists/immediate' && url.searchParams.get('department') === 'public-security');
    await expectAccessible(page, 'lists');
    await screenshot(page, 'catalog-lists');
  });

  it('a typo finds what was meant: 社宝 → 社保 with the matches marked and a 在线办理 button, on a desktop and a phone', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByLabel('搜索办事事项').fill('社宝');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === '社宝');
    // 社宝 finds nothing, so the results are those of the suggestion, and the typo can still be searched.
    const hint = page.locator('.tb-search-hint');
    await hint.getByText(/已为您显示“社保”的结果/).waitFor();
    await hint.getByRole('link', { name: '仍搜索“社宝”' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '“社保”的搜索结果' }).waitFor();
    await expectAccessible(page, 'search corrected');
    await screenshot(page, 'catalog-search-corrected');

    await hint.getByRole('link', { name: '社保', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '社保');
    await page.getByRole('heading', { level: 2, name: '“社保”的搜索结果' }).waitFor();
    const first = page.locator('.tb-result').first();
    await first
      .locator('mark', { hasText: /社会保[险障]/ })
      .first()
      .waitFor();
    const results = page.locator('.tb-result-list');
    const apply = results.getByRole('link', { name: /^在线办理\s*：/ }).first();
    await apply.waitFor();
    expect(await apply.getAttribute('href')).toMatch(/^\/portal\/me\/apply\/\d{12}$/);
    await results
      .getByRole('link', { name: /^办事指南\s*：/ })
      .first()
      .waitFor();
    // The marked word reads at AA contrast (navy on pale gold).
    const colours = await first
      .locator('mark')
      .first()
      .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(colours).toEqual(['rgb(11, 58, 117)', 'rgb(255, 241, 184)']);
    await expectAccessible(page, 'search results with marks and apply buttons');
    await screenshot(page, 'catalog-search-typo-desktop');

    await page.setViewportSize({ width: 390, height: 844 });
    await first.getByRole('link', { name: /^办事指南\s*：/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'catalog-search-typo-phone');

    // 仍搜索 searches the text as typed: the suggestion stays, the correction does not.
    await page.goto('/search?q=%E7%A4%BE%E5%AE%9D&verbatim=1');
    await page.locator('.tb-search-hint').getByText('您是不是要找：').waitFor();
    await page.getByRole('heading', { level: 2, name: '“社宝”的搜索结果' }).waitFor();
  });

  it('bundles, online rate and places pages', async () => {
    const page = await newPage();
    await page.goto('/bundles/open-restaurant');
    await page.getByRole('heading', { level: 1, name: '开办饭店' }).waitFor();
    await page.getByRole('link', { name: '食品经营许可证核发' }).waitFor();
    await expectAccessible(page, 'bundle');
    await page.goto('/stats');
    await page.getByRole('heading', { level: 2, name: '各部门网上可办率' }).waitFor();
    await page.getByRole('cell', { name: '市公安局' }).waitFor();
    await expectAccessible(page, 'online rate');
    await screenshot(page, 'catalog-stats');
    await page.goto('/places/150200-CH-01');
    await page.getByRole('heading', { level: 1, name: '包头市政务服务中心' }).waitFor();
    await page.getByText('午间不断档').first().waitFor();
    await expectAccessible(page, 'place');
    await screenshot(page, 'catalog-place');
  });
});

describe('admin catalog', () => {
  it('edits an item, sees the rule broken on its field, publishes, and the public guide shows the new version', async () => {
    const page = await newPage();
    await signInByApi(page, 'admin');
    await page.goto('/admin/items');
    await page.getByRole('heading', { level: 1, name: '事项管理' }).waitFor();
    await page.getByLabel('按名称或编码搜索事项').fill(COMPANY);
    await page.getByLabel('按名称或编码搜索事项').press('Enter');
    await page.getByRole('link', { name: '公司设立登记', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '编辑事项：公司设立登记' }).waitFor();
    await page.getByText('已发布第 1 版').waitFor();

    // A promised limit beyond the statutory one: the server's rule lands on the field.
    const promised = page.getByRole('group', { name: '承诺时限' }).getByLabel('天数');
    await promised.fill('9');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存；发布前还需修改 1 处').waitFor();
    await page.locator('#editor-limits').getByText('承诺时限 9 工作日超过了法定时限 3 工作日').waitFor();

    await promised.fill('2');
    await page.getByRole('button', { name: '添加受理条件' }).click();
    await page.getByLabel('受理条件 4', { exact: true }).fill('经营范围涉及许可项目的，按规定取得许可');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿第 2 版已保存').waitFor();
    await page.getByText(/草稿第 2 版（修订 \d+）/).waitFor();
    await expectAccessible(page, 'admin item editor');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'catalog-admin-editor');

    await page.getByRole('button', { name: '发布', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '发布第 2 版？' });
    await dialog.waitFor();
    await dialog.getByLabel('变更说明（可选）').fill('承诺时限缩短为 2 个工作日，并补充受理条件');
    await dialog.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByText('已发布第 2 版').first().waitFor();

    // History: the two versions and the field-level difference.
    await page.getByRole('button', { name: '历史版本' }).click();
    await page.getByRole('heading', { level: 1, name: `事项 ${COMPANY} 的历史版本` }).waitFor();
    const diff = page.locator('.tb-diff');
    await diff.getByText('承诺时限 › 天数').waitFor();
    await diff.locator('del', { hasText: /^1$/ }).waitFor();
    await diff.locator('ins', { hasText: /^2$/ }).waitFor();
    await diff.locator('ins', { hasText: '经营范围涉及许可项目的，按规定取得许可' }).waitFor();
    await expectAccessible(page, 'admin item history');
    await screenshot(page, 'catalog-admin-diff');

    // The public guide (no sign-in needed) shows the change and the new version.
    const anonymous = await browser.newPage();
    try {
      await anonymous.goto(`${server.baseUrl}/items/${COMPANY}`);
      await anonymous.getByRole('heading', { level: 1, name: '公司设立登记' }).waitFor();
      await anonymous.getByText('第 2 版', { exact: true }).waitFor();
      await anonymous.getByText('本事项承诺 2 个工作日内办结，法律规定最长 3 个工作日。').waitFor();
      await anonymous.getByText('经营范围涉及许可项目的，按规定取得许可').waitFor();
    } finally {
      await anonymous.close();
    }
  });

  it('import shows every invalid item and imports nothing', async () => {
    const page = await newPage();
    await signInByApi(page, 'admin');
    await page.goto('/admin/items');
    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ items: [{ code: '123', definition: { name: '无效事项' } }] })),
    });
    await dialog.getByText('以下事项不符合要求，本次没有导入任何事项。').waitFor();
    await dialog.getByText('基本编码“123”须为12位数字').waitFor();
    await expectAccessible(page, 'admin import errors');
  });

  it('places admin: edits a phone number and it shows on the public page', async () => {
    const page = await newPage();
    await signInByApi(page, 'admin');
    await page.goto('/admin/places?code=150203-DH-01');
    await page.getByRole('heading', { level: 1, name: '编辑场所：昆都仑区政务服务中心' }).waitFor();
    await page.getByLabel('电话', { exact: true }).fill('0472-2139999');
    await page.getByRole('button', { name: '保存场所信息' }).click();
    await page.getByText('场所信息已保存').waitFor();
    await expectAccessible(page, 'admin place editor');
    await screenshot(page, 'catalog-admin-place');
    const detail = (await (await page.request.get('/api/v1/places/150203-DH-01')).json()) as { phone: string };
    expect(detail.phone).toBe('0472-2139999');
  });
});
