import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type APIResponse, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { ONE_PAGE_PDF } from '../factories/materials';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');

/** Log lines that say the demo jobs are done (each module's demo logs one on a fresh database). */
const DEMO_LOADED = [
  'demo cases loaded',
  'hotline demo tickets loaded',
  'demo ratings loaded',
  'demo supervision orders loaded',
  'demo periodic reports made',
  'demo bundles loaded',
  'demo payment orders made',
];
// Under the hook timeout (180 s), so a slow start fails with the server's output rather than a bare timeout.
const HEALTH_TIMEOUT_MS = 150_000;
const STOP_TIMEOUT_MS = 10_000;

/** A running `tongban start` on a free port with its own fresh data directory. */
export interface TestServer {
  baseUrl: string;
  dataDir: string;
  /** Recent server output, for failure messages. */
  output: () => string;
  /** Stops the server and removes its data directory. */
  stop: () => Promise<void>;
  /** Stops the server (SIGTERM, waiting up to `ms`) and keeps its data directory. */
  halt: (ms: number) => Promise<void>;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data directory whose demo is loaded (test/e2e/demo-template.ts), copied by each spec's server. */
    e2eTemplate: string;
  }
}

/**
 * Starts `node bin/tongban.js start` with PORT (free), TONGBAN_DATA_DIR (a fresh copy of the
 * demo-loaded template the global setup made), NODE_ENV=test and TONGBAN_DEMO=1, and resolves once
 * `/healthz` answers 200: a restart on loaded data, so every spec starts from the same demo without
 * each paying for migrations, seeding and the demo jobs.
 */
export function startServer(env: Record<string, string> = {}): Promise<TestServer> {
  return launchServer({ template: inject('e2eTemplate'), env });
}

/**
 * Starts a server; with `template`, on a copy of that data directory (its demo already in), else
 * on a fresh one, waiting for the demo jobs' "loaded" lines.
 */
