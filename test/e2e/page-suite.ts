// The page layer in real browsers, run once per browser by page-chromium.test.ts and
// page-firefox.test.ts. Part 1 uses the probe extension (real extractor + real page layer +
// stand-in analysis, see page-kit.ts), so it tests marking, cards, keyboard, undo and living
// pages whatever the analysis finds. Part 2 loads the real extension (A's harness) and needs
// the analysis to find people (findPeople) — those tests fail while findPeople returns [].
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, launch, type BrowserKind, type Session } from './harness';
import {
  axLiveRegions,
  cardState,
  FIXTURES,
  highlightSizes,
  KitPage,
  launchProbe,
  layout,
  liveMarkup,
  markPoint,
  openCard,
  READABILITY_PAGES,
  serve,
  sleep,
  type ProbeSession,
  type Server,
} from './page-kit';

interface Probe {
  people: number;
  spans: number;
  exact: number;
  unmapped: number;
  wrong: string[];
  coverage: number;
  mentions: number;
  words: number;
  markMs: number;
  runs: number;
  firstPerson: string | null;
}

const probeOf = (p: KitPage) =>
  p.evaluate(() => JSON.parse(document.documentElement.dataset.ledeProbe ?? 'null') as Probe | null);
/** The probe's check of the background's anchors on the first marking (fixtures-page/probe.ts). */
const anchorsOf = (p: KitPage) =>
  p.evaluate(
    () =>
      JSON.parse(document.documentElement.dataset.ledeProbeAnchors ?? 'null') as {
        used: boolean;
        same: number;
        spans: number;
      } | null,
  );
const status = (p: KitPage, wanted: string[]) =>
  p.waitFor((w) => {
    const s = document.documentElement.dataset.ledeStatus;
    return s && w.includes(s) ? s : null;
  }, wanted);

/** The served HTML parsed without any extension, for byte-for-byte comparison. */
function served(): Promise<string> {
  return fetch(location.href)
    .then((r) => r.text())
    .then((html) => new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML);
}

