import type { ArticleSummary } from '../../utils/messaging';
import { uiLocale, t } from '../../locales/i18n';

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(uiLocale(), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** Title, publisher, byline and date of the tab's article. */
export function ArticleHeader({ article }: { article: ArticleSummary }) {
  const date = formatDate(article.publishedAt);
  return (
    <header class="article">
      {article.publisher && (
        <p class="publisher" data-testid="publisher">
          {article.publisher}
        </p>
      )}
      <h1 class="title" data-testid="title">
        {article.title ?? t('untitled_article')}
      </h1>
      <p class="meta">
        {article.byline && <span data-testid="byline">{article.byline}</span>}
        {article.byline && date && <span aria-hidden="true"> · </span>}
        {date && (
          <time data-testid="date" dateTime={article.publishedAt ?? undefined}>
            {date}
          </time>
        )}
      </p>
    </header>
  );
}
