import { useState } from 'preact/hooks';
import type { ArticleListItem, PersonListItem } from '../../utils/store/api';
import { dayOf, formatDay, listOf, safeHref, text } from '../format';
import { Status, type LoadState } from '../Status';

export interface MemoryBrowserProps {
  query: string;
  onQuery: (q: string) => void;
  articles: ArticleListItem[] | null | undefined;
  people: PersonListItem[] | null | undefined;
  state?: LoadState;
  onDeleteArticle: (url: string) => void;
  onDeleteSite: (site: string) => void;
  onDeleteAll: () => void;
}

/** A button that asks once more before doing something that cannot be undone. */
function ConfirmButton({
  label,
  confirm,
  onConfirm,
  testid,
}: {
  label: string;
  confirm: string;
  onConfirm: () => void;
  testid?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="danger" data-testid={testid} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={confirm}>
      <span>{confirm}</span>{' '}
      <button
        type="button"
        class="danger"
        data-testid={testid ? `${testid}-confirm` : undefined}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        Yes, delete
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}

/** Searchable list of remembered articles and people, with deletion of one article, one site, or everything. */
export function MemoryBrowser(p: MemoryBrowserProps) {
  const state = p.state ?? 'ready';
  const articles = listOf<ArticleListItem>(p.articles);
  const people = listOf<PersonListItem>(p.people).filter((x) => text(x.name));
  return (
    <section class="card" aria-labelledby="browse-heading" data-testid="memory-browser">
      <h2 id="browse-heading">What Lede remembers</h2>
      <div class="row">
        <label for="memory-search">Search</label>
        <input
          id="memory-search"
          type="search"
          placeholder="Headline, site or person"
          value={p.query}
          onInput={(e) => p.onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <h3>Articles</h3>
      {state !== 'ready' || articles.length === 0 ? (
        <Status
          state={state}
          empty={p.query ? `No remembered article matches “${p.query}”.` : 'No articles remembered yet.'}
        />
      ) : (
        <ul class="memory-list" data-testid="memory-articles">
          {articles.map((a, i) => {
            const href = safeHref(a.url);
            const date = text(a.publishedAt) || dayOf(a.readAt);
            const title = text(a.title) || text(a.url) || 'Untitled';
            return (
              <li key={text(a.url) || i}>
                <div>
                  {href ? (
                    <a href={href} target="_blank" rel="noreferrer">
                      {title}
                    </a>
                  ) : (
                    <span>{title}</span>
                  )}
                  <span class="meta">
                    {' '}
                    {text(a.site)}
                    {date ? ' · ' : ''}
                    {date ? <time dateTime={date}>{formatDay(date)}</time> : null}
                  </span>
                </div>
                <div class="actions">
                  <button type="button" onClick={() => p.onDeleteArticle(a.url)} aria-label={`Forget “${title}”`}>
                    Forget
                  </button>{' '}
                  {text(a.site) ? (
                    <ConfirmButton
                      label={`Forget all from ${a.site}`}
                      confirm={`Forget every article from ${a.site}?`}
                      onConfirm={() => p.onDeleteSite(a.site)}
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <h3>People</h3>
      {state !== 'ready' || people.length === 0 ? (
        <Status
          state={state}
          empty={p.query ? `No remembered person matches “${p.query}”.` : 'No people remembered yet.'}
        />
      ) : (
        <ul class="memory-list" data-testid="memory-people">
          {people.map((x) => (
            <li key={x.key}>
              <span class="name">{x.name}</span>
              <span class="meta">
                {' '}
                {Array.isArray(x.descriptors) && x.descriptors.length ? `${x.descriptors.map(text).join(', ')} · ` : ''}
                in {x.articleCount} article{x.articleCount === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="danger-zone">
        <ConfirmButton
          label="Delete everything Lede remembers"
          confirm="Delete all articles and people? This cannot be undone."
          onConfirm={p.onDeleteAll}
          testid="delete-all"
        />
      </div>
    </section>
  );
}
