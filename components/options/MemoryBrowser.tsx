import { useState } from 'preact/hooks';
import type { ArticleListItem, PersonListItem } from '../../utils/store/api';
import { dayOf, formatDay, listOf, safeHref, text } from '../format';
import { Status, type LoadState } from '../Status';
import { t, tn } from '../../locales/i18n';

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
        {t('browser_yes_delete')}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('options_cancel')}
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
      <h2 id="browse-heading">{t('options_browser_title')}</h2>
      <div class="row">
        <label for="memory-search">{t('browser_search')}</label>
        <input
          id="memory-search"
          type="search"
          placeholder={t('browser_search_placeholder')}
          value={p.query}
          onInput={(e) => p.onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <h3>{t('browser_articles')}</h3>
      {state !== 'ready' || articles.length === 0 ? (
        <Status state={state} empty={p.query ? t('browser_no_article_match', p.query) : t('browser_no_articles')} />
      ) : (
        <ul class="memory-list" data-testid="memory-articles">
          {articles.map((a, i) => {
            const href = safeHref(a.url);
            const date = text(a.publishedAt) || dayOf(a.readAt);
            const title = text(a.title) || text(a.url) || t('untitled');
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
                  <button
                    type="button"
                    onClick={() => p.onDeleteArticle(a.url)}
                    aria-label={t('browser_forget_label', title)}
                  >
                    {t('browser_forget')}
                  </button>{' '}
                  {text(a.site) ? (
                    <ConfirmButton
                      label={t('browser_forget_site', a.site)}
                      confirm={t('browser_forget_site_confirm', a.site)}
                      onConfirm={() => p.onDeleteSite(a.site)}
                    />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('browser_people')}</h3>
      {state !== 'ready' || people.length === 0 ? (
        <Status state={state} empty={p.query ? t('browser_no_person_match', p.query) : t('browser_no_people')} />
      ) : (
        <ul class="memory-list" data-testid="memory-people">
          {people.map((x) => (
            <li key={x.key}>
              <span class="name">{x.name}</span>
              <span class="meta">
                {' '}
                {Array.isArray(x.descriptors) && x.descriptors.length ? `${x.descriptors.map(text).join(', ')} · ` : ''}
                {tn('in_articles', x.articleCount)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="danger-zone">
        <ConfirmButton
          label={t('browser_delete_all')}
          confirm={t('browser_delete_all_confirm')}
          onConfirm={p.onDeleteAll}
          testid="delete-all"
        />
      </div>
    </section>
  );
}