/** Real pages from Readability's test set kept in the repository (news and article-like, English and French). */
export const REAL_PAGES = readdirSync(READABILITY_PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

export function pageSuite(kind: BrowserKind): void {
  describe(`page layer (probe extension) in ${kind}`, () => {
    let session: ProbeSession;
    let fixtures: Server;
    let page: KitPage;

    beforeAll(async () => {
      fixtures = await serve(FIXTURES);
      session = await launchProbe(kind);
      page = await session.open(`${fixtures.url}/article.html`);
      await status(page, ['ready']);
    });
    afterAll(async () => {
      await session?.close();
      await fixtures?.close();
    });

    it('marks every mention and quotation on exactly its text, across links, <em>, entities and soft hyphens', async () => {
      const probe = (await probeOf(page))!;
      expect(probe.wrong).toEqual([]);
      expect(probe.unmapped).toBe(0);
      expect(probe.exact).toBe(probe.spans);
      expect(probe.coverage).toBeGreaterThan(0.99);
      const sizes = await page.evaluate(highlightSizes);
      expect(sizes.person).toBeGreaterThanOrEqual(probe.mentions);
      expect(sizes.person).toBeGreaterThan(0);
      expect(sizes.quote).toBe(3);
      const counts = await page.evaluate(() => [
        document.documentElement.dataset.ledePeople,
        document.documentElement.dataset.ledeQuotes,
      ]);
      expect(counts).toEqual([String(probe.people), '3']);
    });

    it('adds no element and no attribute to the page by marking', async () => {
      const [live, original] = await Promise.all([page.evaluate(liveMarkup), page.evaluate(served)]);
      expect(live).toBe(original);
    });

    it('opens a card after a hover dwell, with the right person, and closes it after a grace period', async () => {
      const pt = (await page.evaluate(markPoint, { name: 'lede-person', index: 0 }))!;
      await page.move(pt.x, pt.y);
      await sleep(120);
      expect((await page.evaluate(cardState))?.card ?? null).toBeNull(); // no card before the dwell
      const open = await page.waitFor(openCard);
      expect(open).toMatchObject({ card: 'person', name: pt.text, focused: false });
      await page.screenshot('hover-card');
      if (kind === 'chromium') {
        // The card and the marks follow the reader's colour scheme.
        await (page.raw as import('playwright-core').Page).emulateMedia({ colorScheme: 'dark' });
        await page.screenshot('hover-card-dark');
        await (page.raw as import('playwright-core').Page).emulateMedia({ colorScheme: 'light' });
      }
      await page.move(2, 2);
      await sleep(100);
      expect((await page.evaluate(cardState))?.card).toBe('person'); // grace period
      await page.waitFor(() => !document.querySelector('lede-card-host')?.hasAttribute('data-card'));
    });

    it('keeps the card open while the pointer moves into it', async () => {
      const pt = (await page.evaluate(markPoint, { name: 'lede-person', index: 0 }))!;
      await page.move(pt.x, pt.y);
      await page.waitFor(() => document.querySelector('lede-card-host')?.getAttribute('data-card'));
      // The card sits just below the name's line; move down into it in a few steps.
      for (const dy of [12, 24, 40, 60]) {
        await page.move(pt.x + 4, pt.y + dy);
        await sleep(40);
      }
      await sleep(700);
      expect((await page.evaluate(cardState))?.card).toBe('person');
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('lede-card-host')?.hasAttribute('data-card'));
    });

    it('shows the speaker when hovering a quotation', async () => {
      const pt = (await page.evaluate(markPoint, { name: 'lede-quote', index: 2 }))!;
      expect(pt.text).toBe('We cannot pay for this twice,');
      await page.move(pt.x, pt.y);
      const open = await page.waitFor(openCard);
      expect(open).toMatchObject({ card: 'quote', name: 'Peter Okonkwo' });
      await page.press('Escape');
      await page.move(2, 2);
    });

    it('cycles through people with Alt+Shift+L, focusing the card; Escape closes it', async () => {
      const probe = (await probeOf(page))!;
      await page.shortcut();
      const first = await page.waitFor(() => {
        const s = (() => {
          const host = document.querySelector('lede-card-host') as HTMLElement | null;
          return host?.dataset.card ? { name: host.dataset.name, focused: document.activeElement === host } : null;
        })();
        return s;
      });
      expect(first).toEqual({ name: probe.firstPerson, focused: true });
      await page.shortcut();
      const second = await page.waitFor((prev) => {
        const n = (document.querySelector('lede-card-host') as HTMLElement | null)?.dataset.name;
        return n && n !== prev ? n : null;
      }, first.name);
      expect(second).not.toBe(first.name);
      await page.press('Escape');
      const after = await page.evaluate(cardState);
      expect(after).toMatchObject({ card: null, focused: false });
    });

    it('announces a card opened from the keyboard: a polite live region in its shadow root gets its text', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.shortcut();
      const open = await page.waitFor(openCard);
      // The probe extension reads the closed shadow root for us (see fixtures-page/probe.ts).
      const live = await page.waitFor(() => {
        document.dispatchEvent(new CustomEvent('lede-probe-live'));
        const r = JSON.parse(document.documentElement.dataset.ledeProbeLive ?? 'null') as {
          live: string | null;
          role: string | null;
          text: string | null;
        } | null;
        return r?.text ? r : null;
      });
      expect(live).toMatchObject({ live: 'polite', role: 'status' });
      expect(live.text!.startsWith(`${open.name}`)).toBe(true);
      expect(live.text).toMatch(/Named (once|\d+ times) in this article\./);
      expect(live.text).toMatch(/Person \d+ of \d+\.$/);
      await page.press('Escape');
      expect((await page.evaluate(cardState))?.card).toBeNull();
    });

    it('closes the card when its name scrolls out of view', async () => {
      // Opened from the keyboard (focused), so only the scroll can close it, not the hover grace.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.shortcut();
      await page.waitFor(openCard);
      await sleep(300);
      expect((await page.evaluate(openCard))?.focused).toBe(true);
      await page.evaluate(() => window.scrollBy(0, 5000));
      await page.waitFor(() => !document.querySelector('lede-card-host')?.hasAttribute('data-card'), undefined, 3000);
      await page.evaluate(() => window.scrollTo(0, 0));
    });

    it('never blocks clicks: with a card open, a click on a page link still navigates', async () => {
      const pt = (await page.evaluate(markPoint, { name: 'lede-person', index: 0 }))!;
      await page.move(pt.x, pt.y);
      await page.waitFor(() => document.querySelector('lede-card-host')?.getAttribute('data-card'));
      const link = await page.evaluate(() => {
        const a = document.querySelector('nav a[href="#weather"]')!;
        a.scrollIntoView({ block: 'center' });
        const r = a.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      const clicks = await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks);
      await page.click(link.x, link.y);
      await page.waitFor(() => location.hash === '#weather');
      // The page's own click listener saw the click too.
      expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(clicks + 1);
      expect(await page.evaluate(cardState)).toMatchObject({ card: null });
    });

    it('marks paragraphs added later ("read more") without re-marking the rest', async () => {
      const before = (await probeOf(page))!;
      const button = await page.evaluate(() => {
        const b = document.getElementById('read-more')!;
        b.scrollIntoView({ block: 'center' });
        const r = b.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.click(button.x, button.y);
      const after = await page.waitFor((runs) => {
        const p = JSON.parse(document.documentElement.dataset.ledeProbe ?? '{}');
        return p.runs > runs ? p : null;
      }, before.runs);
      expect(after.wrong).toEqual([]);
      const names = await page.evaluate(() =>
        Array.from((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede-person')!).map(
          (r) => r.toString(),
        ),
      );
      expect(names).toContain('Ingrid Solberg');
      expect(names.filter((n) => n === 'Peter Okonkwo')).toHaveLength(1); // old marks replaced, not doubled
    });

    it('follows a single-page-app navigation: new story marked, stale marks gone', async () => {
      const link = await page.evaluate(() => {
        const a = document.getElementById('spa-link')!;
        a.scrollIntoView({ block: 'center' });
        const r = a.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.click(link.x, link.y);
      await page.waitFor(() => location.pathname === '/story-two.html');
      const names = await page.waitFor(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede-person');
        const list = h ? Array.from(h).map((r) => r.toString()) : [];
        return list.includes('Oskar Brandt') ? list : null;
      });
      expect(names).not.toContain('Peter Okonkwo');
      expect(names).not.toContain('Ingrid Solberg');
    });

    it('undo removes every mark and the card host and leaves layout and markup as they were', async () => {
      const p = await session.open(`${fixtures.url}/article.html`);
      await status(p, ['ready']);
      await p.shortcut(); // create the card host
      await p.waitFor(() => document.querySelector('lede-card-host')?.getAttribute('data-card'));
      await p.press('Escape');
      const marked = await p.evaluate(layout);
      await p.evaluate(() => document.dispatchEvent(new Event('lede-probe-undo')));
      await status(p, ['undone']);
      expect(await p.evaluate(layout)).toBe(marked);
      expect(await p.evaluate(highlightSizes)).toEqual({ person: 0, quote: 0 });
      expect(await p.evaluate(() => document.querySelectorAll('lede-card-host').length)).toBe(0);
      expect(await p.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
      expect(await p.evaluate(liveMarkup)).toBe(await p.evaluate(served));
    });

    it('a marked name inside a link still navigates on click, with its card open', async () => {
      const p = await session.open(`${fixtures.url}/article.html`);
      await status(p, ['ready']);
      const link = await p.evaluate(() => {
        const a = document.getElementById('name-link')!;
        a.scrollIntoView({ block: 'center' });
        const r = a.getClientRects()[0];
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      // Dwell first, so the card is open when the click lands.
      await p.move(link.x, link.y);
      await p.waitFor(() => document.querySelector('lede-card-host')?.getAttribute('data-card'));
      await p.click(link.x, link.y);
      await p.waitFor(() => location.pathname === '/second.html' && !!document.getElementById('second'));
    });

    it('logged no [Lede] error', () => {
      expect(page.ledeErrors()).toEqual([]);
    });
  });

  describe(`page layer on ${REAL_PAGES.length} real pages (probe extension) in ${kind}`, () => {
    let session: ProbeSession;
    let pages: Server;
    const rows: Array<Record<string, unknown>> = [];
    const errors: string[] = [];
    let anchored = 0;

    beforeAll(async () => {
      pages = await serve(READABILITY_PAGES);
      session = await launchProbe(kind);
    });
    afterAll(async () => {
      console.table(rows);
      await session?.close();
      await pages?.close();
    });

    for (const name of REAL_PAGES) {
      it(`${name}: marks exactly, and hover opens the card of the right person`, async () => {
        const p = await session.open(`${pages.url}/${name}/source.html`, 'domcontentloaded');
        try {
          expect(await status(p, ['ready', 'skipped', 'error'])).toBe('ready');
          const probe = (await probeOf(p))!;
          const sizes = await p.evaluate(highlightSizes);
          rows.push({
            page: name,
            words: probe.words,
            spans: probe.spans,
            exact: probe.exact,
            unmapped: probe.unmapped,
            coverage: probe.coverage,
            markMs: Math.round(probe.markMs * 10) / 10,
          });
          expect(probe.spans).toBeGreaterThan(0);
          // Marks placed from the background's anchors land exactly where the page's own alignment puts them.
          const anchors = (await anchorsOf(p))!;
          rows[rows.length - 1].anchors = anchors.used;
          if (anchors.used) anchored++;
          expect(anchors.same).toBe(anchors.spans);
          // Exact or absent, never wrong: a span either lands on its own text or is not marked.
          expect(probe.wrong).toEqual([]);
          expect(probe.exact / probe.spans).toBeGreaterThanOrEqual(0.9);
          expect(sizes.person).toBeGreaterThan(0);
          const pt = (await p.evaluate(markPoint, { name: 'lede-person', index: 0 }))!;
          await p.move(pt.x, pt.y);
          const open = await p.waitFor(openCard);
          expect(open.card).toBe('person');
          expect(open.name).toBe(pt.text);
          await p.press('Escape');
          errors.push(...p.ledeErrors().map((e) => `${name}: ${e.text}`));
        } finally {
          await (p.raw as { close(): Promise<void> }).close();
        }
      });
    }

    it('logged no [Lede] error on any of them', () => {
      expect(errors).toEqual([]);
    });

    it("took the background's anchors on most of them (their region's text is the copy's)", () => {
      expect(anchored).toBeGreaterThanOrEqual(REAL_PAGES.length - 2);
    });
  });

  describe(`the real extension in ${kind} (needs findPeople to find people)`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch(kind);
    });
    afterAll(async () => {
      await session?.close();
    });

    it('marks people on a demo article, hover and Alt+Shift+L open their card, Escape closes it', async () => {
      const raw = await session.openPage(session.demoUrl(DEMO.articles[4]));
      await raw.waitForStatus('ready');
      const page = new KitPage(kind, raw.raw);
      const people = await page.evaluate(() => Number(document.documentElement.dataset.ledePeople));
      expect(people).toBeGreaterThan(0);
      const sizes = await page.evaluate(highlightSizes);
      expect(sizes.person).toBeGreaterThanOrEqual(people);
      const pt = (await page.evaluate(markPoint, { name: 'lede-person', index: 0 }))!;
      await page.move(pt.x, pt.y);
      const open = await page.waitFor(openCard);
      expect(open.card).toBe('person');
      // The card names the person; the mention may be a shorter variant ("Okafor").
      expect(open.name).toContain(pt.text.split(/\s+/).pop());
      await page.screenshot('extension-hover-card');
      await page.press('Escape');
      await page.move(2, 2);
      await page.shortcut();
      expect(await page.waitFor(() => document.activeElement?.tagName === 'LEDE-CARD-HOST')).toBe(true);
      if (kind === 'chromium') {
        // What a screen reader is given: the card's live region in the accessibility tree speaks
        // the name on the card (Firefox: the probe tests above read the region itself).
        const name = (await page.evaluate(openCard))!.name!;
        let regions: Awaited<ReturnType<typeof axLiveRegions>> = [];
        for (let i = 0; i < 40 && !regions?.some((r) => r.text.startsWith(name)); i++) {
          await sleep(50);
          regions = await axLiveRegions(page);
        }
        expect(regions?.find((r) => r.text.startsWith(name))).toMatchObject({ live: 'polite', role: 'status' });
      }
      await page.press('Escape');
      expect((await page.evaluate(cardState))?.card).toBeNull();
      expect(raw.console.filter((m) => m.text.includes('[Lede]'))).toEqual([]);
    });

    it('leaves a page that is not an article byte-for-byte unchanged', async () => {
      const raw = await session.openPage(session.demoUrl(DEMO.notArticle));
      await raw.waitForStatus(['skipped', 'ready', 'error']).catch(() => null);
      await sleep(300);
      const page = new KitPage(kind, raw.raw);
      const [live, original] = await Promise.all([
        page.evaluate(() => {
          const clone = document.documentElement.cloneNode(true) as HTMLElement;
          clone.removeAttribute('data-lede-status');
          return clone.outerHTML;
        }),
        page.evaluate(served),
      ]);
      expect(live).toBe(original);
      expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    });
  });
}
