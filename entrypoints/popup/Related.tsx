import { Fragment } from 'preact';
import type { RelatedArticle, RelatedResult } from '../../utils/store/related';
import { dayOf, formatDay, listOf, safeHref, text } from '../../components/format';
import { Status, type LoadState } from '../../components/Status';
import { formatList, t } from '../../locales/i18n';

function ArticleLink({ a, copy }: { a: RelatedArticle; copy?: boolean }) {
  const href = safeHref(a.url);
  const title = text(a.title) || text(a.url) || t('untitled');
  const date = text(a.publishedAt) || (Number.isFinite(a.readAt) ? dayOf(a.readAt) : '');
  const meta = (
    <span class="meta">
      {text(a.site)}
      {date ? (
        <>
          {' · '}
          <time dateTime={date}>{formatDay(date)}</time>
        </>
      ) : null}
    </span>
  );
  if (copy) {
    return href ? (
      <a href={href} target="_blank" rel="noreferrer" class="copy">
        {text(a.site) || title}
      </a>
    ) : (
      <span class="copy">{text(a.site) || title}</span>
    );
  }
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noreferrer" class="headline">
          {title}
        </a>
      ) : (
        <span class="headline">{title}</span>
      )}{' '}
      {meta}
    </>
  );
}

/** Related coverage from memory, one item per story; syndicated copies listed under it. */
export function Related({
  result,
  state = 'ready',
  error,
}: {
  result: RelatedResult | null | undefined;
  state?: LoadState;
  error?: string;
}) {
  const stories = listOf<RelatedResult['stories'][number]>(result?.stories).filter(
    (s) => listOf(s.articles).length > 0,
  );
  return (
    <section class="section" data-testid="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('related_heading')}</h2>
      {state !== 'ready' || stories.length === 0 ? (
        <Status state={state} error={error} empty={t('related_empty')} />
      ) : (
        <ul class="related">
          {stories.map((s, i) => {
            const [lead, ...copies] = listOf<RelatedArticle>(s.articles);
            const people = Array.isArray(s.sharedPeople) ? s.sharedPeople.map(text).filter(Boolean) : [];
            return (
              <li key={text(lead.url) || i} class="story">
                <ArticleLink a={lead} />
                {people.length ? <span class="why">{t('related_with', formatList(people.slice(0, 3)))}</span> : null}
                {copies.length ? (
                  <span class="copies">
                    {t('related_also_on')}{' '}
                    {copies.map((c, k) => (
                      <Fragment key={text(c.url) || k}>
                        {k > 0 ? ', ' : ''}
                        <ArticleLink a={c} copy />
                      </Fragment>
                    ))}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
