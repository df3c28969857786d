// Runs the store bench in headless Chromium (real IndexedDB) when /usr/bin/chromium exists:
// bundles _store-browser-entry.ts with esbuild, serves it on 127.0.0.1, reads the figures back.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BrowserFigures } from './_store-browser-entry';
import { HEADLESS_CHROMIUM_FLAGS } from '../lib/chromium-flags';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function browserAvailable(): boolean {
  return process.env.LEDE_BENCH_BROWSER !== '0' && existsSync(CHROMIUM);
}

export async function runInChromium(sizes: number[]): Promise<BrowserFigures[]> {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'lede-store-bench-'));
  const bundle = join(dir, 'bench.js');
  await build({
    entryPoints: [join(here, '_store-browser-entry.ts')],
    bundle: true,
    format: 'iife',
    outfile: bundle,
    target: 'es2022',
    logLevel: 'silent',
  });
  const js = readFileSync(bundle);
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    } else {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>bench</title><script src="/bench.js"></script>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: HEADLESS_CHROMIUM_FLAGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof (globalThis as { runStoreBench?: unknown }).runStoreBench === 'function');
    page.setDefaultTimeout(600_000);
    return await page.evaluate(
      (s) => (globalThis as unknown as { runStoreBench(s: number[]): Promise<BrowserFigures[]> }).runStoreBench(s),
      sizes,
    );
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
