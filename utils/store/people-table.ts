// Keeping the `people` table in step with `articles`, inside the caller's transaction.
import type { Table } from 'dexie';
import type { ArticleRecord, PersonRecord } from './types';
import { addArticleToPerson, rebuildPerson } from './people';
import { sanitizeArticle, sanitizePerson } from './sanitize';

type Articles = Table<ArticleRecord, number>;
type People = Table<PersonRecord, string>;

/** Fold a newly stored article into the memory of each person it names. */
export async function addArticlePeople(people: People, a: ArticleRecord): Promise<void> {
  if (a.personKeys.length === 0) return;
  const existing = await people.bulkGet(a.personKeys);
  const next = a.personKeys.map((k, i) => addArticleToPerson(sanitizePerson(existing[i]), a, k));
  await people.bulkPut(next);
}

/** Recompute these people from the articles that still name them; delete who is left with none. */
export async function rebuildPeople(articles: Articles, people: People, keys: Iterable<string>): Promise<void> {
  const put: PersonRecord[] = [];
  const del: string[] = [];
  for (const key of new Set(keys)) {
    const rows = await articles.where('personKeys').equals(key).toArray();
    const p = rebuildPerson(
      key,
      rows.map(sanitizeArticle).filter((a): a is ArticleRecord => a !== null),
    );
    if (p) put.push(p);
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
