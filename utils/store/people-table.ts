// Keeping the `people` table in step with `articles`, inside the caller's transaction.
import type { Table } from 'dexie';
import type { ArticleRecord, PersonRecord } from './types';
import { addArticleToPerson, rebuildPerson, removeArticleFromPerson } from './people';
import { sanitizeArticle, sanitizePerson } from './sanitize';

type Articles = Table<ArticleRecord, number>;
type People = Table<PersonRecord, string>;

/** People in at most this many articles are rebuilt exactly when an article goes; others are adjusted. */
export const REBUILD_LIMIT = 50;

/**
 * Bring person memory in step after `removed` left the articles table and `added` entered it
 * (a re-read is both: the old version removed, the new one added). Runs in the caller's
 * transaction, after the articles table changed. Cost: O(1) per person added to; for a removal,
 * at most REBUILD_LIMIT article reads per person.
 */
export async function updatePeople(
  articles: Articles,
  people: People,
  removed: ArticleRecord[],
  added: ArticleRecord[],
): Promise<void> {
  const keys = new Set<string>();
  // Grouped by person with push (an import adds thousands of articles naming the same people).
  const group = (list: ArticleRecord[]) => {
    const by = new Map<string, ArticleRecord[]>();
    for (const a of list)
      for (const k of a.personKeys) {
        keys.add(k);
        const g = by.get(k);
        if (g) g.push(a);
        else by.set(k, [a]);
      }
    return by;
  };
  const removedBy = group(removed);
  const addedBy = group(added);
  if (keys.size === 0) return;
  const list = [...keys];
  const current = await people.bulkGet(list);
  const put: PersonRecord[] = [];
  const del: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const key = list[i];
    let p = sanitizePerson(current[i]);
    const gone = removedBy.get(key) ?? [];
    const came = addedBy.get(key) ?? [];
    if (gone.length && p && p.articleCount <= REBUILD_LIMIT) {
      // Exact: the articles table already holds the final state.
      const rows = await articles.where('personKeys').equals(key).toArray();
      p = rebuildPerson(
        key,
        rows.map(sanitizeArticle).filter((a): a is ArticleRecord => a !== null),
      );
    } else {
      if (p) for (const a of gone) p = removeArticleFromPerson(p, a, key);
      for (const a of came) p = addArticleToPerson(p, a, key);
    }
    if (p && p.articleCount > 0) put.push(p);
    else del.push(key);
  }
  if (put.length) await people.bulkPut(put);
  if (del.length) await people.bulkDelete(del);
}

/** Rebuild the whole person memory from the articles (migrations, imports). */
export async function rebuildAllPeople(articles: Table, people: Table): Promise<void> {
  const map = new Map<string, PersonRecord>();
  const all = (await articles.toArray()).map(sanitizeArticle).filter((a): a is ArticleRecord => a !== null);
  all.sort((x, y) => x.readAt - y.readAt || x.url.localeCompare(y.url));
  for (const a of all) for (const k of a.personKeys) map.set(k, addArticleToPerson(map.get(k) ?? null, a, k));
  await people.clear();
  await people.bulkPut([...map.values()]);
}
