// Real-browser kit for the page layer's tests. Two ways in:
//  - `launchProbe(kind)`: a throwaway test extension whose content script (fixtures-page/probe.ts,
//    bundled here with esbuild) runs the real extractor and the real page layer with a stand-in
//    analysis — so marking, cards and undo are tested in real content-script worlds (Firefox
//    Xray included) whatever state the analysis is in;
//  - A's harness (./harness.ts) for the real extension.
// Both share the page-world helpers below (they read the highlight registry from the page,
// which the page's own scripts can do too).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Page as PpPage } from 'puppeteer-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  FIREFOX_PATH,
  ROOT,
  SCREENSHOTS,
  type BrowserKind,
  setViewport,
} from './harness';
// @ts-expect-error plain ES module without types
import { startDemoServer } from '../../scripts/demo-server.mjs';

export const FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures-page');
/** Real news pages from Readability's test set, kept in the repository (see its README). */
export const READABILITY_PAGES = join(ROOT, 'test', 'fixtures', 'readability-pages');
const PROBE_GECKO_ID = 'lede-probe@lede.invalid';

export interface ConsoleEntry {
  type: string;
  text: string;
}

/** The same page operations in Playwright (Chromium) and Puppeteer (Firefox). */
export class KitPage {
  readonly console: ConsoleEntry[] = [];
  constructor(
    readonly kind: BrowserKind,
    readonly raw: PwPage | PpPage,
  ) {
    (raw as PwPage).on('console', (m: { type(): string; text(): string }) =>
      this.console.push({ type: m.type(), text: m.text() }),
    );
  }
  url(): string {
    return this.raw.url();
  }
  async goto(url: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<void> {
    try {
      await (this.raw as PwPage).goto(url, { waitUntil });
    } catch (error) {
      // Firefox over BiDi reports "Address rejected" when a real page's own scripts or frames
      // try to reach the network (blocked here), although the page itself loaded.
      const here = await this.evaluate(() => location.href).catch(() => '');
      if (here !== url) throw error;
    }
  }
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    return (this.raw as PwPage).evaluate(fn as never, arg) as Promise<T>;
  }
  /** Polls a page-world predicate until it returns a truthy value. */
  async waitFor<T, A = undefined>(fn: (arg: A) => T, arg?: A, timeoutMs = 10_000): Promise<NonNullable<T>> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      // A navigation in flight destroys the context: that is "not yet", not a failure.
      const v = await this.evaluate(fn, arg).catch(() => null);
      if (v) return v as NonNullable<T>;
      if (Date.now() > end) throw new Error(`waitFor timed out: ${fn.toString().slice(0, 120)}`);
      await sleep(50);
    }
  }
  async move(x: number, y: number): Promise<void> {
    await this.raw.mouse.move(x, y);
  }
  async click(x: number, y: number): Promise<void> {
    await this.raw.mouse.click(x, y);
  }
  /** Alt+Shift+L (the shortcut), by key position. */
  async shortcut(): Promise<void> {
    const k = this.raw.keyboard as PwPage['keyboard'] & PpPage['keyboard'];
    await k.down('Alt');
    await k.down('Shift');
    await k.press('KeyL');
    await k.up('Shift');
    await k.up('Alt');
  }
  async press(key: 'Escape' | 'Tab'): Promise<void> {
    await this.raw.keyboard.press(key);
  }
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${this.kind}-${name}.png`);
    await (this.raw as PwPage).screenshot({ path });
    return path;
  }
  ledeErrors(): ConsoleEntry[] {
    return this.console.filter((m) => m.text.includes('[Lede]'));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export interface Server {
  url: string;
  close(): Promise<void>;
}

export function serve(root: string): Promise<Server> {
  return startDemoServer({ port: 0, root });
}

/** Bundles the probe content script into an unpacked extension for `kind`. */
export async function buildProbe(kind: BrowserKind): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `lede-probe-${kind}-`));
  await build({
    entryPoints: [join(FIXTURES, 'probe.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    outfile: join(dir, 'content.js'),
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // What Vite defines in the real builds (locales/i18n.ts reads the mode).
    define: { 'import.meta.env.MODE': '"production"' },
    logLevel: 'silent',
  });
  const content = [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }];
  const manifest =
    kind === 'chromium'
      ? {
          manifest_version: 3,
          name: 'Lede page probe',
          version: '0.0.1',
          default_locale: 'en',
          content_scripts: content,
        }
      : {
          manifest_version: 2,
          name: 'Lede page probe',
          version: '0.0.1',
          default_locale: 'en',
          content_scripts: content,
          browser_specific_settings: { gecko: { id: PROBE_GECKO_ID } },
        };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  // The page layer's strings (hover card, announcements) come from the extension's i18n, as in Lede.
  mkdirSync(join(dir, '_locales', 'en'), { recursive: true });
  copyFileSync(join(ROOT, 'locales', 'en.json'), join(dir, '_locales', 'en', 'messages.json'));
  return dir;
}

export interface ProbeSession {
  kind: BrowserKind;
  open(url: string, waitUntil?: 'load' | 'domcontentloaded'): Promise<KitPage>;
  close(): Promise<void>;
}

export async function launchProbe(kind: BrowserKind): Promise<ProbeSession> {
  const ext = await buildProbe(kind);
  const viewport = { width: 1280, height: 800 };
  if (kind === 'chromium') {
    const profile = mkdtempSync(join(tmpdir(), 'lede-probe-profile-'));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      // Real pages name hosts that do not resolve here: fail them at once instead of waiting on DNS.
      args: [...CHROMIUM_ARGS(ext), '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
      viewport,
    });
    let blank: PwPage | undefined = ctx.pages()[0];
    return {
      kind,
      async open(url, waitUntil) {
        const raw = blank ?? (await ctx.newPage());
        blank = undefined;
        const page = new KitPage(kind, raw);
        await page.goto(url, waitUntil);
        return page;
      },
      async close() {
        await ctx.close();
        rmSync(profile, { recursive: true, force: true });
        rmSync(ext, { recursive: true, force: true });
      },
    };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    // Same for Firefox: every non-local request goes to a closed local port and fails at once.
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 59999,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 59999,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    },
  });
  await browser.installExtension(ext);
  return {
    kind,
    async open(url, waitUntil) {
      const raw = await browser.newPage();
      await setViewport(raw, viewport);
      const page = new KitPage(kind, raw);
      await page.goto(url, waitUntil);
      return page;
    },
    async close() {
      await browser.close();
      rmSync(ext, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Page-world helpers (serialised into the page: no closures over test variables).

export interface MarkPoint {
  x: number;
  y: number;
  text: string;
  count: number;
}

/** Scrolls the i-th range of highlight `name` into view and returns the centre of its first line box. */
export function markPoint(arg: { name: string; index: number }): MarkPoint | null {
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const h = reg.get(arg.name);
  if (!h) return null;
  const ranges = Array.from(h);
  // The pointer can only hover text that is on top: skip ranges under overlays (sticky bars, ads).
  for (let i = arg.index; i < ranges.length; i++) {
    const r = ranges[i];
    (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    if (!rect || rect.width === 0) continue;
    const x = rect.left + Math.min(rect.width / 2, 8);
    const y = rect.top + rect.height / 2;
    const top = document.elementFromPoint(x, y);
    if (!top || top === document.documentElement || top === document.body || !top.contains(r.startContainer)) continue;
    return { x, y, text: r.toString().replace(/\s+/g, ' ').trim(), count: ranges.length };
  }
  return null;
}

/** Waits for an open card (the host keeps existing after a card closes). */
export function openCard(): { card: string; name: string | null; focused: boolean } | null {
  const host = document.querySelector('lede-card-host') as HTMLElement | null;
  if (!host?.dataset.card) return null;
  return { card: host.dataset.card, name: host.dataset.name ?? null, focused: document.activeElement === host };
}

export function highlightSizes(): { person: number; quote: number } {
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  return { person: reg.get('lede-person')?.size ?? 0, quote: reg.get('lede-quote')?.size ?? 0 };
}

export function cardState(): { card: string | null; name: string | null; focused: boolean } | null {
  const host = document.querySelector('lede-card-host') as HTMLElement | null;
  if (!host) return null;
  return { card: host.dataset.card ?? null, name: host.dataset.name ?? null, focused: document.activeElement === host };
}

/** The live DOM as markup, minus our data-lede-* status attributes on <html>. */
export function liveMarkup(): string {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  for (const a of Array.from(clone.attributes)) if (a.name.startsWith('data-lede')) clone.removeAttribute(a.name);
  return clone.outerHTML;
}

/** Layout fingerprint: every paragraph's box and the document's height. */
export function layout(): string {
  const boxes = Array.from(document.querySelectorAll('p, h1, h2, li, a')).map((el) => {
    const r = el.getBoundingClientRect();
    return `${Math.round(r.left)},${Math.round(r.top + scrollY)},${Math.round(r.width)},${Math.round(r.height)}`;
  });
  return `${document.documentElement.scrollHeight}|${boxes.join(';')}`;
}

/**
 * Chromium only: the live regions in the page's accessibility tree (what a screen reader is
 * given; closed shadow roots included), each with its text. null in Firefox (no protocol for it).
 */
export async function axLiveRegions(page: KitPage): Promise<{ live: string; role: string; text: string }[] | null> {
  if (page.kind !== 'chromium') return null;
  const pw = page.raw as PwPage;
  const cdp = await pw.context().newCDPSession(pw);
  try {
    interface AxNode {
      nodeId: string;
      role?: { value?: string };
      name?: { value?: string };
      childIds?: string[];
      properties?: { name: string; value: { value?: unknown } }[];
    }
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const textOf = (n: AxNode): string =>
      n.role?.value === 'StaticText'
        ? String(n.name?.value ?? '')
        : (n.childIds ?? []).map((id) => (byId.get(id) ? textOf(byId.get(id)!) : '')).join('');
    return nodes.flatMap((n) => {
      const live = n.properties?.find((p) => p.name === 'live')?.value.value;
      const root = n.properties?.find((p) => p.name === 'liveRegionRoot');
      // The region itself, not each node inside it (those carry `live` too).
      if (typeof live !== 'string' || live === 'off' || (root && n.role?.value !== 'status')) return [];
      return [{ live, role: String(n.role?.value ?? ''), text: textOf(n) }];
    });
  } finally {
    await cdp.detach();
  }
}
