import { useState } from 'preact/hooks';
import { t } from '../../locales/i18n';

export type SiteMode = 'off' | 'on';

export interface SitesSettingsProps {
  paused: boolean;
  /** Sites where Lede never runs. */
  offSites: string[];
  /** Sites where Lede always runs, even when a page does not look like an article. */
  onSites: string[];
  onPause: (paused: boolean) => void;
  onAddSite: (site: string, mode: SiteMode) => void;
  onRemoveSite: (site: string, mode: SiteMode) => void;
}

/** "news.example.com" from what a reader may type or paste ("https://www.news.example.com/a"); null if not a host. */
export function normalizeSiteInput(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    if (/^[a-z]+:\/\//.test(s)) s = new URL(s).hostname;
  } catch {
    return null;
  }
  s = s.replace(/^www\./, '').replace(/\/.*$/, '');
  return /^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$|^localhost$/.test(s) ? s : null;
}

function SiteList({
  title,
  mode,
  sites,
  onRemove,
}: {
  title: string;
  mode: SiteMode;
  sites: string[];
  onRemove: (s: string, m: SiteMode) => void;
}) {
  return (
    <div class="site-list" data-testid={`sites-${mode}`}>
      <h3>{title}</h3>
      {sites.length === 0 ? (
        <p class="status empty">{t('sites_none')}</p>
      ) : (
        <ul>
          {sites.map((s) => (
            <li key={s}>
              <span>{s}</span>{' '}
              <button
                type="button"
                class="link"
                onClick={() => onRemove(s, mode)}
                aria-label={t('sites_remove_label', s, title)}
              >
                {t('sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function SitesSettings(p: SitesSettingsProps) {
  const [input, setInput] = useState('');
  const [mode, setMode] = useState<SiteMode>('off');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const site = normalizeSiteInput(input);
    if (!site) {
      setError(t('sites_enter_site'));
      return;
    }
    setError(null);
    setInput('');
    p.onAddSite(site, mode);
  };
  return (
    <section class="card" aria-labelledby="sites-heading" data-testid="sites">
      <h2 id="sites-heading">{t('options_sites_title')}</h2>
      <label class="toggle">
        <input
          type="checkbox"
          checked={p.paused}
          onChange={(e) => p.onPause((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('sites_pause')}
      </label>
      <form onSubmit={submit} class="row">
        <label for="site-input">{t('sites_site')}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          placeholder="news.example.com"
          value={input}
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'site-error' : undefined}
        />
        <select
          aria-label={t('sites_rule')}
          value={mode}
          onChange={(e) => setMode((e.currentTarget as HTMLSelectElement).value as SiteMode)}
        >
          <option value="off">{t('sites_never')}</option>
          <option value="on">{t('sites_always')}</option>
        </select>
        <button type="submit">{t('sites_add')}</button>
      </form>
      {error ? (
        <p id="site-error" class="status error" role="alert">
          {error}
        </p>
      ) : null}
      <SiteList title={t('sites_off_list')} mode="off" sites={p.offSites} onRemove={p.onRemoveSite} />
      <SiteList title={t('sites_on_list')} mode="on" sites={p.onSites} onRemove={p.onRemoveSite} />
    </section>
  );
}
