// Chrome MV3: the service worker has no DOMParser, so pages are parsed and read in one offscreen
// document (entrypoints/offscreen, reason DOM_PARSER), created on the first article and reused.
// It runs only Lede's own code; the pages' HTML is parsed there inert (inert.ts).
import { browser, type Browser } from 'wxt/browser';
import { sendToOffscreen, type InertArticle } from '../../utils/messaging';
import type { InertOptions } from './inert';

const PAGE = '/offscreen.html';

let creating: Promise<void> | null = null;

async function ensureDocument(): Promise<void> {
  // After the worker was stopped and started again, the document may still be there.
  if (await browser.offscreen.hasDocument()) return;
  creating ??= browser.offscreen
    .createDocument({
      url: PAGE,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Read the article out of a page, off the page and off the worker',
    })
    .catch(async (error: unknown) => {
      // Two workers' calls can race; one document is all there may be.
      if (!(await browser.offscreen.hasDocument())) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function extractOffscreen(html: string, opts: InertOptions): Promise<InertArticle | null> {
  await ensureDocument();
  return sendToOffscreen('lede:extract-inert', { html, url: opts.url, forced: opts.forced });
}