export async function launchServer(opts: { template?: string; env?: Record<string, string> } = {}): Promise<TestServer> {
  const port = await findFreePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tongban-e2e-'));
  if (opts.template) cpSync(opts.template, dataDir, { recursive: true });
  const baseUrl = `http://localhost:${port}`;
  const lines: string[] = [];
  const seen = new Set<string>();
  let jobFailure = '';
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    for (const msg of DEMO_LOADED) if (text.includes(msg)) seen.add(msg);
    // A failed demo job never logs its "loaded" line: say so now rather than at the hook's timeout.
    jobFailure ||= text.split('\n').find((line) => line.includes('"job failed"')) ?? '';
    lines.push(...text.split('\n').filter(Boolean));
    if (lines.length > 300) lines.splice(0, lines.length - 300);
  };

  const child = spawn(process.execPath, ['bin/tongban.js', 'start'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...opts.env, PORT: String(port), TONGBAN_DATA_DIR: dataDir, NODE_ENV: 'test', TONGBAN_DEMO: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => lines.join('\n');
  let halting = false;
  // A server that goes away mid-spec fails every later test with ECONNREFUSED: say how it ended
  // (its exit code or signal; a SIGTERM from outside shuts it down cleanly, with 0) and what it printed last.
  child.once('exit', (code, signal) => {
    if (!halting) console.error(`[e2e] the server on ${baseUrl} ended unasked (${code ?? signal}); its last output:\n${lines.slice(-40).join('\n')}`);
  });

  const halt = async (ms: number) => {
    halting = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, ms))) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
    }
  };
  const stop = async () => {
    await halt(STOP_TIMEOUT_MS);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`tongban start exited (${child.exitCode ?? child.signalCode}) before /healthz answered:\n${output()}`);
    }
    const healthy = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status === 200,
      () => false, // Not listening yet.
    );
    if (healthy) {
      // The demo (cases, 12345 history and workload) loads in jobs after listening; the specs
      // walk through that demo, so they start once it is in.
      while (!opts.template && Date.now() < deadline && seen.size < DEMO_LOADED.length && !jobFailure) await new Promise((resolve) => setTimeout(resolve, 250));
      if (jobFailure) {
        await stop();
        throw new Error(`a demo job failed while the server started:\n${jobFailure}`);
      }
      return { baseUrl, dataDir, output, stop, halt };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`/healthz did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * Debian's `chromium-headless-shell` when installed (.ci/run installs it), else its `chromium`. The
 * shell is the old headless Chromium without the browser's own UI: on two cores a spec ran in 10–30 %
 * less time under it (hotline.spec 83–90 → 62 s, cases.spec 84–86 → 75 s); pages render the same.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Off-site hosts do not resolve, so the app cannot load anything from the network; the
      // requests it tries are recorded from the context's events (openPage).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost',
    ],
  });
}

/** A page in a fresh context (no cookies, no saved language) with its off-site requests recorded. */
export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** URLs the app tried to load from anywhere but the server under test; they are blocked. */
  offSiteRequests: string[];
}

export async function openPage(browser: Browser, baseUrl: string): Promise<TestPage> {
  // Reduced motion: the app then draws dialogs without their zoom-in, so a click cannot land
  // on a dialog still moving into place (a flake seen on a loaded CI machine).
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'zh-CN', viewport: { width: 1366, height: 860 }, reducedMotion: 'reduce' });
  // Two cores shared by the server, its jobs and Chromium: a step may need longer than Playwright's 30 s under load.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  // Recorded from events, not intercepted with `context.route`: routing turns the browser's HTTP
  // cache off and passes every request through this process, so each page load fetched the whole
  // app again. The browser cannot reach off-site hosts anyway (launchBrowser).
  const origin = new URL(baseUrl).origin;
  const offSiteRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offSiteRequests.push(url);
  });
  const page = await context.newPage();
  return { context, page, offSiteRequests };
}

/**
 * Waits until no finite CSS animation or transition is running (a popover fading out is
 * half-transparent, and axe would measure its contrast mid-fade). Looping animations are ignored.
 * antd's click wave (an empty ring round the button just clicked, fading for 2 s, then removed) is
 * skipped to its end, which removes it, instead of waited for: the state is the same, 2 s sooner.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const a of document.getAnimations()) {
      const target = (a.effect as KeyframeEffect | null)?.target;
      if (target instanceof Element && target.classList.contains('ant-wave')) a.finish();
    }
  });
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
}

/**
 * Picks an option of the antd select labelled `label` (inside `scope`, the page by default) and
 * checks it took: a click that lands while the dropdown is still sliding in is retried. `type`
 * types the option first (a searchable select); `enter` then takes it with Enter instead of a click.
 */
export async function chooseOption(
  page: Page,
  label: string,
  option: string,
  opts: { scope?: Locator | Page; type?: boolean; enter?: boolean } = {},
): Promise<void> {
  const scope = opts.scope ?? page;
  const select = scope.getByLabel(label, { exact: true });
  const chosen = scope.locator('.ant-select', { has: page.getByLabel(label, { exact: true }) }).locator(`.ant-select-content[title="${option}"]`);
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    if (opts.type || opts.enter) await select.fill(option);
    const item = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`);
    await item.waitFor();
    // Let the dropdown finish sliding in, so the click lands on the option it aims at.
    await page.waitForTimeout(300);
    if (opts.enter) await select.press('Enter');
    else await item.click();
    if (
      await chosen.waitFor({ state: 'attached', timeout: 2_000 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  throw new Error(`could not choose “${option}” in “${label}”`);
}

/** axe-core's browser script, the copy @axe-core/playwright itself injects. */
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/**
 * axe-core's full rule set, run in the page. AxeBuilder's default run injects axe afresh, opens a
 * blank page in the context, injects axe there too and carries every rule's results across as JSON
 * (2–3 s a run on two cores, against about 0.5 s here): machinery for cross-origin frames, which the
 * app has none of. Here axe is injected once per document (it stays through the app's client-side
 * navigation) and `axe.run` returns every violation in full (passes and the like keep one node
 * each). A page with frames still goes through AxeBuilder.
 */
async function runAxe(page: Page): Promise<AxeResults> {
  if (page.frames().length > 1) return new AxeBuilder({ page }).analyze();
  if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'] }),
  );
}

/** Runs axe-core on the page and fails on any serious or critical violation, listing them. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await animationsSettled(page);
  const results = await runAxe(page);
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length === 0) return;
  const report = bad
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`)
          .join('\n')}`,
    )
    .join('\n');
  throw new Error(`axe found ${bad.length} serious/critical violation(s) on ${label}:\n${report}`);
}

/** Full-page screenshot to test-results/<name>.png (kept as a CI artefact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Every demo account's password. */
export const DEMO_PASSWORD = 'Demo@12345';

/**
 * Signs a demo account in through the real sign-in form (as a person would) and waits until the
 * app has left the login page. Use one page (one browser context) per role.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login') && r.request().method() === 'POST' && r.status() === 200),
    page.getByRole('button', { name: '登录', exact: true }).click(),
  ]);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Signs a demo account in through the API: the session cookie lands in the page's context, and the
 * page stays where it is. For specs whose subject is not the sign-in form (shells.spec.ts signs every
 * demo account in through the form): it saves loading the sign-in page and filling it in.
 */
export async function signInByApi(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await page.request.post('/api/v1/auth/login', { data: { username, password } });
  if (response.status() !== 200) throw new Error(`${username} could not sign in: ${response.status()} ${await response.text()}`);
}

/** What a spec of several accounts works with (see `useSignedInPages`). */
export interface SignedInPages<U extends string> {
  /** Each account's page, signed in, blank until a test opens a URL (one browser context per account). */
  as: Record<U, Page>;
  /** Another page in a fresh context (nobody signed in), closed and checked with the others. */
  openAnonymous(): Promise<TestPage>;
  /** The spec's server (its data directory, for what it writes to disk), once the hooks have started it. */
  server(): TestServer;
}

/**
 * Registers a spec's hooks for one server, one browser and a signed-in page per account: sign-ins
 * (through the API) before the tests, each page left blank until a test opens where it works; after
 * a failed test a screenshot of every page (`<name>-failed-<account>`); at the end every context
 * closed, and no page may have tried to load anything from off-site.
 */
export function useSignedInPages<U extends string>(name: string, accounts: readonly U[], opts: { env?: Record<string, string> } = {}): SignedInPages<U> {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const opened: TestPage[] = [];
  const as = {} as Record<U, Page>;
  const open = async () => {
    const tp = await openPage(browser!, server!.baseUrl);
    opened.push(tp);
    return tp;
  };
  beforeAll(async () => {
    server = await startServer(opts.env);
    browser = await launchBrowser();
    // Signed in through the API only: each test opens the page it is about (loading a workbench
    // first cost about 2 s per account on two cores, 40 accounts over the suite).
    for (const account of accounts) {
      const tp = await open();
      await signInByApi(tp.page, account);
      as[account] = tp.page;
    }
  });
  afterAll(async () => {
    const offSite = opened.flatMap((p) => p.offSiteRequests);
    for (const p of opened) await p.context.close();
    await browser?.close();
    await server?.stop();
    expect(offSite).toEqual([]);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    for (const [account, page] of Object.entries<Page>(as)) await screenshot(page, `${name}-failed-${account}`).catch(() => undefined);
  });
  return { as, openAnonymous: open, server: () => server! };
}

/** The JSON of an API response made from a page, or an error naming the URL, status and body. */
export async function okJson<T>(response: APIResponse): Promise<T> {
  if (!response.ok()) throw new Error(`${response.url()} → ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A small valid PDF, as a file the specs upload or attach. */
export const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: ONE_PAGE_PDF,
});

/** The API as the page's signed-in user (for setting up preconditions and checking facts). */
export async function apiOf(page: Page) {
  const me = await okJson<{ csrfToken: string }>(await page.request.get('/api/v1/me'));
  const headers = { 'x-csrf-token': me.csrfToken };
  return {
    get: <T>(path: string) => page.request.get(path).then((r) => okJson<T>(r)),
    post: <T>(path: string, data: unknown) => page.request.post(path, { data, headers }).then((r) => okJson<T>(r)),
    upload: async (name: string) =>
      (await okJson<{ fileId: string }>(await page.request.post('/api/v1/files', { multipart: { file: pdf(name) }, headers }))).fileId,
  };
}
