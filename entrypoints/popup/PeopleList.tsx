import type { ArticleSummary } from '../../utils/messaging';
import { showPerson } from './tab';
import { t, tn } from '../../locales/i18n';

export interface PeopleListProps {
  tabId: number;
  article: ArticleSummary;
  /** Scrolls the page to the person's first mention (injected in tests). */
  show?: (tabId: number, name: string) => Promise<boolean>;
}

/** People in this article, most mentioned first (activating one scrolls the page to them), then the byline's authors. */
export function PeopleList({ tabId, article, show = showPerson }: PeopleListProps) {
  const { people, authors } = article;
  if (people.length === 0 && authors.length === 0) return null;
  return (
    <section class="section" data-testid="people" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('people_heading')}</h2>
      <ul class="chips">
        {people.map((p) => (
          <li key={`p:${p.name}`}>
            <button
              type="button"
              class="chip"
              data-testid="person"
              aria-label={tn('person_chip', p.count, p.name)}
              onClick={() => void show(tabId, p.name).catch(() => false)}
            >
              {p.name} <span class="count">{p.count}</span>
            </button>
          </li>
        ))}
        {authors
          .filter((name) => !people.some((p) => p.name === name))
          .map((name) => (
            <li key={`a:${name}`} class="chip author" data-testid="author">
              {name} <span class="role">{t('author_role')}</span>
            </li>
          ))}
      </ul>
    </section>
  );
}
