#!/usr/bin/env node
// `npm run demo`: install if needed, build both extensions, serve the demo news site and open
// Chromium with Lede loaded on its front page. Headed where a display exists ($DISPLAY or
// $WAYLAND_DISPLAY); otherwise headless, with a screenshot written to test-results/demo.png.
// Serves until Ctrl-C; `--once` exits after the screenshot (or as soon as the page is up).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const once = process.argv.includes('--once');
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
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?url=${encodeURIComponent(article.url())}`);
  await popup.waitForSelector('[data-testid=title], [data-testid=empty]', { timeout: 15_000 }).catch(() => undefined);
  await popup.waitForSelector('[data-testid=related] a', { timeout: 5_000 }).catch(() => undefined);
  await popup.screenshot({ path: join(shots, 'demo-popup.png'), fullPage: true });
  const status = await article.evaluate(() => document.documentElement.dataset.ledeStatus ?? 'none');
  const people = await article.evaluate(() => document.documentElement.dataset.ledePeople ?? '0');
  console.log(
    [
      '',
      'No display found ($DISPLAY is not set), so Chromium runs headless. Screenshots:',
      `  test-results/demo.png          the demo front page with Lede loaded`,
      `  test-results/demo-article.png  an article after reading three others (Lede: ${status}, ${people} people marked)`,
      `  test-results/demo-popup.png    Lede's popup for that article, with related coverage from memory`,
      'To see it yourself, run this on a machine with a display, or load .output/chrome-mv3',
      'into Chrome by hand (README: "Load the extension by hand") and browse the URL above.',
    ].join('\n'),
  );
  if (once) await shutdown(0);
  else console.log(`\nServing ${front} until Ctrl-C.`);
}
