import { useState } from 'preact/hooks';

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
        <p class="status empty">None.</p>
      ) : (
        <ul>
          {sites.map((s) => (
            <li key={s}>
              <span>{s}</span>{' '}
              <button
                type="button"
                class="link"
                onClick={() => onRemove(s, mode)}
                aria-label={`Remove ${s} from “${title}”`}
              >
                Remove
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
      setError('Enter a site such as news.example.com');
      return;
    }
    setError(null);
    setInput('');
    p.onAddSite(site, mode);
  };
  return (
    <section class="card" aria-labelledby="sites-heading" data-testid="sites">
      <h2 id="sites-heading">Where Lede runs</h2>
      <label class="toggle">
        <input
          type="checkbox"
          checked={p.paused}
          onChange={(e) => p.onPause((e.currentTarget as HTMLInputElement).checked)}
        />
        Pause Lede everywhere
      </label>
      <form onSubmit={submit} class="row">
        <label for="site-input">Site</label>
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
          aria-label="Rule"
          value={mode}
          onChange={(e) => setMode((e.currentTarget as HTMLSelectElement).value as SiteMode)}
        >
          <option value="off">Never run here</option>
          <option value="on">Always run here</option>
        </select>
        <button type="submit">Add</button>
      </form>
      {error ? (
        <p id="site-error" class="status error" role="alert">
          {error}
        </p>
      ) : null}
      <SiteList title="Lede is off on" mode="off" sites={p.offSites} onRemove={p.onRemoveSite} />
      <SiteList title="Lede always runs on" mode="on" sites={p.onSites} onRemove={p.onRemoveSite} />
    </section>
  );
}
