import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The UI's languages: locales/<lang>.json, in the browsers' messages.json format (see locales/i18n.ts). */
const LOCALES = readdirSync('locales')
  .filter((f) => /^[a-z]{2}(_[A-Z]{2})?\.json$/.test(f))
  .map((f) => f.replace(/\.json$/, ''));

// Firefox ships as MV2 (WXT's default for Firefox): Firefox ESR's MV2 is the
// most widely deployed and grants host access at install time, so marking works
// without a per-site prompt. Chrome ships MV3.
/** Every page the tripwire (the first content script) runs on. */
const PAGE_HOSTS = ['http://*/*', 'https://*/*'];
/** The memory frame's page (entrypoints/memory-card/index.html). */
const MEMORY_FRAME = 'memory-card.html';

/**
 * The readerable check the tripwire imports (@mozilla/readability's Readability-readerable.js) is a
 * CommonJS file: bundled as it is, every page would compile and run an interop wrapper around it (a
 * lazy require, a module object with a getter per export). Its one export line becomes an ES export
 * at build time, so the bundle holds the package's function alone; the function is untouched. A build
 * fails if the line is not found (a new version of the package): better than a silent wrapper.
 */
const readerableAsEsm = {
  name: 'lede-readerable-esm',
  transform(code: string, id: string) {
    if (!id.replace(/\\/g, '/').endsWith('@mozilla/readability/Readability-readerable.js')) return null;
    const cjs = /if \(typeof module === "object"\) \{[^}]*module\.exports = isProbablyReaderable;\s*\}/;
    if (!cjs.test(code)) throw new Error('Readability-readerable.js: its CommonJS export line was not found');
    return { code: code.replace(cjs, 'export default isProbablyReaderable;'), map: null };
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [readerableAsEsm, preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Host access to the sites the content script runs on, and scripting (MV3): the background
    // injects the page layer (entrypoints/lede-page.ts) into a page only once the first content
    // script found an article there. Neither browser lets the content scripts' matches stand in
    // for it (Chromium: "Cannot access contents of the page"; Firefox MV2: "Missing host
    // permission for the tab"). They name the same sites as the matches, so the install prompt
    // stays the same. MV2 lists host permissions under permissions. 'offscreen' (MV3, no install
    // warning): the service worker has no DOMParser, so the pages the page layer sends are parsed
    // and read in one offscreen document (entrypoints/offscreen); Firefox's background page parses them itself.
    permissions: manifestVersion === 3 ? ['storage', 'scripting', 'offscreen'] : ['storage', ...PAGE_HOSTS],
    // Chrome 148+ sends messages as structured clones instead of JSON: the page's HTML for the
    // background ('lede:read-page') costs the page's main thread ~30 % less to send (10.6 -> 7.1 ms
    // CPU on real news pages of 150-250 KB). Older Chrome ignores the key; Firefox always clones.
    // A/B with and without only this key (traces, both orders): about -3 ms per article, about
    // +0.5 ms on a page that is not one (its tiny messages): a saving once 1 page in 7 is an article.
    message_serialization: manifestVersion === 3 ? 'structured_clone' : undefined,
    host_permissions: manifestVersion === 3 ? PAGE_HOSTS : undefined,
    // The tripwire (entrypoints/lede-tripwire.ts) is an unlisted script listed here by hand: as a
    // WXT content script it would carry WXT's wrapper and the webextension polyfill to every page.
    // The marks' ::highlight rules (entrypoints/content.css) come with it, before the page is styled.
    content_scripts: [
      {
        matches: PAGE_HOSTS,
        js: ['lede-tripwire.js'],
        css: ['content-scripts/content.css'],
        run_at: 'document_idle',
      },
    ],
    // The one page a web page may load: the memory frame inside a person's hover card
    // (entrypoints/memory-card), so the reader's memory is shown out of the page's reach. Chrome:
    // only at a per-session dynamic address (use_dynamic_url), so pages cannot probe for Lede;
    // Firefox: at the per-install UUID address, which pages do not know.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: [MEMORY_FRAME], matches: PAGE_HOSTS, use_dynamic_url: true }]
        : [MEMORY_FRAME],
    browser_specific_settings:
      browser === 'firefox'
        ? {
            // 140: the first desktop release that reads data_collection_permissions (ESR 140 too).
            gecko: {
              id: 'lede@lede.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
  hooks: {
    // Each locale becomes _locales/<lang>/messages.json in both browsers' builds.
    'build:publicAssets': (_, files) => {
      for (const lang of LOCALES) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: readFileSync(`locales/${lang}.json`, 'utf8'),
        });
      }
    },
  },
  zip: { excludeSources: ['.output/**', 'test-results/**', 'node_modules/**', 'demo/**'] },
});
