import { useEffect, useState } from 'preact/hooks';
import type { MemorySettings } from '../../utils/store/types';
import type { MemoryStats } from '../../utils/store/api';
import { formatBytes } from '../format';
import { t, tn } from '../../locales/i18n';

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
      <h2 id="limits-heading">{t('options_memory_title')}</h2>
      <p>
        {stats
          ? t(
              'limits_stats',
              tn('limits_articles', stats.articles),
              tn('limits_people', stats.people),
              formatBytes(stats.bytes),
            )
          : t('limits_counting')}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onSave({ maxArticles: a, maxBytes: Math.round(m * MB) });
        }}
      >
        <div class="row">
          <label for="max-articles">{t('limits_keep_at_most')}</label>
          <input
            id="max-articles"
            type="number"
            min={1}
            step={1}
            value={articles}
            onInput={(e) => setArticles((e.currentTarget as HTMLInputElement).value)}
          />
          <span>{t('limits_articles_unit')}</span>
        </div>
        <div class="row">
          <label for="max-mb">{t('limits_and_at_most')}</label>
          <input
            id="max-mb"
            type="number"
            min={1}
            step={1}
            value={mb}
            onInput={(e) => setMb((e.currentTarget as HTMLInputElement).value)}
          />
          <span>{t('limits_mb_unit')}</span>
        </div>
        <p class="hint">{t('limits_hint')}</p>
        <button type="submit" disabled={!valid}>
          {t('limits_save')}
        </button>
      </form>
      <label class="toggle">
        <input
          type="checkbox"
          checked={settings.evictOnQuota}
          onChange={(e) => onSave({ evictOnQuota: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('limits_evict_on_quota')}
      </label>
      {message ? (
        <p class="status" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}
