// Real-browser harness: the built extension (.output/, built by `npm test` first, never here) loaded
// in Chromium (MV3, playwright-core) or Firefox ESR (MV2, puppeteer-core over WebDriver BiDi), with
// the demo news site served on a free port. scripts/lib/chromium-flags.ts says why each Chromium
// flag is there. Usage:
//
//   const s = await launch('chromium');            // or withBrowser('firefox', async (s) => { … })
//   const page = await s.openPage(s.demoUrl('/buses-stop-as-strike-begins.html'));
//   await page.waitForStatus('ready');
//   const popup = await s.openPopupFor(page.url());
//   await popup.text('[data-testid=title]');
//   await page.screenshot('article');              // → test-results/screenshots/<kind>-article.png
//   await s.close();
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
// @ts-expect-error plain ES module without types
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { HEADLESS_CHROMIUM_FLAGS } from '../../scripts/lib/chromium-flags';

export type BrowserKind = 'chromium' | 'firefox';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
export const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv2');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Must match browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'lede@lede.invalid';
/** Fixed so the popup's moz-extension:// URL is known before the add-on installs. */
export const FIREFOX_UUID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

export const CHROMIUM_ARGS = (extensionPath: string) => [
  `--disable-extensions-except=${extensionPath}`,
  `--load-extension=${extensionPath}`,
  ...HEADLESS_CHROMIUM_FLAGS,
];

/** One console message seen in a page (the page's own and, where the browser reports them, content scripts'). */
export interface ConsoleEntry {
  type: string;
  text: string;
}

/** The few page operations tests need, the same in both browsers. */
export interface TestPage {
  readonly kind: BrowserKind;
  url(): string;
  /** Runs a function in the page (its main world) and returns its JSON-able result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until <html data-lede-status> equals `status` (or one of them); returns the value seen. */
  waitForStatus(status: string | string[], timeoutMs?: number): Promise<string>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  /** Waits until `fn` (run in the page) returns something truthy. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** textContent of the first match, trimmed; null when nothing matches. */
  text(selector: string): Promise<string | null>;
  /** Writes test-results/screenshots/<kind>-<name>.png and returns its path (fullPage: the whole page). */
  screenshot(name: string, opts?: { fullPage?: boolean }): Promise<string>;
  /** Console messages seen so far. */
  readonly console: ConsoleEntry[];
  /** Uncaught page errors seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
  /** The underlying Playwright or Puppeteer page, for anything else. */
  readonly raw: PwPage | PpPage;
}

export interface Session {
  readonly kind: BrowserKind;
  /** Origin of the extension's pages: chrome-extension://<id> or moz-extension://<uuid>. */
  readonly extensionOrigin: string;
  /** Base URL of the demo news site, e.g. http://localhost:41234 */
  readonly demoBase: string;
  demoUrl(path: string): string;
  openPage(url: string): Promise<TestPage>;
  /** Opens the popup in a tab of its own, aimed at the tab showing `tabUrl` (popup.html?url=…). */
  openPopupFor(tabUrl: string): Promise<TestPage>;
  /** Opens any extension page (popup.html, options.html, …), with an optional query string. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Runs a function in an extension page (options.html, opened once and kept), where the
   * extension's APIs are reachable as `chrome` (Chromium) or `browser` (Firefox).
   */
  evaluateInExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Sets keys in the extension's storage.local (site rules, settings). */
  setExtensionStorage(items: Record<string, unknown>): Promise<void>;
  /** Every `[Lede]` message seen in any page opened by this session. */
  ledeMessages(): ConsoleEntry[];
  close(): Promise<void>;
}

type BaseSession = Omit<Session, 'evaluateInExtension' | 'setExtensionStorage'>;

const STATUS_FN = (wanted: string[]) => {
  const status = document.documentElement.dataset.ledeStatus;
  return status !== undefined && wanted.includes(status) ? status : null;
};

function screenshotPath(kind: BrowserKind, name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${kind}-${name.replace(/[^\w.-]+/g, '_')}.png`);
}

function requireBuild(path: string, command: string): void {
  if (!existsSync(join(path, 'manifest.json'))) {
    throw new Error(`No extension build at ${path}. Run \`${command}\` first (npm test does).`);
  }
}

function requireBrowser(path: string, pkg: string): void {
  if (!existsSync(path)) throw new Error(`${path} not found: install it (apt-get install -y ${pkg}).`);
}

/** What a page wrapper adds for its driver: the waits and text reading differ between the two. */
type DriverSpecific = Pick<TestPage, 'waitForStatus' | 'waitForSelector' | 'waitFor' | 'text'>;

