// Every message between content script, background and popup is declared here, once.
// A message is an envelope { type, data }; its answer type is fixed by its type.
import { browser } from 'wxt/browser';
import type { ArticleMeta } from './nlp/types';
import type { TextAnalysis } from './nlp/analyze';
import type { MemoryMessages } from './store/messages';

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

/**
 * Messages handled by the background (sent by content scripts, the popup and the options page):
 * the shell's own, and the reading memory's (declared in utils/store/messages.ts).
 */
export interface BackgroundMessages extends MemoryMessages {
  /**
   * Content script → background: analyse an article's text (the lexicons live in the background)
   * and remember the article in the reading memory.
   */
  'lede:analyze': {
    request: { text: string; meta: ArticleMeta };
    response: TextAnalysis;
  };
  /**
   * Content script → background: this tab's state changed. The page's URL travels with it: after
   * a single-page-app navigation the sender's URL can still be the first one.
   */
  'lede:tab-state': { request: { url: string; state: TabState }; response: void };
  /**
   * First content script → background: inject the page layer (extraction, marking, cards) into
   * the sender's frame; resolves once it has run there.
   */
  'lede:load-page-layer': { request: void; response: void };
  /** Popup → background: the state of a tab, by id (or by URL, for tools and tests). */
  'lede:get-tab-state': {
    request: { tabId?: number; url?: string };
    response: { tabId: number | null; state: TabState };
  };
}

/** Messages handled by a tab's content script (sent by the popup or background). */
export interface ContentMessages {
  'lede:get-state': { request: void; response: TabState };
  /** Popup: analyse this page even though it does not look like an article (or the site is off). */
  'lede:analyze-anyway': { request: void; response: TabState };
  /** Popup: scroll the page to a person's first mention; false when it is not on the page. */
  'lede:show-person': { request: { name: string }; response: boolean };
}

export type BackgroundMessageType = keyof BackgroundMessages;
export type ContentMessageType = keyof ContentMessages;
type AnyMessages = BackgroundMessages & ContentMessages;

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
}

type MessageMap<M> = {
  [K in keyof M]: { request: unknown; response: unknown };
};

export type Handlers<M extends MessageMap<M>> = {
  [K in keyof M]?: (data: M[K]['request'], sender: MessageSender) => M[K]['response'] | Promise<M[K]['response']>;
};

/**
 * Listens for the messages in `handlers`. Answers by returning a promise (the polyfill's way);
 * envelopes of other types are left for other listeners (undefined = not answered here).
 */
export function onMessages<M extends MessageMap<M>>(handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: { tab?: { id?: number }; frameId?: number; url?: string }) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type as keyof M];
    if (!handler) return undefined;
    const from: MessageSender = {
      tabId: sender.tab?.id ?? null,
      frameId: sender.frameId ?? null,
      url: sender.url ?? null,
    };
    return Promise.resolve().then(() => handler(message.data as never, from));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
