// Every message between content script, background and popup is declared here, once.
// A message is an envelope { type, data }; its answer type is fixed by its type.
import { browser } from 'wxt/browser';
import type { ArticleMeta } from './nlp/types';
import type { TextAnalysis } from './nlp/analyze';
import type { MemoryMessages } from './store/messages';
import type { ScheduledRun } from '../entrypoints/background/scheduler';
import type { ExtractedArticle } from './article/extracted';
import type { ArticleRegion } from './page/region';

/** What the popup shows about one tab's article. */
export interface ArticleSummary {
  title: string | null;
  publisher: string | null;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  /** Names read from the byline ("By Ana Ruiz and Tom Li" → both). */
  authors: string[];
  /** People the analysis found in the text, most mentioned first. */
  people: { name: string; count: number }[];
  /** Counts actually marked in the page (markPage's result). */
  marked: { people: number; quotes: number };
}

export type TabState =
  | { status: 'none' }
  | { status: 'skipped' }
  /** The reader turned Lede off for this site, or paused it. */
  | { status: 'off' }
  | { status: 'working' }
  | { status: 'ready'; article: ArticleSummary }
  | { status: 'error'; message: string };

/** The reader's rule for a site (utils/store/site-rules.ts): never, always, or where the gate says. */
export type SiteMode = 'off' | 'on' | 'auto';

/**
 * Messages handled by the background (sent by content scripts, the popup and the options page):
 * the shell's own, and the reading memory's (declared in utils/store/messages.ts).
 */
export interface BackgroundMessages extends MemoryMessages {
  /**
   * Page layer → background: the page as HTML (serializePage, utils/page/serialize.ts). The
   * background parses it inert, decides whether it is an article (unless the reader forced it),
   * extracts and analyses the article off the page's main thread, remembers it, and answers the
   * text it analysed with the analysis (or "skipped").
   */
  'lede:read-page': {
    request: { html: string; forced: boolean };
    response: ReadPageAnswer;
  };
  /**
   * Content script → background: this tab's state changed. The page's URL travels with it: after
   * a single-page-app navigation the sender's URL can still be the first one.
   */
  'lede:tab-state': { request: { url: string; state: TabState }; response: void };
  /**
   * The tripwire (the first content script, on every page) → background, once per page and again
   * at a new address: whether the page may be an article. The background answers the site's mode
   * and keeps the tab's state (off, skipped, or working until the page layer reports).
   */
  'lede:page-seen': { request: { url: string; article: boolean }; response: { mode: SiteMode } };
  /**
   * First content script → background: inject the page layer (the page sent to be read, marks,
   * cards) into the sender's frame; resolves once it has run there.
   */
  'lede:load-page-layer': { request: void; response: void };
  /** Extension pages → background: the analyses the fair scheduler ran lately (tests, bench). */
  'lede:analysis-log': { request: void; response: ScheduledRun[] };
  /** Popup → background: the state of a tab, by id (or by URL, for tools and tests). */
  'lede:get-tab-state': {
    request: { tabId?: number; url?: string };
    response: { tabId: number | null; state: TabState };
  };
}

/**
 * Chrome only: background (service worker, which has no DOMParser) → its offscreen document
 * (entrypoints/offscreen): parse this page inert and extract its article (null: none).
 */
export interface OffscreenMessages {
  'lede:extract-inert': {
    request: { html: string; url: string | null; forced: boolean };
    response: InertArticle | null;
  };
}

/** An article read from a page's copy, and where its text lies in the page (utils/page/region.ts). */
export interface InertArticle extends ExtractedArticle {
  region: ArticleRegion | null;
  /** The text of each text node the page will read in that region (region.ts regionSegments); never sent to the page. */
  segments?: string[] | null;
}

/** What the background answers a page's 'lede:read-page'. */
export type ReadPageAnswer =
  | { status: 'skipped' }
  /**
   * `text` is the article's text as analysed (cut to MAX_ANALYZE_CHARS): the analysis's offsets index
   * it. `region`: where it lies in the page (utils/page/region.ts), null when not found.
   */
  | {
      status: 'article';
      meta: ArticleMeta;
      text: string;
      analysis: PageAnalysis;
      region: ArticleRegion | null;
      /** The popup's lines, made in the background (entrypoints/background/for-page.ts). */
      listing: PageListing;
      /** Words of `text`. */
      words: number;
    };

/** The part of the analysis the page marks and shows in cards (no dates, timeline or summary). */
export type PageAnalysis = Pick<TextAnalysis, 'people' | 'quotes'>;

/** What the popup lists about an article besides its metadata (ArticleSummary's authors and people). */
export type PageListing = Pick<ArticleSummary, 'authors' | 'people'>;

/** Messages handled by a tab's content script (sent by the popup or background). */
export interface ContentMessages {
  'lede:get-state': { request: void; response: TabState };
  /** Popup: analyse this page even though it does not look like an article (or the site is off). */
  'lede:analyze-anyway': { request: void; response: TabState };
  /** Popup: scroll the page to a person's first mention; false when it is not on the page. */
  'lede:show-person': { request: { name: string }; response: boolean };
  /** Background: the reader changed the site rules; this is the page's site mode now. */
  'lede:site-mode': { request: { mode: SiteMode }; response: void };
}

