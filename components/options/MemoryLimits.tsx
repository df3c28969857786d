import { useEffect, useState } from 'preact/hooks';
import type { MemorySettings } from '../../utils/store/types';
import type { MemoryStats } from '../../utils/store/api';
import { formatBytes } from '../format';

export interface MemoryLimitsProps {
  settings: MemorySettings;
  stats: MemoryStats | null;
  onSave: (change: Partial<MemorySettings>) => void;
  /** Result of the last save ("Saved; 12 old articles removed"). */
  message?: string | null;
}

const MB = 1024 * 1024;

/** The memory's size bound (articles and megabytes) and whether Lede may make room when the browser is full. */
export function MemoryLimits({ settings, stats, onSave, message }: MemoryLimitsProps) {
  const [articles, setArticles] = useState(String(settings.maxArticles));
  const [mb, setMb] = useState(String(Math.round(settings.maxBytes / MB)));
  useEffect(() => {
    setArticles(String(settings.maxArticles));
    setMb(String(Math.round(settings.maxBytes / MB)));
  }, [settings.maxArticles, settings.maxBytes]);
  const a = Number(articles);
  const m = Number(mb);
  const valid = Number.isInteger(a) && a >= 1 && Number.isFinite(m) && m >= 1;
  return (
    <section class="card" aria-labelledby="limits-heading" data-testid="limits">
      <h2 id="limits-heading">Reading memory</h2>
      <p>
        {stats
          ? `${stats.articles} article${stats.articles === 1 ? '' : 's'} and ${stats.people} ${stats.people === 1 ? 'person' : 'people'} remembered, about ${formatBytes(stats.bytes)}.`
          : 'Counting what Lede remembers…'}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onSave({ maxArticles: a, maxBytes: Math.round(m * MB) });
        }}
      >
        <div class="row">
          <label for="max-articles">Keep at most</label>
          <input
            id="max-articles"
            type="number"
            min={1}
            step={1}
            value={articles}
            onInput={(e) => setArticles((e.currentTarget as HTMLInputElement).value)}
          />
          <span>articles</span>
        </div>
        <div class="row">
          <label for="max-mb">and at most</label>
          <input
            id="max-mb"
            type="number"
            min={1}
            step={1}
            value={mb}
            onInput={(e) => setMb((e.currentTarget as HTMLInputElement).value)}
          />
          <span>MB</span>
        </div>
        <p class="hint">When the memory is full, the articles read longest ago are removed first.</p>
        <button type="submit" disabled={!valid}>
          Save limits
        </button>
      </form>
      <label class="toggle">
        <input
          type="checkbox"
          checked={settings.evictOnQuota}
          onChange={(e) => onSave({ evictOnQuota: (e.currentTarget as HTMLInputElement).checked })}
        />
        If the browser runs out of space, let Lede remove the oldest articles to make room
      </label>
      {message ? (
        <p class="status" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
