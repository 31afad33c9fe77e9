import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, screenshot, signInByApi, startServer, type TestPage, type TestServer } from './harness';

/**
 * 12345 hotline in the browser, across roles: an agent takes a call that becomes a ticket, the
 * dispatcher dispatches it, the department signs for it and replies, the agent's return visit
 * (unsatisfied) reopens it, the department replies again and the second visit closes it, with the
 * caller's rating recorded. An
 * emergency shows the transfer banner and leaves no ticket. Residents write in on the web form
 * and the mobile page and look their ticket up.
 */

const CALLER = '13947208866';
const STREETLIGHT = '昆都仑区钢铁大街阿尔丁小区南门口的路灯坏了一个多星期了，晚上一片漆黑，老人出门很不方便，希望尽快修好';

let server: TestServer;
let browser: Browser;
const open: TestPage[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

afterEach(async () => {
  const offSite = open.flatMap((p) => p.offSiteRequests);
  for (const p of open.splice(0)) await p.context.close();
  // No map tiles, fonts or scripts from anywhere but our own server.
  expect(offSite).toEqual([]);
});

async function newPage(viewport?: { width: number; height: number }): Promise<Page> {
  const testPage = await openPage(browser, server.baseUrl);
  if (viewport) await testPage.page.setViewportSize(viewport);
  open.push(testPage);
  return testPage.page;
}

/** A fresh browser context signed in as a demo account. */
async function signInAs(username: string): Promise<Page> {
  const page = await newPage();
  await signInByApi(page, username);
  return page;
}

/** The signed-in user's CSRF token, for the few calls the test makes through the API. */
async function csrfOf(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string };
  return me.csrfToken;
}

