// The shell's end-to-end checks, run once per browser by shell-chromium.test.ts and
// shell-firefox.test.ts. Each assertion fails if the extension did nothing.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without types
import { startDemoServer } from '../../scripts/demo-server.mjs';
import {
  CHROME_BUILD,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DEMO,
  launch,
  POPUP_SIZE,
  ROOT,
  SCREENSHOTS,
  type BrowserKind,
  type Session,
  type TestPage,
} from './harness';

const ARTICLE = {
  path: '/buses-stop-as-strike-begins.html',
  title: 'Buses and ferries stop across Port Aldery as strike begins',
  publisher: 'The Aldery Ledger',
  author: 'Lucía Benítez',
};

/** The page's DOM as served (parsed without the extension), to compare with the live DOM. */
function servedVersusLive(): Promise<{
  served: string;
  live: string;
  ledeAttributes: string[];
}> {
  return fetch(location.href)
    .then((r) => r.text())
    .then((html) => {
      const served = new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      clone.removeAttribute('data-lede-status');
      const ledeAttributes = Array.from(document.querySelectorAll('*'))
        .flatMap((el) => Array.from(el.attributes).map((a) => a.name))
        .filter((name) => name.startsWith('data-lede'));
      return { served, live: clone.outerHTML, ledeAttributes };
    });
}

export function shellSuite(kind: BrowserKind): void {
  describe(`Lede shell in ${kind}`, () => {
    let session: Session;
    let article: TestPage;

    beforeAll(async () => {
      session = await launch(kind);
      article = await session.openPage(session.demoUrl(ARTICLE.path));
    });
    afterAll(async () => {
      await session?.close();
    });

    it('finds the article on a demo news page and reports ready with counts', async () => {
      expect(await article.waitForStatus(['ready', 'error', 'skipped'])).toBe('ready');
      const counts = await article.evaluate(() => ({
        people: document.documentElement.dataset.ledePeople,
        quotes: document.documentElement.dataset.ledeQuotes,
      }));
      expect(counts.people).toMatch(/^\d+$/);
      expect(counts.quotes).toMatch(/^\d+$/);
      await article.screenshot('article');
    });

    it('shows the article title, publisher and byline in the popup for that tab', async () => {
      await article.waitForStatus('ready');
      const popup = await session.openPopupFor(article.url());
      await popup.waitForSelector('[data-testid=title]');
      expect(await popup.text('[data-testid=title]')).toBe(ARTICLE.title);
      expect(await popup.text('[data-testid=publisher]')).toBe(ARTICLE.publisher);
      expect(await popup.text('[data-testid=byline]')).toContain(ARTICLE.author);
      expect(await popup.text('[data-testid=date]')).toMatch(/2026/);
      // The byline's people, a first person guess until the analysis finds people in the text.
      expect(await popup.text('[data-testid=people]')).toContain(ARTICLE.author);
      // Activating a person scrolls the article to their first mention.
      expect(await article.evaluate(() => window.scrollY)).toBe(0);
      await popup.evaluate(() => (document.querySelector('[data-testid=person]') as HTMLButtonElement | null)?.click());
      await article.waitFor(() => window.scrollY > 0);
      // Let the memory sections load before the picture.
      await popup.waitForSelector('[data-testid=summary]').catch(() => undefined);
      await popup.screenshot('popup-article', { fullPage: true });
    });

    it('skips a page that is not an article and leaves it otherwise untouched', async () => {
      const page = await session.openPage(session.demoUrl(DEMO.notArticle));
      expect(await page.waitForStatus(['skipped', 'ready', 'error'])).toBe('skipped');
      const { served, live, ledeAttributes } = await page.evaluate(servedVersusLive);
      expect(ledeAttributes).toEqual(['data-lede-status']);
      expect(live).toBe(served);

      const popup = await session.openPopupFor(page.url());
      await popup.waitForSelector('[data-testid=empty]');
      expect(
        await popup.evaluate(() => document.querySelector('[data-testid=empty]')?.getAttribute('data-state')),
      ).toBe('skipped');
      await popup.screenshot('popup-not-article');
    });

    it('skips the front page (a list of articles, not an article)', async () => {
      const page = await session.openPage(session.demoUrl(DEMO.front));
      expect(await page.waitForStatus(['skipped', 'ready', 'error'])).toBe('skipped');
      await page.screenshot('front-page');
    });

    it('logs no [Lede] error and throws nothing into the pages', async () => {
      // Every demo article goes through the whole pipeline.
      for (const path of DEMO.articles) {
        const page = await session.openPage(session.demoUrl(path));
        expect(await page.waitForStatus(['ready', 'error', 'skipped']), path).toBe('ready');
        expect(page.errors, path).toEqual([]);
        await page.close();
      }
      expect(session.ledeMessages().filter((m) => m.type === 'error')).toEqual([]);
      expect(article.errors).toEqual([]);
    });
  });
  if (kind === 'chromium') germanSuite();
}

