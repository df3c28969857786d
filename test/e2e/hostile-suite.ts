// A hostile page against the real extension (issue 12), run once per browser by
// hostile-chromium.test.ts and hostile-firefox.test.ts. The reader first reads three genuine
// articles of the demo site (localhost); the hostile page (fixtures-hostile/, served from
// 127.0.0.1: another site) names the same mayor and tries, from its own scripts: to open cards
// and make Lede look things up without the reader, to read or measure what the card shows from
// the reader's memory, to replace the genuine site's record with a canonical link, to flood the
// memory by changing address and text every 450 ms, to switch Lede off with WXT's "content script
// started" event, and to stall a genuine article in another tab. The tests run in order and build
// on one another (one browser profile per file). See docs/security.md.
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID, launch, ROOT, type BrowserKind, type Session, type TestPage } from './harness';
import { KitPage, markPoint, serve, sleep, type Server } from './page-kit';

export const HOSTILE_FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures-hostile');

/** Genuine articles that name Mayor Adaeze Okafor, read before the hostile page. */
const EARLIER = [
  { path: '/transit-workers-vote-to-strike.html', title: 'Transit workers vote to strike as pay talks stall' },
  { path: '/mayor-okafor-new-offer-strike-looms.html', title: 'Mayor Okafor makes new offer as transit strike looms' },
  { path: '/buses-stop-as-strike-begins.html', title: 'Buses and ferries stop across Port Aldery as strike begins' },
];
const GENUINE_LATER = '/strike-ends-after-overnight-talks.html';
const TITLES = EARLIER.map((a) => a.title);

type Envelope = { type: string; data?: unknown };
type RuntimeApi = { runtime: { sendMessage(message: Envelope): Promise<unknown> } };

/** Sends a message from an extension page (where every message type is answered). */
function ask<T>(session: Session, type: string, data?: unknown): Promise<T> {
  return session.evaluateInExtension(
    async (envelope: Envelope) => {
      const g = globalThis as unknown as { browser?: RuntimeApi; chrome?: RuntimeApi };
      return (await (g.browser ?? g.chrome)!.runtime.sendMessage(envelope)) as T;
    },
    { type, data },
  );
}

interface Listed {
  url: string;
  title: string | null;
}
const recent = (session: Session) => ask<Listed[]>(session, 'lede:memory-recent', { limit: 1000 });

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await sleep(200);
  }
}

/** Text of the memory frame inside the open card, read over the automation protocol. */
export async function frameText(page: TestPage): Promise<string | null> {
  if (page.kind === 'chromium') {
    const frame = (page.raw as PwPage).frames().find((f) => f.url().includes('memory-card.html'));
    if (!frame) return null;
    return frame.evaluate(() => document.body.textContent).catch(() => null);
  }
  // Firefox over BiDi names the moz-extension frame "about:blank": take the page's child frames.
  const raw = page.raw as PpPage;
  const texts: string[] = [];
  for (const f of raw.frames().filter((f) => f !== raw.mainFrame())) {
    const t = await f.evaluate(() => document.body?.textContent ?? '').catch(() => '');
    if (t) texts.push(t);
  }
  return texts.length > 0 ? texts.join(' ') : null;
}

interface Hostile {
  hostile: Record<string, (...args: never[]) => unknown>;
}
/** Calls window.hostile[fn](...args) in the page's main world (fixtures-hostile/hostile.js). */
function call<T>(page: TestPage | KitPage, fn: string, ...args: unknown[]): Promise<T> {
  return (page as TestPage).evaluate(
    ({ fn, args }: { fn: string; args: unknown[] }) =>
      (window as unknown as Hostile).hostile[fn](...(args as never[])) as T,
    { fn, args },
  );
}

const highlightCount = () =>
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede-person')?.size ?? 0;

async function hoverName(page: TestPage, name: string): Promise<void> {
  const kit = new KitPage(page.kind, page.raw);
  const index = await page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede-person');
    return h ? Array.from(h).findIndex((r) => r.toString().includes(n)) : -1;
  }, name);
  expect(index).toBeGreaterThanOrEqual(0);
  const pt = (await page.evaluate(markPoint, { name: 'lede-person', index }))!;
  await kit.move(2, 2);
  await kit.move(pt.x, pt.y);
  await page.waitFor((n) => document.querySelector('lede-card-host')?.getAttribute('data-name')?.includes(n), name);
}

async function closeCard(page: TestPage): Promise<void> {
  const kit = new KitPage(page.kind, page.raw);
  await kit.press('Escape');
  await kit.move(2, 2);
  await page.waitFor(() => !document.querySelector('lede-card-host')?.hasAttribute('data-card'));
}

