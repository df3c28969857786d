import type { ArticleListItem, PersonListItem } from '../../utils/store/api';
import { dayOf, formatDay, listOf, safeHref, text } from '../../components/format';
import { Status, type LoadState } from '../../components/Status';
import { t, tn } from '../../locales/i18n';

export interface OverviewProps {
  recent: ArticleListItem[] | null | undefined;
  topPeople: PersonListItem[] | null | undefined;
  state?: LoadState;
  /** Why this tab shows no article ("This page is not an article"). */
  reason?: string;
  onAnalyse?: () => void;
  /** False where analysing is impossible (browser pages). */
  canAnalyse?: boolean;
  onPerson?: (key: string) => void;
}

/** Recent articles and most-read people (the body of the overview; also usable under another header). */
export function RecentReading({
  recent,
  topPeople,
  state = 'ready',
  onPerson,
}: Omit<OverviewProps, 'reason' | 'onAnalyse' | 'canAnalyse'>) {
  const articles = listOf<ArticleListItem>(recent);
  const people = listOf<PersonListItem>(topPeople).filter((p) => text(p.name));
  return (
    <>
      <section class="section" data-testid="recent" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('recent_heading')}</h2>
        {state !== 'ready' || articles.length === 0 ? (
          <Status state={state} empty={t('recent_empty')} />
        ) : (
          <ul class="recent">
            {articles.map((a, i) => {
              const href = safeHref(a.url);
              const date = text(a.publishedAt) || dayOf(a.readAt);
              return (
                <li key={text(a.url) || i}>
                  {href ? (
                    <a href={href} target="_blank" rel="noreferrer">
                      {text(a.title) || text(a.url)}
                    </a>
                  ) : (
                    <span>{text(a.title) || t('untitled')}</span>
                  )}{' '}
                  <span class="meta">
                    {text(a.site)}
                    {date ? ' · ' : ''}
                    {date ? <time dateTime={date}>{formatDay(date)}</time> : null}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section class="section" data-testid="top-people" aria-labelledby="top-people-heading">
        <h2 id="top-people-heading">{t('top_people_heading')}</h2>
        {state !== 'ready' || people.length === 0 ? (
          <Status state={state} empty={t('top_people_empty')} />
        ) : (
          <ul class="chips">
            {people.map((p) => (
              <li key={p.key}>
                {onPerson ? (
                  <button
                    type="button"
                    class="chip"
                    onClick={() => onPerson(p.key)}
                    aria-label={tn('top_person', p.articleCount, p.name)}
                  >
                    {p.name}{' '}
                    <span class="count" aria-hidden="true">
                      {p.articleCount}
                    </span>
                  </button>
                ) : (
                  <span class="chip">
                    {p.name}{' '}
                    <span class="count" aria-label={tn('in_articles', p.articleCount)}>
                      {p.articleCount}
                    </span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The popup for a tab that is not an article: the reader's recent articles and most-read people. */
export function Overview({
  recent,
  topPeople,
  state = 'ready',
  reason,
  onAnalyse,
  canAnalyse = true,
  onPerson,
}: OverviewProps) {
  return (
    <main class="popup overview" data-testid="overview">
      <header class="overview-head">
        <h1>{reason || t('empty_skipped_heading')}</h1>
        {canAnalyse && onAnalyse ? (
          <button type="button" class="primary" data-testid="analyse-anyway" onClick={() => onAnalyse()}>
            {t('analyse_anyway')}
          </button>
        ) : null}
      </header>
      <RecentReading recent={recent} topPeople={topPeople} state={state} onPerson={onPerson} />
    </main>
  );
}
