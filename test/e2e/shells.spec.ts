import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, openPage, screenshot, signInByApi, startServer, type TestPage, type TestServer } from './harness';

const PASSWORD = 'Demo@12345';

/** Each demo account, the workbench it lands on, and an English menu label of that workbench. */
const ACCOUNTS = [
  { username: 'citizen', role: 'citizen', path: '/portal/me', english: 'My applications', tile: '办理中的申请' },
  { username: 'enterprise', role: 'enterprise', path: '/portal/me', english: 'My applications' },
  { username: 'clerk', role: 'window_clerk', path: '/window', english: 'Queue calling', tile: '待受理' },
  { username: 'reviewer', role: 'reviewer', path: '/office', english: 'To do', tile: '待我办理' },
  { username: 'approver', role: 'approver', path: '/office', english: 'Completed' },
  { username: 'dispatcher', role: 'dispatcher', path: '/office', english: 'Assignment' },
  { username: 'hotline', role: 'hotline_agent', path: '/hotline', english: 'Knowledge base', tile: '待派单工单' },
  { username: 'handler', role: 'dept_handler', path: '/hotline', english: 'Tickets' },
  { username: 'supervisor', role: 'supervisor', path: '/supervision', english: 'Time-limit monitoring', tile: '红灯（超承诺时限）' },
  { username: 'admin', role: 'admin', path: '/admin', english: 'Audit log' },
  { username: 'depthead', role: 'dept_head', path: '/leadership', english: 'Escalated orders' },
  { username: 'leader', role: 'city_leader', path: '/leadership', english: 'Escalated orders' },
  { username: 'npc', role: 'oversight', path: '/oversight', english: 'Periodic reports' },
] as const;

/**
 * One account per workbench, and the workbenches whose every menu entry it opens (the dispatcher has
 * two). They sign in through the API: the form is what 'workbench shells' tests, for every account.
 */
const MENU_WALKERS = [
  { username: 'citizen', bases: ['/portal/me'] },
  { username: 'clerk', bases: ['/window'] },
  { username: 'dispatcher', bases: ['/office', '/hotline'] },
  { username: 'supervisor', bases: ['/supervision'] },
  { username: 'depthead', bases: ['/leadership'] },
  { username: 'npc', bases: ['/oversight'] },
  { username: 'admin', bases: ['/admin'] },
] as const;

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
/**
 * The page the next test starts on: the last one's, once that passed and was reset (cookies, stored
 * language and listeners gone), so that each test starts signed out and in Chinese but finds the app
 * in the browser's cache (a page loads in about 1.3 s instead of 2.3 s on two cores, and no new
 * context is made). After a failure the next test gets a fresh context.
 */
let reusable: TestPage | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(): Promise<Page> {
  current = reusable ?? (await openPage(browser, server.baseUrl));
  reusable = undefined;
  return current.page;
}

/** Signs the context out and forgets what the app stored; false when that could not be done. */
async function reset({ context, page }: TestPage): Promise<boolean> {
  page.removeAllListeners('pageerror');
  await context.clearCookies();
  return page.evaluate(() => (window.localStorage.clear(), window.sessionStorage.clear(), true)).catch(() => false);
}