async function ticketStatus(page: Page, id: string): Promise<{ status: string; version: number; reopenedCount: number }> {
  const response = await page.request.get(`/api/v1/hotline/tickets/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { status: string; version: number; reopenedCount: number };
}

/** Opens a ticket's page and waits until it shows. */
async function openTicket(page: Page, id: string, ticketNo: string): Promise<void> {
  await page.goto(`/hotline/tickets?id=${id}`);
  await page.getByRole('heading', { level: 1, name: `工单 ${ticketNo}` }).waitFor();
}

/** Opens an action's dialog from the ticket page, fills it with `fill`, submits and waits for the reload. */
async function act(page: Page, action: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, shot?: string): Promise<void> {
  await page.locator('.tb-hl-action-bar').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill(dialog);
  if (shot) await screenshot(page, shot);
  const [response] = await Promise.all([
    page.waitForResponse((r) => /\/api\/v1\/hotline\/tickets\/[^/]+\/actions\//.test(r.url()) && r.request().method() === 'POST'),
    dialog.getByRole('button', { name: action, exact: true }).click(),
  ]);
  expect(response.status(), await response.text()).toBe(200);
  await dialog.waitFor({ state: 'hidden' });
}

describe('12345 hotline', () => {
  let ticketId = '';
  let ticketNo = '';

  it('an agent takes a call: masked number, live classification, knowledge base, ticket created', async () => {
    const page = await signInAs('hotline');
    await page.goto('/hotline/calls');
    await page.getByRole('heading', { level: 1, name: '来电受理' }).waitFor();

    await page.getByLabel('来电号码').fill(CALLER);
    await page.getByLabel('来电号码').press('Enter');
    // The number is masked once entered.
    await page.locator('.tb-hl-phone-digits').filter({ hasText: '139****8866' }).waitFor();
    expect(await page.getByText(CALLER).count()).toBe(0);

    const classified = page.waitForResponse((r) => r.url().endsWith('/api/v1/hotline/classify') && r.status() === 200);
    await page.getByLabel('诉求内容').fill(STREETLIGHT);
    const suggestion = (await (await classified).json()) as { category: string; departmentCode: string; emergency: string | null };
    expect(suggestion.emergency).toBeNull();
    expect(suggestion.departmentCode).toBe('urban-management');
    // The suggestion fills the category field.
    await page.locator('.tb-hl-suggestion .tb-hl-choice-on').waitFor();
    await page.getByLabel('地点').fill('昆都仑区钢铁大街阿尔丁小区南门');

    // The offline map: pick a point in the urban area.
    await page.getByRole('button', { name: /在地图上选点/ }).click();
    const map = page.getByRole('img', { name: /包头市行政区示意图/ });
    await map.click({ position: { x: 120, y: 120 } });
    await page.getByText(/已选：/).waitFor();

    await page.locator('.tb-hl-kb-results').waitFor();
    await expectAccessible(page, 'agent console');
    await screenshot(page, 'hotline-console');

    const [created] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/hotline/tickets') && r.request().method() === 'POST'),
      page.getByRole('button', { name: '创建工单' }).click(),
    ]);
    expect(created.status(), await created.text()).toBe(201);
    const body = (await created.json()) as { id: string; ticketNo: string; status: string; categoryCode: string };
    expect(body.status).toBe('pending_dispatch');
    expect(body.categoryCode).toBe(suggestion.category);
    ticketId = body.id;
    ticketNo = body.ticketNo;
    await page.getByTestId('created-ticket-no').filter({ hasText: ticketNo }).waitFor();
    await screenshot(page, 'hotline-console-created');

    // The same number again is a repeat call: the console says so.
    await page.getByRole('button', { name: '接听下一个来电' }).click();
    await page.getByLabel('来电号码').fill(CALLER);
    await page.getByLabel('来电号码').press('Enter');
    await page.getByTestId('repeat-banner').waitFor();
    await page.getByText(ticketNo).first().waitFor();
  });

  it('an emergency shows the transfer banner, logs the transfer and creates no ticket', async () => {
    const page = await signInAs('hotline');
    await page.goto('/hotline/calls');
    const text = '我们楼下三单元着火了，浓烟很大，有人被困在楼上';
    await page.getByLabel('诉求内容').fill(text);
    const banner = page.getByTestId('emergency-banner');
    await banner.waitFor();
    await banner.getByText('119', { exact: true }).waitFor();
    await banner
      .getByText(/三方通话/)
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: '创建工单' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'emergency banner');
    await screenshot(page, 'hotline-emergency');

    const [call] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/hotline/calls') && r.request().method() === 'POST'),
      banner.getByRole('button', { name: /已发起三方通话转接 119/ }).click(),
    ]);
    expect(call.status()).toBe(201);
    const logged = (await call.json()) as { emergency: { line: string; transferId: number } | null };
    expect(logged.emergency?.line).toBe('119');
    await page.getByText('转接已记录（未生成工单）。').waitFor();

    // Nothing was queued: no ticket carries the text.
    const found = (await (await page.request.get(`/api/v1/hotline/tickets?q=${encodeURIComponent('三单元着火')}`)).json()) as { total: number };
    expect(found.total).toBe(0);
    // A ticket forced through the API is refused as well.
    const forced = await page.request.post('/api/v1/hotline/tickets', {
      headers: { 'x-csrf-token': await csrfOf(page) },
      data: { text, categoryCode: 'urban.sanitation', callerPhone: CALLER },
    });
    expect(forced.status()).toBe(422);
    expect(((await forced.json()) as { code: string }).code).toBe('EMERGENCY_MUST_TRANSFER');
  });

  it('the dispatcher dispatches it from the dispatch queue', async () => {
    expect(ticketId).not.toBe('');
    const page = await signInAs('dispatcher');
    await page.goto('/hotline/tickets');
    await page.getByRole('heading', { level: 1, name: '工单' }).waitFor();
    // The dispatcher's list opens on the tickets waiting for dispatch.
    await page.getByRole('link', { name: ticketNo }).waitFor();
    await expectAccessible(page, 'dispatcher ticket list');
    await screenshot(page, 'hotline-tickets-dispatcher');

    await page.getByRole('link', { name: ticketNo }).click();
    await page.getByRole('heading', { level: 1, name: `工单 ${ticketNo}` }).waitFor();
    // Dispatchers see the caller in full.
    await page.getByText(CALLER).first().waitFor();
    await act(
      page,
      '派单',
      async (dialog) => {
        await dialog.getByText('该分类的责任部门：市城市管理综合执法局').waitFor();
      },
      'hotline-dispatch-dialog',
    );
    await page.locator('.tb-hl-detail-badges').getByText('待签收').waitFor();
    await expectAccessible(page, 'ticket detail (dispatcher)');
    expect((await ticketStatus(page, ticketId)).status).toBe('dispatched');
  });

  it('the department signs for it and replies', async () => {
    const page = await signInAs('handler');
    await page.goto('/hotline/tickets');
    // The department's queue: waiting for signature.
    await page.getByRole('link', { name: ticketNo }).click();
    await page.getByRole('heading', { level: 1, name: `工单 ${ticketNo}` }).waitFor();
    await act(page, '签收', async () => {});
    await page.locator('.tb-hl-detail-badges').getByText('办理中').waitFor();
    await act(page, '答复', async (dialog) => {
      await dialog.getByLabel('答复内容').fill('已安排维修班组更换阿尔丁小区南门路灯灯泡，当晚恢复照明。');
    });
    await page.locator('.tb-hl-detail-badges').getByText('已答复待回访').waitFor();
    await expectAccessible(page, 'ticket detail (handler)');
    await screenshot(page, 'hotline-ticket-handler');
    expect((await ticketStatus(page, ticketId)).status).toBe('replied');
  });

  it('an unsatisfied return visit reopens it once; a second reply and a satisfied visit close it', async () => {
    const agent = await signInAs('hotline');
    await openTicket(agent, ticketId, ticketNo);
    await act(
      agent,
      '回访',
      async (dialog) => {
        await dialog.getByText('不满意', { exact: true }).click();
        await dialog.getByText('未解决', { exact: true }).click();
        await dialog.getByText(/工单将重办一次/).waitFor();
      },
      'hotline-return-visit',
    );
    await agent.locator('.tb-hl-detail-badges').getByText('办理中').waitFor();
    await agent.locator('.tb-hl-detail-badges').getByText('重办 1 次').waitFor();
    const reopened = await ticketStatus(agent, ticketId);
    expect(reopened.status).toBe('processing');
    expect(reopened.reopenedCount).toBe(1);

    const handler = await signInAs('handler');
    await openTicket(handler, ticketId, ticketNo);
    await act(handler, '答复', async (dialog) => {
      await dialog.getByLabel('答复内容').fill('重新检修线路，更换老化电缆，路灯已连续三晚正常照明。');
    });
    await handler.locator('.tb-hl-detail-badges').getByText('已答复待回访').waitFor();

    await openTicket(agent, ticketId, ticketNo);
    await act(agent, '回访', async (dialog) => {
      await dialog.getByText('满意', { exact: true }).click();
      await dialog.getByText('已解决', { exact: true }).click();
    });
    await agent.locator('.tb-hl-detail-badges').getByText('已办结').waitFor();
    expect((await ticketStatus(agent, ticketId)).status).toBe('closed');
    // The timeline tells the whole story.
    for (const step of ['受理登记', '派单', '签收', '回访']) await agent.locator('.tb-hl-detail-timeline').getByText(step, { exact: true }).first().waitFor();
    // The agent records the five-level rating the caller gives on the visit (docs/domain.md §10).
    await agent.getByRole('button', { name: '记录评价', exact: true }).click();
    const rating = agent.getByRole('dialog');
    await rating.getByText('非常满意', { exact: true }).click();
    await rating.getByRole('button', { name: '登记评价', exact: true }).click();
    await rating.waitFor({ state: 'hidden' });
    await agent.getByTestId('ticket-rating-level').getByText('非常满意').waitFor();
    await expectAccessible(agent, 'closed ticket');
    await screenshot(agent, 'hotline-ticket-closed');
  });

  it('joint dispatch down to a district, an extension approved and a return rejected', async () => {
    const agent = await signInAs('hotline');
    const created = await agent.request.post('/api/v1/hotline/tickets', {
      headers: { 'x-csrf-token': await csrfOf(agent) },
      data: {
        text: '昆都仑区少先路28号楼顶有人私搭乱建彩钢房，还往外接电线，邻居担心安全',
        categoryCode: 'urban.illegal-construction',
        callerPhone: '13947205555',
        address: '昆都仑区少先路28号',
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const ticket = (await created.json()) as { id: string; ticketNo: string };

    // The dispatcher sends it to urban management (lead, down to Kundulun) with housing assisting.
    const dispatcher = await signInAs('dispatcher');
    await openTicket(dispatcher, ticket.id, ticket.ticketNo);
    await act(
      dispatcher,
      '派单',
      async (dialog) => {
        await dialog.getByLabel('第 1 个部门下派区县').click();
        await dispatcher.getByRole('option', { name: '昆都仑区' }).click();
        await dialog.getByRole('button', { name: /增加协办部门/ }).click();
        await dialog.getByLabel('第 2 个承办部门').click();
        await dialog.getByLabel('第 2 个承办部门').fill('住建');
        await dispatcher.getByRole('option', { name: '市住建局' }).click();
      },
      'hotline-joint-dispatch',
    );
    const rows = dispatcher.locator('.tb-hl-detail-main .ant-table-row');
    await rows.filter({ hasText: '市住建局' }).filter({ hasText: '协办' }).waitFor();
    await rows.filter({ hasText: '昆都仑区' }).filter({ hasText: '主办' }).waitFor();

    // The lead department signs and asks for three more working days.
    const handler = await signInAs('handler');
    await openTicket(handler, ticket.id, ticket.ticketNo);
    await act(handler, '签收', async () => {});
    await act(handler, '申请延期', async (dialog) => {
      await dialog.getByLabel('延期数量').fill('3');
      await dialog.getByLabel('理由').fill('需联合住建部门现场认定，等待产权资料');
    });
    await handler.getByText(/延期申请：3 个工作日/).waitFor();

    await openTicket(dispatcher, ticket.id, ticket.ticketNo);
    await dispatcher.getByText(/延期申请：3 个工作日/).waitFor();
    await screenshot(dispatcher, 'hotline-extension-review');
    await act(dispatcher, '批准延期', async () => {});
    await dispatcher.getByText('已延期 1 次', { exact: false }).waitFor();

    // It sends the ticket back; the dispatcher finds it in the returns queue and rejects the return.
    await openTicket(handler, ticket.id, ticket.ticketNo);
    await act(handler, '退单', async (dialog) => {
      await dialog.getByLabel(/退单理由/).fill('楼顶加建属于住建部门的房屋安全管理范围');
    });
    await handler.locator('.tb-hl-detail-badges').getByText('退单待审').waitFor();

    await dispatcher.goto('/hotline/tickets?queue=returned');
    await dispatcher.getByRole('link', { name: ticket.ticketNo }).click();
    await dispatcher.getByRole('heading', { level: 1, name: `工单 ${ticket.ticketNo}` }).waitFor();
    await act(dispatcher, '驳回退单', async (dialog) => {
      await dialog.getByLabel('说明', { exact: true }).fill('违建查处由城管主办，住建协办认定');
    });
    await dispatcher.locator('.tb-hl-detail-badges').getByText('办理中').waitFor();
    await expectAccessible(dispatcher, 'ticket after return review');
    expect((await ticketStatus(dispatcher, ticket.id)).status).toBe('processing');
  });

  it('a stale version is refused with 409 and the page offers a reload', async () => {
    const agent = await signInAs('hotline');
    const csrf = await csrfOf(agent);
    const created = await agent.request.post('/api/v1/hotline/tickets', {
      headers: { 'x-csrf-token': csrf },
      data: {
        text: '青山区富强路与青年路交叉口的人行道砖松动翘起，下雨天踩上去溅一身泥',
        categoryCode: 'urban.road-damage',
        callerPhone: '13847201111',
        address: '青山区富强路青年路口',
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const ticket = (await created.json()) as { id: string; ticketNo: string };

    const page = await signInAs('dispatcher');
    await openTicket(page, ticket.id, ticket.ticketNo);
    // Someone else dispatches it meanwhile.
    const other = await page.request.post(`/api/v1/hotline/tickets/${ticket.id}/actions/dispatch`, {
      headers: { 'x-csrf-token': await csrfOf(page) },
      data: { version: 1 },
    });
    expect(other.status()).toBe(200);
    await page.locator('.tb-hl-action-bar').getByRole('button', { name: '派单', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/actions/dispatch')),
      dialog.getByRole('button', { name: '派单', exact: true }).click(),
    ]);
    expect(response.status()).toBe(409);
    const conflict = page.getByTestId('version-conflict');
    await conflict.waitFor();
    await screenshot(page, 'hotline-conflict');
    await conflict.getByRole('button', { name: '重新加载' }).click();
    await page.locator('.tb-hl-detail-badges').getByText('待签收').waitFor();
  });

  it('a resident writes in on the web form, gets a ticket number and looks it up', async () => {
    const page = await newPage();
    await page.goto('/hotline-report');
    await page.getByRole('heading', { level: 1, name: '12345 网上诉求' }).waitFor();
    await page.getByLabel('诉求内容').fill('东河区巴彦塔拉大街南侧小区暖气不热，室温只有十四度，家里有老人孩子');
    await page.getByLabel('手机号（选填）').fill('13604721234');
    await expectAccessible(page, 'public form');
    await screenshot(page, 'hotline-public-form');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/hotline/public/tickets') && r.request().method() === 'POST'),
      page.getByRole('button', { name: '提交诉求', exact: true }).click(),
    ]);
    expect(response.status(), await response.text()).toBe(201);
    const { ticketNo: publicNo } = (await response.json()) as { ticketNo: string };
    await page.getByTestId('public-ticket-no').filter({ hasText: publicNo }).waitFor();
    await screenshot(page, 'hotline-public-done');

    await page.getByRole('button', { name: '查询进度' }).click();
    await page.getByLabel('工单号').waitFor();
    expect(await page.getByLabel('工单号').inputValue()).toBe(publicNo);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.locator('.tb-hl-track-result').getByText(publicNo).waitFor();
    await page.locator('.tb-hl-track-result').getByText('待派单').waitFor();
    await expectAccessible(page, 'public progress');

    // An emergency on the public form is refused with the number to call.
    await page.getByRole('tab', { name: /提交诉求/ }).click();
    await page.getByRole('button', { name: '再提交一件' }).click();
    await page.getByLabel('诉求内容').fill('路口两车相撞，有人受伤倒在地上流血不止');
    await page.getByRole('button', { name: '提交诉求', exact: true }).click();
    await page.getByTestId('emergency-banner').waitFor();
    await screenshot(page, 'hotline-public-emergency');
  });

  it('the mobile page works on a phone-sized screen', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto('/m/12345');
    await page.getByRole('heading', { level: 1, name: '12345 掌上热线' }).waitFor();
    await page.getByLabel('诉求内容').fill('九原区建华南路公交站牌被风吹倒了，挡住了盲道');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/hotline/public/tickets') && r.request().method() === 'POST'),
      page.getByRole('button', { name: '提交诉求', exact: true }).click(),
    ]);
    expect(response.status(), await response.text()).toBe(201);
    const sent = JSON.parse(response.request().postData() ?? '{}') as { channel: string };
    expect(sent.channel).toBe('wechat');
    await page.getByTestId('public-ticket-no').waitFor();
    await expectAccessible(page, 'mobile page');
    await screenshot(page, 'hotline-mobile');
  });

  it('knowledge base, reports and English', async () => {
    const page = await signInAs('dispatcher');
    await page.goto('/hotline/knowledge');
    await page.getByRole('heading', { level: 1, name: '知识库' }).waitFor();
    await page.locator('.tb-hl-kb-item').first().waitFor();
    await page.locator('.tb-hl-kb-toggle').first().click();
    await page.locator('.tb-hl-kb-answer').first().waitFor();
    await expectAccessible(page, 'knowledge base');
    await screenshot(page, 'hotline-knowledge');

    await page.goto('/hotline/reports');
    await page.getByRole('heading', { level: 1, name: '12345 热线通报' }).waitFor();
    await page.locator('.tb-hl-kpis').waitFor();
    await page.locator('.tb-hl-chart canvas').first().waitFor();
    const exportLink = page.getByRole('link', { name: /导出 Excel/ });
    const exported = await page.request.get((await exportLink.getAttribute('href')) ?? '');
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');
    await expectAccessible(page, 'reports');
    await screenshot(page, 'hotline-reports');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: '12345 hotline reports' }).waitFor();
    await page.goto('/hotline/tickets?queue=all');
    await page.getByRole('heading', { level: 1, name: 'Tickets' }).waitFor();
    await page.locator('.tb-hl-table .ant-table-row').first().waitFor();
    await expectAccessible(page, 'ticket list (en-US)');
    await screenshot(page, 'hotline-tickets-en');
  });

  it('an admin issues an Open311 key, sees it once and revokes it', async () => {
    const page = await signInAs('admin');
    await page.goto('/admin/open311');
    await page.getByRole('heading', { level: 1, name: 'Open311 接口密钥' }).waitFor();
    const app = `e2e 测试应用 ${Date.now()}`;
    await page.getByLabel('名称').fill(app);
    await page.getByRole('button', { name: '签发', exact: true }).click();
    const key = (await page.getByTestId('new-api-key').textContent())?.trim() ?? '';
    expect(key.length).toBeGreaterThan(20);
    await expectAccessible(page, 'Open311 keys');
    await screenshot(page, 'hotline-open311-keys');

    // The key works against Open311 until it is revoked.
    const post = (apiKey: string) =>
      page.request.post('/open311/v2/requests.json', {
        form: { api_key: apiKey, service_code: 'urban.streetlight', description: '稀土高新区黄河大街路灯全部不亮', address_string: '稀土高新区黄河大街' },
      });
    expect((await post(key)).status()).toBeLessThan(300);
    await page.getByRole('button', { name: `吊销 ${app}` }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '吊销', exact: true }).click();
    await page.getByText(`已吊销“${app}”的密钥`).waitFor();
    expect((await post(key)).status()).toBe(403);
  });
});
