// Every message between content script, background and popup is declared here, once.
import { browser } from 'wxt/browser';

export interface ArticleSummary {
  title: string | null;
  publisher: string | null;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  people: { name: string; count: number }[];
}

export type TabState =
  | { status: 'skipped' }
  | { status: 'ready'; article: ArticleSummary }
  | { status: 'error'; message: string };

/** Messages the popup (or background) sends to a tab's content script. */
export interface ContentMessages {
  'lede:get-state': { request: void; response: TabState };
}

export type ContentMessageType = keyof ContentMessages;

export interface Envelope<K extends ContentMessageType = ContentMessageType> {
  type: K;
  data: ContentMessages[K]['request'];
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('lede:')
  );
}

export async function sendToTab<K extends ContentMessageType>(
  tabId: number,
  type: K,
  data: ContentMessages[K]['request'],
): Promise<ContentMessages[K]['response']> {
  const envelope: Envelope<K> = { type, data };
  return (await browser.tabs.sendMessage(tabId, envelope)) as ContentMessages[K]['response'];
}
