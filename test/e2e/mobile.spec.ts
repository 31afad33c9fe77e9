import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, okJson, openPage, screenshot, signInByApi, startServer, type TestPage, type TestServer } from './harness';

/** The phone every public page must fit: an iPhone 12–15's CSS viewport. */
const PHONE = { width: 390, height: 844 };
const ELDERLY_KEY = 'tongban.elderly';

let server: TestServer;
let browser: Browser;
let current: TestPage | undefined;
/** A phone page per mode (elderly off, on) that the page-by-page tests share: each opens its page with a fresh load. */
const shared = new Map<boolean, TestPage>();
/** A real item and place of the demo catalog, read from the public API; a demo 一件事. */
let itemCode = '';
let placeCode = '';
const BUNDLE_CODE = 'open-restaurant';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const tp = await openPage(browser, server.baseUrl);
  const items = await okJson<{ items: { code: string }[] }>(await tp.page.request.get(`/api/v1/items?q=${encodeURIComponent('营业执照')}`));
  const places = await okJson<{ places: { code: string }[] }>(await tp.page.request.get('/api/v1/places'));
  await tp.context.close();
  itemCode = items.items[0]?.code ?? '';
  placeCode = places.places[0]?.code ?? '';
});

afterAll(async () => {
  for (const tp of shared.values()) await tp.context.close();
  await browser?.close();
  await server?.stop();
});

afterEach(async ({ task }) => {
  // Everything the app loads must come from our own server (a shared page's list is emptied for the next test).
  const offSite = current?.offSiteRequests.splice(0) ?? [];
  // A shared page is kept while its tests pass; after a failure the next test of its mode gets a fresh one.
  const keep = current !== undefined && [...shared.values()].includes(current) && task.result?.state !== 'fail';
  if (!keep) {
    for (const [mode, tp] of shared) if (tp === current) shared.delete(mode);
    await current?.context.close();
  }
  current = undefined;
  expect(offSite).toEqual([]);
});

/** A phone-sized page in a fresh context, with the elderly-friendly mode stored as on or off. */
async function phonePage(elderly: boolean): Promise<Page> {
  current = await openPage(browser, server.baseUrl);
  await current.context.addInitScript(
    ([key, value]) => {
      if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, value);
    },
    [ELDERLY_KEY, elderly ? '1' : '0'] as const,
  );
  await current.page.setViewportSize(PHONE);
  return current.page;
}

/**
 * The phone page of this mode that the page-by-page tests share (made by `phonePage` on first use):
 * each opens its page with a full load and changes nothing the next one sees, and with the app in
 * the context's cache a page loads in about 1.3 s instead of 2.3 s on two cores.
 */
async function sharedPhonePage(elderly: boolean): Promise<Page> {
  if (!shared.has(elderly)) {
    await phonePage(elderly);
    shared.set(elderly, current!);
  }
  current = shared.get(elderly)!;
  return current.page;
}

/**
 * The elements that stick out past the right edge and are not clipped by a scrolling or hidden
 * ancestor (those are what make the page scroll sideways), widest first: the culprit to fix.
 */