/**
 * The popup in German, the second complete locale: the browser's UI language picks the
 * extension's messages (_locales/de) and the dates' format. Chromium is started here with
 * --lang=de (its UI language; LANGUAGE and LANG are not read by headless Chromium). Firefox ESR
 * ships English only: German there needs its language pack, which the test machines lack.
 */
function germanSuite(): void {
  describe('Lede in German (Chromium --lang=de)', () => {
    let ctx: BrowserContext;
    let demo: { url: string; close(): Promise<void> };
    let origin: string;
    beforeAll(async () => {
      demo = await startDemoServer({ port: 0 });
      ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lede-de-')), {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...CHROMIUM_ARGS(CHROME_BUILD), '--lang=de'],
        viewport: { width: 1280, height: 800 },
      });
      const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
      origin = `chrome-extension://${new URL(worker.url()).host}`;
    });
    afterAll(async () => {
      await ctx?.close();
      await demo?.close();
    });

    const openTab = async (path: string) => {
      const page = await ctx.newPage();
      await page.goto(new URL(path, demo.url).href);
      await page.waitForFunction(() => document.documentElement.dataset.ledeStatus?.match(/ready|skipped|error/));
      return page;
    };
    const openPopup = async (url: string) => {
      const popup = await ctx.newPage();
      await popup.setViewportSize(POPUP_SIZE);
      await popup.goto(`${origin}/popup.html?url=${encodeURIComponent(url)}`);
      return popup;
    };
    const text = async (page: PwPage, selector: string) => ((await page.textContent(selector)) ?? '').trim();

    it('shows the popup of an article and of a skipped page in German, dates in German', async () => {
      const article = await openTab(ARTICLE.path);
      const popup = await openPopup(article.url());
      await popup.waitForSelector('[data-testid=summary]');
      expect(await text(popup, '#people-heading')).toBe('Personen');
      expect(await text(popup, '#summary-heading')).toBe('Zusammenfassung');
      expect(await text(popup, '[data-testid=date]')).toBe('18. November 2026');
      expect(await text(popup, '[data-testid=author] .role')).toBe('Autor');
      const label = await popup.getAttribute('[data-testid=person]', 'aria-label');
      expect(label).toMatch(/^\S.*, \d+ Erwähnung(en)?: auf der Seite zeigen$/);
      mkdirSync(SCREENSHOTS, { recursive: true });
      const shot = join(SCREENSHOTS, 'chromium-popup-de.png');
      await popup.screenshot({ path: shot, fullPage: true });
      // The picture the README can show, written once (delete it to write it again).
      const doc = join(ROOT, 'docs', 'popup-de.png');
      if (!existsSync(doc)) copyFileSync(shot, doc);

      const skipped = await openTab(DEMO.notArticle);
      const empty = await openPopup(skipped.url());
      await empty.waitForSelector('[data-testid=empty][data-state=skipped]');
      expect(await text(empty, '[data-testid=empty] h1')).toBe('Diese Seite ist kein Artikel');
      expect(await text(empty, '[data-testid=analyse-anyway]')).toBe('Diese Seite trotzdem analysieren');
      await empty.waitForSelector('[data-testid=recent]');
      expect(await text(empty, '#recent-heading')).toBe('Zuletzt gelesen');
      await empty.screenshot({ path: join(SCREENSHOTS, 'chromium-popup-not-article-de.png') });
    });
  });
}