afterEach(async ({ task }) => {
  // Everything the app loads must come from our own server: no CDN fonts, images or scripts.
  const offSite = current?.offSiteRequests.splice(0) ?? [];
  if (current && task.result?.state === 'fail') {
    console.error(`[shells] '${task.name}' failed on ${current.page.url()}`);
    await screenshot(current.page, `shells-failed-${task.name.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
  }
  if (current && task.result?.state !== 'fail' && (await reset(current))) reusable = current;
  else await current?.context.close();
  current = undefined;
  expect(offSite).toEqual([]);
});

const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Fills the sign-in form and submits; resolves with the login call's status and JSON body. */
async function submitLogin(page: Page, username: string, password: string): Promise<{ status: number; body: Record<string, unknown> }> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login') && r.request().method() === 'POST'),
    page.getByRole('button', { name: '登录', exact: true }).click(),
  ]);
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

describe('workbench shells', () => {
  it.each(ACCOUNTS)('$username signs in, lands on $path, passes axe, switches to English, signs out', async (account) => {
    const page = await newPage();
    await page.goto('/login');
    const { status, body } = await submitLogin(page, account.username, PASSWORD);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.roles).toContain(account.role);
    const displayName = String(body.displayName);

    await page.waitForURL((url) => url.pathname === account.path);
    const header = page.locator('header');
    await header.getByText(displayName, { exact: true }).waitFor();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: displayName }).waitFor();
    await page.getByRole('navigation').getByText('概览').first().waitFor();
    // The overview counts what waits for this role, each count a link to its list.
    if ('tile' in account) await page.getByRole('link', { name: new RegExp(`^${account.tile}：(\\d+|1,000\\+)$`) }).waitFor();
    await expectAccessible(page, `${account.username} workbench (zh-CN)`);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation').getByText(account.english, { exact: true }).first().waitFor();
    await header.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en-US');
    expect(await page.evaluate(() => window.localStorage.getItem('tongban.lang'))).toBe('en-US');
    await expectAccessible(page, `${account.username} workbench (en-US)`);
    await screenshot(page, `shell-${account.role}`);

    await header.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    // The session is gone on the server too.
    expect((await page.request.get('/api/v1/me')).status()).toBe(401);
  });
});

describe('every menu entry', () => {
  it.each(MENU_WALKERS)('$username opens every menu entry of $bases: a page with its heading, no error, axe clean', async ({ username, bases }) => {
    const page = await newPage();
    await signInByApi(page, username);
    // The overview the account lands on already passed axe in Chinese in 'workbench shells' above.
    const landing = ACCOUNTS.find((a) => a.username === username)?.path;
    // A page that throws while rendering is blank: its uncaught error is recorded here.
    const crashes: string[] = [];
    page.on('pageerror', (err) => crashes.push(`${pathOf(page)}: ${err.message}`));
    const nav = page.getByRole('navigation');
    const visited: string[] = [];
    for (const base of bases) {
      await page.goto(base);
      await nav.getByRole('menuitem').first().waitFor();
      const count = await nav.getByRole('menuitem').count();
      for (let i = 0; i < count; i++) {
        const item = nav.getByRole('menuitem').nth(i);
        const label = (await item.innerText()).trim();
        const before = pathOf(page);
        await item.click();
        // The first entry is the overview, where goto(base) already is; every other one navigates.
        if (i > 0) await expect.poll(() => pathOf(page)).not.toBe(before);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        if (pathOf(page) !== landing) await expectAccessible(page, `${username}: ${label} (${pathOf(page)})`);
        visited.push(pathOf(page));
      }
    }
    expect(crashes).toEqual([]);
    expect(visited.length).toBeGreaterThan(1);
    expect(new Set(visited).size).toBe(visited.length);
  });
});

describe('public pages and guards', () => {
  it('home page in Chinese and English, with search leading to the results page', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: '包头市一体化在线政务服务平台' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const main = page.locator('#main-content');
    for (const label of ['个人办事', '企业办事', '办件进度查询']) await main.getByRole('link', { name: new RegExp(label) }).waitFor();
    // The portal's top navigation on every public page: 个人办事 / 法人办事 / 一件事 / 12345 / 进度查询.
    const portalNav = page.getByRole('navigation', { name: '门户导航' });
    for (const label of ['首页', '个人办事', '法人办事', '一件事', '12345 热线', '进度查询'])
      await portalNav.getByRole('link', { name: label, exact: true }).waitFor();
    await page.getByRole('link', { name: '登录', exact: true }).waitFor();
    await expectAccessible(page, 'home (zh-CN)');
    await screenshot(page, 'home-zh');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Baotou Integrated Online Government Services' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en-US');
    await main.getByRole('link', { name: /Business services/ }).waitFor();
    await expectAccessible(page, 'home (en-US)');
    await screenshot(page, 'home-en');

    await page.getByLabel('Search services').fill('营业执照');
    await page.getByLabel('Search services').press('Enter');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === '营业执照');
    await page.getByRole('heading', { level: 2, name: /营业执照/ }).waitFor();
    // Whatever the catalog answers, the page settles on results, an empty state or an error.
    await page.locator('.tb-result-list, .tb-empty, [role="alert"]').first().waitFor();
    await expectAccessible(page, 'search results');
    await screenshot(page, 'search-en');
  });

  it('a wrong password shows the server’s error and stays on the sign-in page', async () => {
    const page = await newPage();
    await page.goto('/login');
    await expectAccessible(page, 'sign-in page');
    const { status, body } = await submitLogin(page, 'citizen', 'not-the-password');
    expect(status).toBe(401);
    const alert = page.getByRole('alert').filter({ hasText: String(body.message) });
    await alert.waitFor();
    expect(pathOf(page)).toBe('/login');
    expect(await page.getByLabel('密码', { exact: true }).inputValue()).toBe('');
    await screenshot(page, 'login-error');
  });

  it('a workbench asks an anonymous visitor to sign in and returns there afterwards', async () => {
    const page = await newPage();
    await page.goto('/office/todo');
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/office/todo');
    await submitLogin(page, 'reviewer', PASSWORD);
    await page.waitForURL((url) => url.pathname === '/office/todo');
    await page.getByRole('heading', { level: 1, name: '待办件' }).waitFor();
  });

  it('a workbench the user has no role for shows 403', async () => {
    const page = await newPage();
    await signInByApi(page, 'citizen');
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: '无权访问' }).waitFor();
    await expectAccessible(page, '403 page');
    await page.getByRole('button', { name: '前往我的工作台' }).click();
    await page.waitForURL((url) => url.pathname === '/portal/me');
  });
});
