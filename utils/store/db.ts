// The IndexedDB schema (Dexie). Every earlier version stays declared so any older database
// upgrades step by step; each step is tested in test/store/migrations.test.ts.
//
// v1: articles only; people stored inline without keys, summary as one string, terms as an
//     object map, no fingerprint, no person memory.
// v2: articles gain person keys, a compact term vector, a fingerprint and multiEntry indexes
//     (personKeys, termKeys, fpBands) for related coverage; a `people` table (person memory,
//     merged across articles) and a `meta` table (settings, running byte total).
// Articles use a short auto-increment primary key with the canonical URL as a unique index:
// every index entry carries the primary key, so a number keeps the indexes small.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { ArticleRecord, PersonRecord } from './types';
import { migrateV1Article } from './migrate-v1';
import { rebuildAllPeople } from './people-table';

export const DB_NAME = 'lede-memory';
export const SCHEMA_VERSION = 2;

export const SCHEMA_V1 = {
  articles: '++id, &url, site, readAt',
};

export const SCHEMA_V2 = {
  articles: '++id, &url, site, readAt, *personKeys, *termKeys, *fpBands',
  people: '&key, *variantKeys, lastSeen, articleCount',
  meta: '&k',
};

export interface MetaRow {
  k: string;
  v: unknown;
}

export interface DexieDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class LedeDB extends Dexie {
  articles!: Table<ArticleRecord, number>;
  people!: Table<PersonRecord, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = DB_NAME, deps: DexieDeps = {}) {
    // Pass only what is given: an explicit `undefined` would override Dexie's default (the global indexedDB).
    const opts: DexieDeps = {};
    if (deps.indexedDB) opts.indexedDB = deps.indexedDB;
    if (deps.IDBKeyRange) opts.IDBKeyRange = deps.IDBKeyRange;
    super(name, opts);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx: Transaction) => {
        const articles = tx.table('articles');
        let bytes = 0;
        let count = 0;
        // v1 → v2 record by record. A record without a usable URL is left as it was (never
        // deleted); reads skip what cannot be sanitized.
        await articles.toCollection().modify((raw: unknown, ref: { value: unknown }) => {
          count++;
          const next = migrateV1Article(raw);
          if (!next) return;
          bytes += next.size;
          ref.value = next;
        });
        await rebuildAllPeople(tx.table('articles'), tx.table('people'));
        await tx.table('meta').bulkPut([
          { k: 'bytes', v: bytes },
          { k: 'count', v: count },
        ]);
      });
  }
}
