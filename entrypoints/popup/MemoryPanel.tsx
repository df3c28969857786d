// Thin container: asks the background (through the injected client) for what memory holds about
// the tab's article, and renders the article sections. No browser API here.
import { useEffect, useState } from 'preact/hooks';
import type { MemoryClient } from '../../utils/store/messages';
import type { ArticleRecord } from '../../utils/store/types';
import type { RelatedResult } from '../../utils/store/related';
import type { TimelineItem } from '../../utils/store/story-timeline';
import { ArticleMemory, type SectionId } from './ArticleMemory';
import type { LoadState } from '../../components/Status';
import { t } from '../../locales/i18n';

export interface MemoryPanelProps {
  url: string;
  client: Pick<MemoryClient, 'lede:memory-article' | 'lede:memory-related' | 'lede:memory-timeline'>;
  only?: SectionId[];
}

interface Loaded {
  record: ArticleRecord | null;
  related: RelatedResult | null;
  timeline: TimelineItem[];
}

export function MemoryPanel({ url, client, only }: MemoryPanelProps) {
  const [state, setState] = useState<LoadState>('loading');
  const [data, setData] = useState<Loaded>({ record: null, related: null, timeline: [] });
  useEffect(() => {
    let live = true;
    setState('loading');
    Promise.all([
      client['lede:memory-article']({ url }),
      client['lede:memory-related']({ url }),
      client['lede:memory-timeline']({ url }),
    ])
      .then(([record, related, timeline]) => {
        if (!live) return;
        setData({
          record: record ?? null,
          related: related ?? null,
          timeline: Array.isArray(timeline) ? timeline : [],
        });
        setState('ready');
      })
      .catch(() => live && setState('error'));
    return () => {
      live = false;
    };
  }, [url, client]);
  const rec = data.record;
  return (
    <ArticleMemory
      summary={rec?.summary ?? []}
      timeline={
        data.timeline.length ? data.timeline : (rec?.timeline ?? []).map((e) => ({ kind: 'entry' as const, ...e }))
      }
      quotes={rec?.quotes ?? []}
      related={data.related}
      memoryState={state}
      memoryError={t('memory_error_article')}
      only={only}
    />
  );
}
