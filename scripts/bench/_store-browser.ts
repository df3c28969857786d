// Runs the store bench in headless Chromium (real IndexedDB) when /usr/bin/chromium exists:
// bundles _store-browser-entry.ts, serves it on 127.0.0.1, reads the figures back.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserFigures } from './_store-browser-entry';
import { CHROMIUM, bundleForPage, callInChromium } from '../lib/browser-bench';

export function browserAvailable(): boolean {
  return process.env.LEDE_BENCH_BROWSER !== '0' && existsSync(CHROMIUM);
}

export async function runInChromium(sizes: number[]): Promise<BrowserFigures[]> {
  const here = dirname(fileURLToPath(import.meta.url));
  const js = await bundleForPage({ entryPoints: [join(here, '_store-browser-entry.ts')] });
  return callInChromium<BrowserFigures[]>(js, 'runStoreBench', [sizes]);
}
