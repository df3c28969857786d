// The memory's messages, declared once here; utils/messaging.ts folds them into BackgroundMessages
// (`interface BackgroundMessages extends MemoryMessages`). The background registers them with
// `onMessages<MemoryMessages>(memoryHandlers(service))`; the popup, the options page and the memory
// frame call them through `memoryClient()` (content scripts may not: see messaging.ts's sender policy).
// Backups are not messages: the options page reads and writes the database itself
// (utils/store/backup.ts), so no size limit applies.
import type { Analysis } from '../nlp/types';
import type {
  ArticleListItem,
  MemoryService,
  MemoryStats,
  PersonHistory,
  PersonListItem,
  RelatedResult,
  TimelineItem,
} from './api';
import type { ArticleRecord, MemorySettings, SaveMeta, StoreResult } from './types';

type Deleted = StoreResult<{ deleted: number }>;

export interface MemoryMessages {
  /** Content/background → background: remember an analysed article (also done when the background reads a page: lede:read-page). */
  'lede:memory-save': {
    request: { analysis: Analysis; meta?: SaveMeta };
    response: StoreResult<{ url: string; updated: boolean; evicted: number }>;
  };
  /** Popup: the stored record of an article (summary, people, quotes, timeline), null if not remembered. */
  'lede:memory-article': { request: { url: string }; response: ArticleRecord | null };
  'lede:memory-related': { request: { url: string; limit?: number }; response: RelatedResult };
  'lede:memory-timeline': { request: { url: string }; response: TimelineItem[] };
  /** Hover card: what memory holds about a person (leave out the current article). */
  'lede:memory-person': { request: { name: string; excludeUrl?: string | null }; response: PersonHistory | null };
  'lede:memory-recent': { request: { limit?: number }; response: ArticleListItem[] };
  'lede:memory-top-people': { request: { limit?: number }; response: PersonListItem[] };
  'lede:memory-search': {
    request: { query: string; limit?: number };
    response: { articles: ArticleListItem[]; people: PersonListItem[] };
  };
  'lede:memory-stats': { request: void; response: MemoryStats };
  'lede:memory-delete-article': { request: { url: string }; response: Deleted };
  'lede:memory-delete-site': { request: { site: string }; response: Deleted };
  'lede:memory-delete-all': { request: void; response: Deleted };
  'lede:memory-get-settings': { request: void; response: MemorySettings };
  'lede:memory-set-settings': {
    request: Partial<MemorySettings>;
    response: StoreResult<{ settings: MemorySettings; evicted: number }>;
  };
}

export type MemoryMessageType = keyof MemoryMessages;

type HandlerMap = {
  [K in MemoryMessageType]: (data: MemoryMessages[K]['request']) => Promise<MemoryMessages[K]['response']>;
};

/** Handlers for `onMessages<MemoryMessages>(…)` in the background. */
export function memoryHandlers(m: MemoryService & { article(url: string): Promise<ArticleRecord | null> }): HandlerMap {
  return {
    'lede:memory-save': ({ analysis, meta }) => m.saveArticle(analysis, meta),
    'lede:memory-article': ({ url }) => m.article(url),
    'lede:memory-related': ({ url, limit }) => m.related({ url }, limit),
    'lede:memory-timeline': ({ url }) => m.storyTimeline(url),
    'lede:memory-person': ({ name, excludeUrl }) => m.personHistory(name, excludeUrl ?? null),
    'lede:memory-recent': ({ limit }) => m.recent(limit),
    'lede:memory-top-people': ({ limit }) => m.topPeople(limit),
    'lede:memory-search': async ({ query, limit }) => ({
      articles: await m.searchArticles(query, limit),
      people: await m.searchPeople(query, limit),
    }),
    'lede:memory-stats': () => m.stats(),
    'lede:memory-delete-article': ({ url }) => m.deleteArticle(url),
    'lede:memory-delete-site': ({ site }) => m.deleteSite(site),
    'lede:memory-delete-all': () => m.deleteAll(),
    'lede:memory-get-settings': () => m.getSettings(),
    'lede:memory-set-settings': (change) => m.setSettings(change),
  };
}

/** Any function that sends an envelope and returns the answer (browser.runtime.sendMessage in the extension). */
export type Send = (envelope: { type: string; data: unknown }) => Promise<unknown>;

export type MemoryClient = {
  [K in MemoryMessageType]: (data: MemoryMessages[K]['request']) => Promise<MemoryMessages[K]['response']>;
};

/** A typed client over any sender; the containers take one as a prop so tests can pass a fake. */
export function memoryClient(send: Send): MemoryClient {
  return new Proxy({} as MemoryClient, {
    get: (_t, type: string) => (data: unknown) => send({ type, data }),
  });
}
