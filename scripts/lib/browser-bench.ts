// Runs a bundled script in headless Chromium on 127.0.0.1 and calls a global function it defines:
// how the benches measure code on a real DOM and a real IndexedDB.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build, type BuildOptions } from 'esbuild';
import { chromium } from 'playwright-core';
import { HEADLESS_CHROMIUM_FLAGS } from './chromium-flags';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Bundles `entry` (esbuild options: entryPoints or stdin) as one IIFE, in memory. */
export async function bundleForPage(
  entry: Pick<BuildOptions, 'entryPoints' | 'stdin'>,
  extra: Pick<BuildOptions, 'minify'> = {},
): Promise<string> {
  const out = await build({
    ...entry,
    ...extra,
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** Serves `js` in an empty page, waits for `globalThis[fn]`, calls it with `args` and returns its result. */
export async function callInChromium<T>(js: string, fn: string, args: unknown[], timeoutMs = 600_000): Promise<T> {
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script src="/bench.js"></script>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: HEADLESS_CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(timeoutMs);
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction((name) => typeof (globalThis as Record<string, unknown>)[name] === 'function', fn);
    return (await page.evaluate(
      ([name, a]) => (globalThis as unknown as Record<string, (...x: unknown[]) => unknown>)[name](...a),
      [fn, args] as const,
    )) as T;
  } finally {
    await browser.close();
    server.close();
  }
}