/** Listens the same way on a Playwright or Puppeteer page (both name the events and methods alike). */
interface DriverEvents {
  on(event: 'console', listener: (msg: { type(): string; text(): string }) => void): unknown;
  on(event: 'pageerror', listener: (error: unknown) => void): unknown;
}

/** The parts of a TestPage both drivers share: console and error capture, screenshots, url, evaluate. */
function wrapPage(kind: BrowserKind, page: PwPage | PpPage, specific: DriverSpecific): TestPage {
  const console: ConsoleEntry[] = [];
  const errors: string[] = [];
  const events = page as unknown as DriverEvents;
  events.on('console', (msg) => console.push({ type: msg.type(), text: msg.text() }));
  events.on('pageerror', (err) => errors.push(String(err)));
  const evaluate = page.evaluate.bind(page) as (fn: unknown, arg: unknown) => Promise<never>;
  return {
    kind,
    raw: page,
    console,
    errors,
    url: () => page.url(),
    evaluate: (fn, arg) => evaluate(fn, arg),
    ...specific,
    async screenshot(name, opts = {}) {
      const path = screenshotPath(kind, name);
      await page.screenshot({ path, fullPage: opts.fullPage ?? false });
      return path;
    },
    close: () => page.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// Chromium

function wrapPlaywright(page: PwPage): TestPage {
  return wrapPage('chromium', page, {
    async waitForStatus(status, timeoutMs = 15_000) {
      const wanted = Array.isArray(status) ? status : [status];
      const handle = await page.waitForFunction(STATUS_FN, wanted, { timeout: timeoutMs });
      return (await handle.jsonValue()) as string;
    },
    async waitForSelector(selector, timeoutMs = 15_000) {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    async waitFor(fn, arg, timeoutMs = 15_000) {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
    },
    async text(selector) {
      const el = await page.$(selector);
      return el ? ((await el.textContent()) ?? '').trim() : null;
    },
  });
}

async function launchChromium(demoBase: string): Promise<BaseSession> {
  requireBrowser(CHROMIUM_PATH, 'chromium');
  requireBuild(CHROME_BUILD, 'wxt build');
  const profile = mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS(CHROME_BUILD),
    viewport: { width: 1280, height: 800 },
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const pages: TestPage[] = [];
  // The persistent context opens with one blank tab; reuse it for the first page.
  let blank: PwPage | undefined = ctx.pages()[0];

  const open = async (url: string, size?: { width: number; height: number }) => {
    const page = blank ?? (await ctx.newPage());
    blank = undefined;
    if (size) await page.setViewportSize(size);
    const wrapped = wrapPlaywright(page);
    pages.push(wrapped);
    await page.goto(url, { waitUntil: 'load' });
    return wrapped;
  };

  return {
    kind: 'chromium',
    extensionOrigin: origin,
    demoBase,
    demoUrl: (path) => new URL(path, demoBase).href,
    openPage: (url) => open(url),
    openPopupFor: (tabUrl) => open(`${origin}/popup.html?url=${encodeURIComponent(tabUrl)}`, POPUP_SIZE),
    openExtensionPage: (path) => open(`${origin}/${path.replace(/^\//, '')}`),
    ledeMessages: () => pages.flatMap((p) => p.console.filter((m) => m.text.includes('[Lede]'))),
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Firefox

/**
 * Polls for a selector, riding out the protocol errors Firefox reports while an extension page
 * is still replacing about:blank (puppeteer's own waitForSelector gives up on the first one).
 */
async function pollSelector(page: PpPage, selector: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      if (await page.$(selector)) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${selector}${last ? ` (last error: ${String(last)})` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function wrapPuppeteer(page: PpPage): TestPage {
  return wrapPage('firefox', page, {
    async waitForStatus(status, timeoutMs = 15_000) {
      const wanted = Array.isArray(status) ? status : [status];
      return (await pollFunction(page, STATUS_FN as never, wanted, timeoutMs)) as string;
    },
    async waitForSelector(selector, timeoutMs = 15_000) {
      await pollSelector(page, selector, timeoutMs);
    },
    async waitFor(fn, arg, timeoutMs = 15_000) {
      await pollFunction(page, fn as never, arg, timeoutMs);
    },
    async text(selector) {
      const el = await page.$(selector);
      if (!el) return null;
      return ((await el.evaluate((node) => node.textContent)) ?? '').trim();
    },
  });
}

async function launchFirefox(demoBase: string): Promise<BaseSession> {
  requireBrowser(FIREFOX_PATH, 'firefox-esr');
  requireBuild(FIREFOX_BUILD, 'wxt build -b firefox');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [GECKO_ID]: FIREFOX_UUID,
      }),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const pages: TestPage[] = [];

  const openWeb = async (url: string) => {
    const page = await browser.newPage();
    await setViewport(page, { width: 1280, height: 800 });
    const wrapped = wrapPuppeteer(page);
    pages.push(wrapped);
    await page.goto(url, { waitUntil: 'load' });
    return wrapped;
  };
  // Extension pages: Firefox renders them but puppeteer never sees the navigation finish, so the
  // navigation is not awaited; callers wait for a selector instead.
  const openExtension = async (url: string, size = { width: 1280, height: 800 }) => {
    const page = await browser.newPage();
    await setViewport(page, size);
    const wrapped = wrapPuppeteer(page);
    pages.push(wrapped);
    page.goto(url).catch(() => undefined);
    await pollSelector(page, '#app', 15_000);
    return wrapped;
  };

  return {
    kind: 'firefox',
    extensionOrigin: origin,
    demoBase,
    demoUrl: (path) => new URL(path, demoBase).href,
    openPage: openWeb,
    openPopupFor: (tabUrl) => openExtension(`${origin}/popup.html?url=${encodeURIComponent(tabUrl)}`, POPUP_SIZE),
    openExtensionPage: (path) => openExtension(`${origin}/${path.replace(/^\//, '')}`),
    ledeMessages: () => pages.flatMap((p) => p.console.filter((m) => m.text.includes('[Lede]'))),
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------------------------------------

/** The popup's size in the browser's toolbar (its CSS sets the width; the height is a typical one). */
export const POPUP_SIZE = { width: 360, height: 560 };

/** Starts the demo site on a free port and the browser with Lede loaded. Call close() when done. */
export async function launch(kind: BrowserKind): Promise<Session> {
  const server: { url: string; close(): Promise<void> } = await startDemoServer({ port: 0 });
  try {
    const session = kind === 'chromium' ? await launchChromium(server.url) : await launchFirefox(server.url);
    let extensionPage: Promise<TestPage> | null = null;
    const evaluateInExtension = async <T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
      extensionPage ??= session.openExtensionPage('options.html');
      return (await extensionPage).evaluate(fn, arg);
    };
    return {
      ...session,
      evaluateInExtension,
      setExtensionStorage: (items) =>
        evaluateInExtension(async (values) => {
          type StorageApi = { storage: { local: { set(items: object): Promise<void> } } };
          const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
          await (g.browser ?? g.chrome)!.storage.local.set(values);
        }, items),
      async close() {
        try {
          await session.close();
        } finally {
          await server.close();
        }
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** launch(), run fn, always close. */
export async function withBrowser<T>(kind: BrowserKind, fn: (session: Session) => Promise<T>): Promise<T> {
  const session = await launch(kind);
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

/** The demo site's pages, for tests. */
export const DEMO = {
  front: '/',
  notArticle: '/about.html',
  /** A single-page app: swaps articles in with fetch + history.pushState (demo/reader.js). */
  app: '/reader.html',
  articles: [
    '/kestrel-grid-battery-plant-shipyard.html',
    '/council-approves-harbour-flood-wall.html',
    '/transit-workers-vote-to-strike.html',
    '/mayor-okafor-new-offer-strike-looms.html',
    '/buses-stop-as-strike-begins.html',
    '/kestrel-grid-shares-fall-tanabe-costs.html',
    '/strike-ends-after-overnight-talks.html',
    '/what-the-strike-taught-port-aldery.html',
  ],
} as const;

/**
 * Puppeteer's setViewport also sends BiDi emulation.setScreenOrientationOverride, which Firefox ESR 140
 * does not know ("unknown command"); the viewport command itself is applied. Only that error is ignored,
 * and the size is checked.
 */
export async function setViewport(page: PpPage, size: { width: number; height: number }): Promise<void> {
  try {
    await page.setViewport(size);
  } catch (e) {
    if (!/setScreenOrientationOverride|unknown command/.test(String(e))) throw e;
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      const w = await page.evaluate(() => window.innerWidth).catch(() => 0);
      if (w === size.width) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`viewport not applied: wanted width ${size.width}`);
  }
}

/**
 * waitForFunction's in-page poller is built with Function(), which Firefox ESR 140 blocks on extension
 * pages (their CSP); evaluating the function over the protocol each 50 ms is not blocked.
 */
async function pollFunction(
  page: PpPage,
  fn: (arg: unknown) => unknown,
  arg: unknown,
  timeoutMs: number,
): Promise<unknown> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      const v = await page.evaluate(fn, arg);
      if (v) return v;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until)
      throw new Error(`Timed out after ${timeoutMs} ms${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
