// Starting the reading memory in the background: one database per browser profile, the memory
// messages answered, and a `remember` to call with each analysed article.
import type { ArticleMeta } from '../nlp/types';
import type { TextAnalysis } from '../nlp/analyze';
import { onMessages } from '../messaging';
import { LocalMemoryService } from './api';
import { memoryHandlers, type MemoryMessages } from './messages';

export interface Memory {
  service: LocalMemoryService;
  /** Save an analysed article; never throws (a failure is logged once per kind and returned). */
  remember(text: string, meta: ArticleMeta, analysis: TextAnalysis, tabUrl: string | null): Promise<unknown>;
}

export function startMemory(service: LocalMemoryService = LocalMemoryService.open()): Memory {
  onMessages<MemoryMessages>(memoryHandlers(service));
  const logged = new Set<string>();
  return {
    service,
    async remember(text, meta, analysis, tabUrl) {
      const r = await service
        .saveArticle({ ...analysis, article: { ...meta, text } }, { url: meta.url ?? tabUrl })
        .catch((e: unknown) => ({ ok: false as const, reason: 'error' as const, message: String(e) }));
      if (!r.ok && !logged.has(r.reason)) {
        logged.add(r.reason);
        console.warn(`Lede memory: ${r.message}`);
      }
      return r;
    },
  };
}