/** The reader's control: a site turned off, and "analyse this page anyway". */
export function controlSuite(kind: BrowserKind): void {
  describe(`Lede controls in ${kind}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch(kind);
    });
    afterAll(async () => {
      await session?.close();
    });

    it('turning Lede off for the site removes everything at once; turning it on marks again', async () => {
      const page = await session.openPage(session.demoUrl(DEMO.articles[6]));
      expect(await page.waitForStatus(['ready', 'error', 'skipped'])).toBe('ready');

      await session.setExtensionStorage({ 'lede:sites': { paused: false, off: ['localhost'], on: [] } });
      await page.waitFor(() => document.documentElement.dataset.ledeStatus === undefined);
      const after = await page.evaluate(servedVersusLive);
      expect(after.ledeAttributes).toEqual([]);
      expect(after.live.replace(' data-lede-status=""', '')).toBe(after.served);
      expect(
        await page.evaluate(() => (CSS as unknown as { highlights?: { size: number } }).highlights?.size ?? 0),
      ).toBe(0);

      // A new page on that site: nothing runs, and the popup says Lede is off here.
      const other = await session.openPage(session.demoUrl(DEMO.articles[0]));
      const popup = await session.openPopupFor(other.url());
      await popup.waitForSelector('[data-testid=empty][data-state=off]');
      expect(await other.evaluate(() => document.documentElement.getAttributeNames())).toEqual(['lang']);
      await popup.screenshot('popup-off');

      await session.setExtensionStorage({ 'lede:sites': { paused: false, off: [], on: [] } });
      expect(await page.waitForStatus('ready')).toBe('ready');
      expect(await other.waitForStatus('ready')).toBe('ready');
    });

    it('follows a single-page-app navigation: the new article is analysed and shown', async () => {
      const page = await session.openPage(session.demoUrl(DEMO.app));
      expect(await page.waitForStatus(['ready', 'error', 'skipped'])).toBe('ready');
      const first = await session.openPopupFor(page.url());
      await first.waitForSelector('[data-testid=title]');
      expect(await first.text('[data-testid=title]')).toBe('Transit workers vote to strike as pay talks stall');

      await page.evaluate(() =>
        (document.querySelector('a[data-slug="buses-stop-as-strike-begins"]') as HTMLAnchorElement).click(),
      );
      await page.waitFor(() => location.search.includes('buses-stop'));
      // The popup finds the tab by its new URL only once the content script has reported it, and shows
      // what the tab holds when it opens: reopened until the new article is there.
      expect(await popupTitle(session, await addressOf(page), (t) => t === ARTICLE.title)).toBe(ARTICLE.title);
      expect(await page.waitForStatus(['ready', 'error'])).toBe('ready');
      expect(page.errors).toEqual([]);
    });

    it('loads the page layer only on articles: not on a skipped page, once when one becomes an article', async () => {
      const layerLoads = () => performance.getEntriesByName('lede:page-layer').length;
      const page = await session.openPage(session.demoUrl(DEMO.front));
      expect(await page.waitForStatus(['skipped', 'ready', 'error'])).toBe('skipped');
      expect(await page.evaluate(layerLoads)).toBe(0);

      // The front page turns into an article in place, as a single-page app does: new text, the
      // article's JSON-LD, then history.pushState. The first content script must load the rest.
      await page.evaluate(async (path) => {
        const html = await (await fetch(path)).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const ld = doc.querySelector('script[type="application/ld+json"]');
        if (ld) document.head.append(document.importNode(ld, true));
        document.body.replaceChildren(...Array.from(doc.body.childNodes, (n) => document.importNode(n, true)));
        history.pushState({}, '', path + '?spa');
      }, ARTICLE.path);
      await page.waitFor(() => document.documentElement.dataset.ledeStatus === 'ready');
      expect(Number(await page.evaluate(() => document.documentElement.dataset.ledePeople))).toBeGreaterThan(0);
      expect(await page.evaluate(layerLoads)).toBe(1);

      // Off and on again, and "analyse anyway": the same layer serves, never injected twice.
      await session.setExtensionStorage({ 'lede:sites': { paused: false, off: ['localhost'], on: [] } });
      await page.waitFor(() => document.documentElement.dataset.ledeStatus === undefined);
      await session.setExtensionStorage({ 'lede:sites': { paused: false, off: [], on: [] } });
      expect(await page.waitForStatus('ready')).toBe('ready');
      expect(await popupTitle(session, await addressOf(page), (t) => /\w/.test(t))).toMatch(/\w/);
      expect(await page.evaluate(layerLoads)).toBe(1);
      expect(page.errors).toEqual([]);
      expect(session.ledeMessages().filter((m) => m.type === 'error')).toEqual([]);
    });

    it('analyses a skipped page when the reader asks from the popup', async () => {
      const page = await session.openPage(session.demoUrl(DEMO.front));
      expect(await page.waitForStatus(['skipped', 'ready', 'error'])).toBe('skipped');
      const popup = await session.openPopupFor(page.url());
      await popup.waitForSelector('[data-testid=analyse-anyway]');
      await popup.evaluate(() => (document.querySelector('[data-testid=analyse-anyway]') as HTMLButtonElement).click());
      expect(await page.waitForStatus(['ready', 'error'])).toBe('ready');
      await popup.waitForSelector('[data-testid=title]');
      expect(await popup.text('[data-testid=title]')).toMatch(/\w/);
      expect(await popup.evaluate(() => document.querySelector('[data-testid=empty]'))).toBeNull();
      // Asked for once, injected once.
      expect(await page.evaluate(() => performance.getEntriesByName('lede:page-layer').length)).toBe(1);
    });
  });
}

/** Person marking (issue 5): needs findPeople (analysis) and markPage (page layer) to be real. */
export function markingSuite(kind: BrowserKind): void {
  describe(`Lede marks people in ${kind}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch(kind);
    });
    afterAll(async () => {
      await session?.close();
    });

    it('marks at least one person on a demo article (data-lede-people > 0)', async () => {
      const page = await session.openPage(session.demoUrl(ARTICLE.path));
      await page.waitForStatus('ready');
      const people = await page.evaluate(() => Number(document.documentElement.dataset.ledePeople));
      expect(people).toBeGreaterThan(0);
    });
  });
}

/**
 * The page's address as the page itself sees it. After history.pushState, puppeteer's page.url()
 * in Firefox ESR 140 still gives the first address (its WebDriver BiDi session is not told of
 * same-document navigations), so a popup aimed at that address finds no tab there.
 */
function addressOf(page: TestPage): Promise<string> {
  return page.evaluate(() => location.href);
}

/** Opens the popup for `url` until its title passes `ok` (up to 15 s); the last title seen, or null. */
async function popupTitle(session: Session, url: string, ok: (title: string) => boolean): Promise<string | null> {
  const until = Date.now() + 15_000;
  let title: string | null = null;
  for (;;) {
    const popup = await session.openPopupFor(url);
    try {
      await popup.waitForSelector('[data-testid=title]', 3_000);
      title = await popup.text('[data-testid=title]');
    } catch {
      title = null;
    }
    await popup.close();
    if ((title !== null && ok(title)) || Date.now() > until) return title;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
