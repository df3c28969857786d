#!/usr/bin/env node
// `npm run demo`: install if needed, build both extensions, serve the demo news site and open
// Chromium with Lede loaded on its front page. Headed where a display exists ($DISPLAY or
// $WAYLAND_DISPLAY); otherwise headless, with screenshots written to test-results/demo*.png
// (front page, article, hover card, popup). Serves until Ctrl-C; `--once` exits after the
// screenshots. `--docs` also writes the README's pictures (docs/hover-card.png, docs/popup.png).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const once = process.argv.includes('--once');
const docs = process.argv.includes('--docs');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(join(ROOT, 'node_modules', '.bin', 'wxt'))) {
  console.log('▶ Installing dependencies (npm ci)');
  if (spawnSync('npm', ['ci'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
}

// Imported after the install: these need node_modules.
const { ensureBrowsers, buildBoth } = await import('./test-all.mjs');
const { startDemoServer } = await import('./demo-server.mjs');
const { chromium } = await import('playwright-core');

ensureBrowsers();
buildBoth();

const port = Number(process.env.PORT ?? 8123);
const server = await startDemoServer({ port }).catch(async (error) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.log(`Port ${port} is busy; using a free one.`);
  return startDemoServer({ port: 0 });
});
const front = `${server.url}/`;
console.log(`\nDemo news site: ${front}`);

const profile = mkdtempSync(join(tmpdir(), 'lede-demo-'));
const args = [
  `--disable-extensions-except=${CHROME_BUILD}`,
  `--load-extension=${CHROME_BUILD}`,
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  ...(headed ? [] : ['--headless=new', '--no-sandbox', '--disable-gpu']),
  ...(process.getuid?.() === 0 && headed ? ['--no-sandbox'] : []),
];
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: !headed,
  args,
  viewport: headed ? null : { width: 1280, height: 900 },
});
const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
const extensionId = new URL(worker.url()).host;
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.goto(front);

let closing = false;
async function shutdown(code = 0) {
  if (closing) return;
  closing = true;
  await ctx.close().catch(() => undefined);
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

if (headed) {
  console.log(`Chromium is open with Lede loaded (extension id ${extensionId}).`);
  console.log('Open any article from the front page; the Lede toolbar button shows what it found.');
  ctx.on('close', () => void shutdown(0));
} else {
  const shots = join(ROOT, 'test-results');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'demo.png') });
  // A reader's morning: three articles about the transit strike, then the fourth, so Lede's
  // memory has related coverage and earlier headlines to show.
  const ready = (p) =>
    p
      .waitForFunction(() => document.documentElement.dataset.ledeStatus, null, { timeout: 20_000 })
      .catch(() => undefined);
  const reading = await ctx.newPage();
  for (const slug of [
    'transit-workers-vote-to-strike',
    'mayor-okafor-new-offer-strike-looms',
    'buses-stop-as-strike-begins',
  ]) {
    await reading.goto(`${server.url}/${slug}.html`);
    await ready(reading);
  }
  const article = reading;
  await article.goto(`${server.url}/strike-ends-after-overnight-talks.html`);
  await ready(article);
  await article.screenshot({ path: join(shots, 'demo-article.png') });
  const card = await hoverCard(article, join(shots, 'demo-card.png'));
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?url=${encodeURIComponent(article.url())}`);
  await popup.waitForSelector('[data-testid=title], [data-testid=empty]', { timeout: 15_000 }).catch(() => undefined);
  await popup.waitForSelector('[data-testid=related] a', { timeout: 5_000 }).catch(() => undefined);
  await popup.screenshot({ path: join(shots, 'demo-popup.png'), fullPage: true });
  const status = await article.evaluate(() => document.documentElement.dataset.ledeStatus ?? 'none');
  const people = await article.evaluate(() => document.documentElement.dataset.ledePeople ?? '0');
  // The README's pictures only from a run that shows what Lede does: an analysed article and its card.
  const pictures = docs && status === 'ready' && card !== null;
  if (pictures) {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    copyFileSync(join(shots, 'demo-card.png'), join(ROOT, 'docs', 'hover-card.png'));
    copyFileSync(join(shots, 'demo-popup.png'), join(ROOT, 'docs', 'popup.png'));
  }
  console.log(
    [
      '',
      'No display found ($DISPLAY is not set), so Chromium runs headless. Screenshots:',
      `  test-results/demo.png          the demo front page with Lede loaded`,
      `  test-results/demo-article.png  an article after reading three others (Lede: ${status}, ${people} people marked)`,
      card
        ? `  test-results/demo-card.png     the hover card of ${card}, with the earlier articles that name them`
        : '  (no hover card: no person was marked, so test-results/demo-card.png was not written)',
      `  test-results/demo-popup.png    Lede's popup for that article, with related coverage from memory`,
      ...(pictures ? ['  and the README pictures: docs/hover-card.png, docs/popup.png'] : []),
      ...(docs && !pictures ? ['  (README pictures not written: the article was not analysed or no card opened)'] : []),
      'To see it yourself, run this on a machine with a display, or load .output/chrome-mv3',
      'into Chrome by hand (README: "Load the extension by hand") and browse the URL above.',
    ].join('\n'),
  );
  if (once) await shutdown(0);
  else console.log(`\nServing ${front} until Ctrl-C.`);
}

/**
 * Hovers the first marked person the reader met in earlier articles (else the first marked person),
 * waits for the card and its memory, and writes a picture of the name with its card. Returns the
 * name, or null when nothing was marked.
 */
async function hoverCard(page, path) {
  const point = await page.evaluate(() => {
    const h = CSS.highlights?.get('lede-person');
    if (!h) return null;
    const ranges = Array.from(h);
    const pick = ranges.find((r) => /Okafor/.test(r.toString())) ?? ranges[0];
    if (!pick) return null;
    pick.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rect = pick.getClientRects()[0];
    return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2, name: pick.toString() };
  });
  if (!point) return null;
  await page.mouse.move(point.x, point.y);
  const opened = await page
    .waitForFunction(() => document.querySelector('lede-card-host')?.dataset.card, null, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (!opened) return null;
  await page.waitForTimeout(1500); // the memory's headlines arrive after the card opens
  // The card lives in a closed shadow root, so its box is not readable: a frame around the name
  // that holds a card opened below or above it.
  const view = page.viewportSize() ?? { width: 1280, height: 900 };
  const width = Math.min(720, view.width);
  const height = Math.min(540, view.height);
  const clip = {
    x: Math.max(0, Math.min(point.x - 160, view.width - width)),
    y: Math.max(0, Math.min(point.y - 110, view.height - height)),
    width,
    height,
  };
  await page.screenshot({ path, clip });
  return point.name.trim();
}
