import type { ArticleSummary } from '../../utils/messaging';

/** People in this article: the analysis's people with counts, and the byline's authors. */
export function PeopleList({ article }: { article: ArticleSummary }) {
  const { people, authors } = article;
  if (people.length === 0 && authors.length === 0) return null;
  return (
    <section class="section" data-testid="people" aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      <ul class="chips">
        {people.map((p) => (
          <li key={`p:${p.name}`} class="chip">
            {p.name}{' '}
            <span class="count" aria-label={`${p.count} mentions`}>
              {p.count}
            </span>
          </li>
        ))}
        {authors
          .filter((name) => !people.some((p) => p.name === name))
          .map((name) => (
            <li key={`a:${name}`} class="chip author" data-testid="author">
              {name} <span class="role">author</span>
            </li>
          ))}
      </ul>
    </section>
  );
}