export type BackgroundMessageType = keyof BackgroundMessages;
export type ContentMessageType = keyof ContentMessages;
type AnyMessages = BackgroundMessages & ContentMessages & OffscreenMessages;

export interface Envelope<K extends keyof AnyMessages = keyof AnyMessages> {
  type: K;
  data: AnyMessages[K]['request'];
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('lede:')
  );
}

export async function sendToBackground<K extends BackgroundMessageType>(
  type: K,
  data: BackgroundMessages[K]['request'],
): Promise<BackgroundMessages[K]['response']> {
  const envelope: Envelope<K> = { type, data };
  return (await browser.runtime.sendMessage(envelope)) as BackgroundMessages[K]['response'];
}

/** Chrome's service worker → its offscreen document (the only listener for these types). */
export async function sendToOffscreen<K extends keyof OffscreenMessages>(
  type: K,
  data: OffscreenMessages[K]['request'],
): Promise<OffscreenMessages[K]['response']> {
  const envelope: Envelope<K> = { type, data };
  return (await browser.runtime.sendMessage(envelope)) as OffscreenMessages[K]['response'];
}

export async function sendToTab<K extends ContentMessageType>(
  tabId: number,
  type: K,
  data: ContentMessages[K]['request'],
): Promise<ContentMessages[K]['response']> {
  const envelope: Envelope<K> = { type, data };
  return (await browser.tabs.sendMessage(tabId, envelope)) as ContentMessages[K]['response'];
}

/** The sender of a message, as far as handlers need it. */
export interface MessageSender {
  tabId: number | null;
  /** The sending frame in its tab (0: the top frame). */
  frameId: number | null;
  url: string | null;
  /** The sender's tab's current address (follows pushState; the sender's own URL may not). */
  tabUrl: string | null;
  /**
   * True when the sender is one of Lede's own pages (popup, options, the memory frame inside a
   * hover card): its URL is on the extension's scheme, which the browser sets and a web page
   * cannot claim. False for content scripts, which run inside web pages.
   */
  extensionPage: boolean;
}

/**
 * The only messages a content script (a sender inside a web page) may send: what the page layer
 * needs to be loaded, analysed and report its state. Everything else (the reading memory, other
 * tabs' states) is answered only to Lede's own pages, so a page that took over its renderer
 * still cannot read or write the memory through the content script's channel.
 */
export const CONTENT_SCRIPT_MAY_SEND: ReadonlySet<string> = new Set<keyof BackgroundMessages>([
  'lede:read-page',
  'lede:tab-state',
  'lede:page-seen',
  'lede:load-page-layer',
]);

/**
 * Longest article text the background analyses (characters); a longer one is cut to it, and the
 * page marks what was analysed. 200,000 characters
 * is about 33,000 English words: longer than the longest news features (a 10,000-word long
 * read is ~60,000), short enough that one analysis stays well under a second.
 */
export const MAX_ANALYZE_CHARS = 200_000;

/** Whether `sender` may send a message of `type` (see CONTENT_SCRIPT_MAY_SEND). */
export function senderMayAsk(type: string, sender: MessageSender): boolean {
  return sender.extensionPage || CONTENT_SCRIPT_MAY_SEND.has(type);
}

/** Lede's own URL scheme with its "//": "chrome-extension://" or "moz-extension://". */
function extensionScheme(): string | null {
  try {
    return `${new URL(browser.runtime.getURL('/')).protocol}//`;
  } catch {
    return null;
  }
}

export function toMessageSender(sender: {
  id?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
}): MessageSender {
  const scheme = extensionScheme();
  const url = typeof sender.url === 'string' ? sender.url : null;
  return {
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? null,
    url,
    tabUrl: typeof sender.tab?.url === 'string' ? sender.tab.url : null,
    extensionPage:
      scheme !== null &&
      url !== null &&
      url.startsWith(scheme) &&
      (sender.id === undefined || sender.id === browser.runtime.id),
  };
}

type MessageMap<M> = {
  [K in keyof M]: { request: unknown; response: unknown };
};

export type Handlers<M extends MessageMap<M>> = {
  [K in keyof M]?: (data: M[K]['request'], sender: MessageSender) => M[K]['response'] | Promise<M[K]['response']>;
};

/**
 * Listens for the messages in `handlers`. Answers by returning a promise (the polyfill's way);
 * envelopes of other types are left for other listeners (undefined = not answered here). A
 * message its sender may not send (senderMayAsk) is refused with an error, never handled.
 */
export function onMessages<M extends MessageMap<M>>(handlers: Handlers<M>): () => void {
  const listener = (
    message: unknown,
    sender: { id?: string; tab?: { id?: number; url?: string }; frameId?: number; url?: string },
  ) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type as keyof M];
    if (!handler) return undefined;
    const from = toMessageSender(sender);
    if (!senderMayAsk(message.type, from))
      return Promise.reject(new Error(`${message.type} is answered only to Lede's own pages`));
    return Promise.resolve().then(() => handler(message.data as never, from));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