async function sidewaysCulprits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (el: Element) => {
      const classes = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 3).join('.') : '';
      const rect = el.getBoundingClientRect();
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''}> right ${Math.round(rect.right)} px, width ${Math.round(rect.width)} px: “${text}”`;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
      .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)
      .slice(0, 6)
      .map(describe);
  });
}

/** Fails, naming the widest offending elements, when the page is wider than the phone. */
async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  if (scrollWidth <= innerWidth) return;
  const culprits = await sidewaysCulprits(page);
  throw new Error(`${label} scrolls sideways on a ${innerWidth} px phone (page ${scrollWidth} px wide); sticking out:\n${culprits.join('\n')}`);
}

/** Each public page: its path (some need the demo codes read in beforeAll) and a name for its screenshot. */
const PAGES: { name: string; path: () => string }[] = [
  { name: 'home', path: () => '/' },
  { name: 'search', path: () => `/search?q=${encodeURIComponent('营业执照')}` },
  { name: 'item-guide', path: () => `/items/${itemCode}` },
  { name: 'bundles', path: () => '/bundles' },
  { name: 'bundle', path: () => `/bundles/${BUNDLE_CODE}` },
  { name: 'places', path: () => '/places' },
  { name: 'place', path: () => `/places/${placeCode}` },
  { name: 'progress', path: () => '/progress' },
  { name: 'login', path: () => '/login' },
  { name: 'register', path: () => '/register' },
  { name: 'lists', path: () => '/lists/immediate' },
  { name: 'stats', path: () => '/stats' },
  { name: 'ratings', path: () => '/ratings' },
  { name: 'verify', path: () => '/verify' },
  { name: 'verify-receipt', path: () => '/verify/receipt' },
];

/** Opens a page and waits until its data has arrived (its heading is drawn, no spinner left). */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 30_000 });
}

describe('public pages on a 390 × 844 phone', () => {
  it('the demo catalog gives an item and a place to visit', () => {
    expect(itemCode).toMatch(/^\d{12}$/);
    expect(placeCode).not.toBe('');
  });

  it.each(PAGES)('$name fits the phone and passes axe', async ({ name, path }) => {
    const page = await sharedPhonePage(false);
    await visit(page, path());
    await expectNoSidewaysScroll(page, name);
    await screenshot(page, `mobile-${name}`);
    await expectAccessible(page, `${name} on a phone`);
  });

  it('the home page lists the departments compactly, the item guide shows each material as a card', async () => {
    const page = await phonePage(false);
    await visit(page, '/');
    // A phone sees the departments two to a row (or folded), not 42 rows of one.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4_000);
    await visit(page, `/items/${itemCode}`);
    const cards = page.locator('.tb-material-cards > li');
    expect(await cards.count()).toBeGreaterThan(0);
    await expect.poll(() => cards.first().isVisible()).toBe(true);
    // Whether a material is required is said in words on each card.
    expect(await cards.first().innerText()).toMatch(/必要|非必要|容缺|必交|选交/);
  });
});

describe('长辈模式 (elderly-friendly mode) on a phone', () => {
  it('the header switch turns it on, marks itself pressed, enlarges the type and is remembered', async () => {
    current = await openPage(browser, server.baseUrl);
    const page = current.page;
    await page.setViewportSize(PHONE);
    await visit(page, '/');
    const toggle = page.getByRole('button', { name: '长辈模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.classList.contains('tb-elderly'))).toBe(true);
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(after).toBeGreaterThanOrEqual(18);
    expect(after).toBeGreaterThan(before);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), ELDERLY_KEY)).toBe('1');

    // Remembered across a reload, and in English too.
    await page.reload();
    await page.locator('h1').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('tb-elderly'))).toBe(true);
    await page.getByRole('button', { name: 'English' }).click();
    const english = page.getByRole('button', { name: 'Larger text' });
    expect(await english.getAttribute('aria-pressed')).toBe('true');
    // Touch targets of at least 44 px.
    const box = await page.locator('.tb-hero .ant-input-affix-wrapper').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await expectNoSidewaysScroll(page, 'home in English, elderly mode');
    await screenshot(page, 'mobile-elderly-home-en');
    await expectAccessible(page, 'home in English, elderly mode');

    await english.click();
    expect(await english.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => document.documentElement.classList.contains('tb-elderly'))).toBe(false);
  });

  it.each(PAGES)('$name fits the phone and passes axe', async ({ name, path }) => {
    const page = await sharedPhonePage(true);
    await visit(page, path());
    expect(await page.evaluate(() => document.documentElement.classList.contains('tb-elderly'))).toBe(true);
    await expectNoSidewaysScroll(page, `${name} (elderly mode)`);
    await screenshot(page, `mobile-elderly-${name}`);
    await expectAccessible(page, `${name} on a phone in elderly mode`);
  });

  it('a workbench header has the switch too, and its page passes axe with the mode on', async () => {
    current = await openPage(browser, server.baseUrl);
    const page = current.page;
    await signInByApi(page, 'clerk');
    await page.goto('/window');
    const toggle = page.locator('.tb-header').getByRole('button', { name: '长辈模式' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.classList.contains('tb-elderly'))).toBe(true);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'mobile-elderly-workbench-desktop');
    await expectAccessible(page, 'window workbench in elderly mode');
  });
});