export function hostileSuite(kind: BrowserKind): void {
  describe(`a hostile page cannot reach the reader's memory or stop Lede (${kind})`, () => {
    let session: Session;
    let server: Server;
    /** The hostile site: 127.0.0.1, another site than the demo's localhost. */
    let hostileUrl: (path: string) => string;
    let page: TestPage;

    beforeAll(async () => {
      session = await launch(kind);
      server = await serve(HOSTILE_FIXTURES);
      const port = new URL(server.url).port;
      hostileUrl = (path) => `http://127.0.0.1:${port}${path}`;
      for (const a of EARLIER) {
        const p = await session.openPage(session.demoUrl(a.path));
        await p.waitForStatus('ready');
        await p.close();
      }
      await until(
        () => recent(session),
        (r) => r.length >= EARLIER.length,
      );
      page = await session.openPage(hostileUrl('/article.html'));
      await page.waitForStatus('ready');
    });

    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it("the page's synthetic pointer moves, shortcut and focus open no card", async () => {
      expect(await page.evaluate(highlightCount)).toBeGreaterThan(0);
      const opened = await call(page, 'synthOpen', 'Okafor');
      expect(opened).toEqual({ viaPointer: null, viaKeyboard: null });
    });

    it("a card the reader opens shows the memory in Lede's own frame, and the page reads none of it", async () => {
      await hoverName(page, 'Okafor');
      // Give the memory time to arrive wherever it is shown.
      const text = await until(
        () => frameText(page),
        (t) => !!t && TITLES.every((title) => t.includes(title)),
        10_000,
      );
      // The page: window.find, a selection over everything, a selection extended word by word.
      const read = await call<{ found: string[]; inSelection: string[] }>(page, 'readCard', [
        ...TITLES,
        'other articles you read',
        'localhost',
      ]);
      expect(read).toEqual({ found: [], inSelection: [] });
      // Nor does it learn the frame's address (Chrome's is per session; Firefox's per install).
      const leaks = await call<{ frames: number; frame: string | null; resources: string[] }>(page, 'leaks');
      expect(leaks.resources).toEqual([]);
      expect(leaks.frame === null || leaks.frame === 'blocked').toBe(true);
      // The reader sees the memory: three other articles, in the extension-origin frame.
      expect(text).toContain('In 3 other articles you read');
      expect(TITLES.filter((t) => !text!.includes(t))).toEqual([]);
      await page.screenshot('hostile-card-memory-frame');
      await closeCard(page);
    });

    it('the card is the same size whether the memory holds three articles or none', async () => {
      await hoverName(page, 'Okafor');
      await until(
        () => frameText(page),
        (t) => !!t && t.includes('other articles you read'),
      );
      const withMemory = await call<{ area: number; height: number }>(page, 'cardExtent');
      await closeCard(page);
      const deleted = await ask<{ ok: boolean }>(session, 'lede:memory-delete-site', { site: 'localhost' });
      expect(deleted.ok).toBe(true);
      // The same page again, fresh (nothing cached), now that the memory holds nothing about her.
      const again = await session.openPage(hostileUrl('/article.html'));
      await again.waitForStatus('ready');
      await hoverName(again, 'Okafor');
      await until(
        () => frameText(again),
        (t) => !!t && t.includes('Not in anything else'),
        10_000,
      );
      await sleep(1_000); // the memory's answer, wherever it goes
      const without = await call<{ area: number; height: number }>(again, 'cardExtent');
      await closeCard(again);
      await again.close();
      expect(withMemory.area).toBeGreaterThan(0);
      expect(without).toEqual(withMemory);
      // Read the genuine articles again, for the tests that follow.
      for (const a of EARLIER) {
        const p = await session.openPage(session.demoUrl(a.path));
        await p.waitForStatus('ready');
        await p.close();
      }
    });

    it("a canonical link to another site's article does not replace the reader's record of it", async () => {
      const target = session.demoUrl(EARLIER[0].path);
      const genuine = await session.openPage(target);
      await genuine.waitForStatus('ready');
      await genuine.close();
      const before = await until(
        () => ask<{ title: string | null } | null>(session, 'lede:memory-article', { url: target }),
        (r) => r !== null,
      );
      expect(before?.title).toBe(EARLIER[0].title);
      for (const canonical of [target, 'javascript:alert(1)//', 'data:text/html,x']) {
        const own = hostileUrl(`/article.html?canonical=${encodeURIComponent(canonical)}`);
        const p = await session.openPage(own);
        await p.waitForStatus('ready');
        // Remembered under the page's own address instead.
        const mine = await until(
          () => ask<{ title: string | null } | null>(session, 'lede:memory-article', { url: own }),
          (r) => r !== null,
        );
        expect(mine?.title).toMatch(/Harbour ferry fares/);
        await p.close();
      }
      const after = await ask<{ title: string | null } | null>(session, 'lede:memory-article', { url: target });
      expect(after?.title).toBe(EARLIER[0].title);
      expect((await recent(session)).filter((r) => !/^https?:/.test(r.url))).toEqual([]);
    });

    it('the page\'s forged WXT "content script started" event does not switch Lede off', async () => {
      const page = await session.openPage(hostileUrl('/article.html'));
      await page.waitForStatus('ready');
      const marked = await page.evaluate(highlightCount);
      expect(marked).toBeGreaterThan(0);
      const id = kind === 'chromium' ? new URL(session.extensionOrigin).host : GECKO_ID;
      await call(page, 'forgeWxtStarted', id);
      await sleep(500);
      expect(await page.evaluate(highlightCount)).toBe(marked);
      // Lede still follows the page: a single-page-app navigation is analysed and marked.
      await call(page, 'navigate', '/after-forged-event.html', [
        'Councillor Priya Raman said on Monday that the harbour board had failed riders. “They did not listen,” Raman said.',
        'Board chair Felix Obuya said the board would publish its accounts. Raman said she would read them closely.',
      ]);
      await page.waitFor(() =>
        Array.from(
          (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede-person') ?? [],
        ).some((r) => r.toString().includes('Raman')),
      );
      expect(await page.evaluate(() => document.documentElement.dataset.ledeStatus)).toBe('ready');
      await page.close();
    });

    it('a page that changes address and text every 450 ms cannot flood or displace the memory', async () => {
      const ownSite = (r: Listed[]) => r.filter((x) => x.url.startsWith(hostileUrl('/')));
      const genuineBefore = (await recent(session)).filter((r) => r.url.startsWith(session.demoBase));
      const page = await session.openPage(hostileUrl('/article.html'));
      await page.waitForStatus('ready');
      await call(page, 'spaFlood', 40, 450);
      // Every change analysed and offered to the memory: wait until the count stops moving.
      let last = -1;
      let seen = (await recent(session)).length;
      while (seen !== last) {
        last = seen;
        await sleep(3_000);
        seen = (await recent(session)).length;
      }
      const all = await recent(session);
      console.log(`[hostile ${kind}] records from the flooding site: ${ownSite(all).length} after 40 changes`);
      expect(ownSite(all).length).toBeLessThanOrEqual(30);
      // The reader's own records are all still there.
      const urls = new Set(all.map((r) => r.url));
      expect(genuineBefore.filter((r) => !urls.has(r.url))).toEqual([]);
      await page.close();
    });

    it('a tab flooding big texts does not stall a genuine article in another tab', async () => {
      // The flood: a new address with ~190,000 characters of text every 450 ms, until stopped.
      const page = await session.openPage(hostileUrl('/article.html'));
      await page.waitForStatus('ready');
      await page.evaluate(() => {
        void (window as unknown as Hostile).hostile.heavyFlood(450 as never, 105 as never);
      });
      await sleep(6_000); // let the flood build whatever backlog the background allows
      const t0 = Date.now();
      const genuine = await session.openPage(session.demoUrl(GENUINE_LATER));
      await genuine.waitForStatus('ready', 120_000);
      const wall = Date.now() - t0;
      await call(page, 'stopFlood');
      type Run = { sender: string; chars: number; queuedAt: number; startedAt: number; endedAt: number };
      const log = await ask<Run[] | undefined>(session, 'lede:analysis-log').catch(() => undefined);
      console.log(`[hostile ${kind}] genuine article ready ${wall} ms after it was opened, during the flood`);
      expect(Array.isArray(log)).toBe(true);
      const runs = log!;
      // The flooding tab sent the biggest pages (by count, the earlier test's tab could still lead the log).
      const flooder = runs.reduce((a, b) => (b.chars > a.chars ? b : a)).sender;
      expect(Math.max(...runs.filter((r) => r.sender === flooder).map((r) => r.chars))).toBeGreaterThan(150_000);
      const mine = runs.filter((r) => r.sender !== flooder).pop()!;
      const overtook = runs.filter(
        (r) => r.sender === flooder && r.startedAt > mine.queuedAt && r.startedAt < mine.startedAt,
      );
      console.log(
        `[hostile ${kind}] genuine article waited ${Math.round(mine.startedAt - mine.queuedAt)} ms in the queue ` +
          `(${runs.filter((r) => r.sender === flooder).length} flood analyses logged, ` +
          `median ${Math.round(median(runs.filter((r) => r.sender === flooder).map((r) => r.endedAt - r.startedAt)))} ms each, ` +
          `median ${median(runs.filter((r) => r.sender === flooder).map((r) => r.chars))} characters)`,
      );
      // Fair: once the genuine text is queued, no analysis of the flooding tab starts before it.
      expect(overtook).toEqual([]);
      await genuine.close();
      await page.close();
      expect(session.ledeMessages().filter((m) => m.type === 'error')).toEqual([]);
    });
  });
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
