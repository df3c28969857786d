// Backups: export everything as versioned JSON; import a file in two steps, a plan the reader
// sees first (what is added, what is left out and why, what the memory's limit would remove) and
// then, on their word, the import itself in one transaction (all or nothing).
//
// Merge rule: an article already in the memory keeps the reader's own record; the file's copy is
// skipped. Nothing of the reader's is replaced; only the memory's limit can remove articles (the
// read-longest-ago first, the rule the reader chose), and the plan says so before it happens.
//
// These run wherever the database is open: the options page opens it directly (it shares the
// extension's origin), so a backup never crosses a message and has no message size limit.
import type { LedeDB } from './db';
import type { ArticleRecord, MemorySettings, StoreResult } from './types';
import { sanitizeArticle, sanitizePerson } from './sanitize';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type PortableArticle, validateExport } from './validate';
import { updatePeople } from './people-table';
import { getBytes, getSettings, putSettings, sanitizeSettings, setBytes, setCount } from './meta';
import { toStoreError } from './errors';
import { fromPortable, type DropReason } from './portable';

export function toPortable(a: ArticleRecord): PortableArticle {
  return {
    url: a.url,
    site: a.site,
    title: a.title,
    byline: a.byline,
    publisher: a.publisher,
    publishedAt: a.publishedAt,
    readAt: a.readAt,
    summary: a.summary,
    people: a.people,
    quotes: a.quotes,
    timeline: a.timeline,
    terms: a.terms,
    fingerprint: a.fingerprint,
  };
}

export interface ExportParts {
  /** The file's JSON text in pieces (one per record), for `new Blob(parts)`: no single huge string. */
  parts: string[];
  articles: number;
  people: number;
}

/** Records are read in pages by primary key (one getAll each: a cursor step per record is slow). */
const PAGE = 2000;

/** The export file as text pieces, read in one transaction (a consistent snapshot), oldest read first. */
export async function exportParts(db: LedeDB, now = Date.now()): Promise<ExportParts> {
  return db.transaction('r', db.articles, db.people, async () => {
    const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString() };
    const rows: { readAt: number; id: number; json: string }[] = [];
    for (let last = -Infinity; ;) {
      const page = await db.articles.where(':id').above(last).limit(PAGE).toArray();
      for (const raw of page) {
        const a = sanitizeArticle(raw);
        if (a) rows.push({ readAt: a.readAt, id: a.id ?? 0, json: JSON.stringify(toPortable(a)) });
      }
      if (page.length < PAGE) break;
      last = page[page.length - 1].id as number;
    }
    // The readAt index's order (ties by primary key), as before.
    rows.sort((x, y) => x.readAt - y.readAt || x.id - y.id);
    const parts = [JSON.stringify(head).slice(0, -1) + ',"articles":['];
    // Pieces of about a thousand records: a Blob of one piece per record is slow to build (Chromium).
    for (let i = 0; i < rows.length; i += 1000)
      parts.push(
        (i ? ',' : '') +
          rows
            .slice(i, i + 1000)
            .map((r) => r.json)
            .join(','),
      );
    parts.push('],"people":[');
    const people = (await db.people.toArray()).map(sanitizePerson).filter((p) => p !== null);
    for (let i = 0; i < people.length; i += 1000)
      parts.push(
        (i ? ',' : '') +
          people
            .slice(i, i + 1000)
            .map((p) => JSON.stringify(p))
            .join(','),
      );
    parts.push(']}');
    return { parts, articles: rows.length, people: people.length };
  });
}

/** The export as an object (tests, small memories). Same content as `exportParts`. */
export async function exportAll(db: LedeDB, now = Date.now()): Promise<ExportFile> {
  return JSON.parse((await exportParts(db, now)).parts.join('')) as ExportFile;
}

// ---------------------------------------------------------------------------------------------
// Import

/** A file read and checked, not yet compared with the memory. */
export interface Incoming {
  /** New records, oldest read first (ties by URL), derived fields computed here. */
  records: ArticleRecord[];
  /** Articles in the file. */
  inFile: number;
  /** The same URL more than once in the file: the latest reading is kept. */
  duplicates: number;
  /** Articles left out, by reason, with the first one's place in the file. */
  dropped: { reason: DropReason; count: number; first: string }[];
}

export type Prepared = { ok: true; incoming: Incoming } | Extract<StoreResult<never>, { reason: 'invalid' }>;

function invalid(message: string, errors: string[] = []): Extract<StoreResult<never>, { reason: 'invalid' }> {
  return { ok: false, reason: 'invalid', message, errors };
}

/** Parse (when text), validate and convert a file. Pure: the memory is not touched. */
export function prepareImport(input: string | unknown, now = Date.now()): Prepared {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return invalid('This file is not a Lede backup: it is not JSON. Nothing was imported.', [
        `file: ${(e as Error).message}`,
      ]);
    }
  }
  const v = validateExport(data);
  if (!v.ok) {
    const d = data as { format?: unknown; version?: unknown } | null;
    const notLede = typeof d !== 'object' || d === null || Array.isArray(d) || d.format !== EXPORT_FORMAT;
    if (notLede) return invalid('This file is not a Lede backup. Nothing was imported.', v.errors);
    if (typeof d.version === 'number' && d.version > EXPORT_VERSION)
      return invalid(
        `This backup was made by a newer version of Lede (format ${d.version}). Update Lede to import it; nothing was imported.`,
        v.errors,
      );
    const n = v.errors.length;
    return invalid(
      `This Lede backup is damaged: ${n}${n >= 20 ? ' or more' : ''} problem${n === 1 ? '' : 's'} found. Nothing was imported.`,
      v.errors,
    );
  }
  const byUrl = new Map<string, ArticleRecord>();
  const dropped = new Map<DropReason, { reason: DropReason; count: number; first: string }>();
  let duplicates = 0;
  v.file.articles.forEach((raw, i) => {
    const c = fromPortable(raw, now);
    if (!c.ok) {
      const d = dropped.get(c.reason) ?? { reason: c.reason, count: 0, first: `articles[${i}]` };
      d.count++;
      dropped.set(c.reason, d);
      return;
    }
    const prev = byUrl.get(c.record.url);
    if (prev) duplicates++;
    if (!prev || c.record.readAt > prev.readAt) byUrl.set(c.record.url, c.record);
  });
  const records = [...byUrl.values()].sort((a, b) => a.readAt - b.readAt || (a.url < b.url ? -1 : 1));
  return {
    ok: true,
    incoming: { records, inFile: v.file.articles.length, duplicates, dropped: [...dropped.values()] },
  };
}

/** Evicting goes 1% below the limit, as saves do (evict.ts), so the next save removes nothing more. */
const slack = (n: number) => Math.floor(n / 100);

/** What the memory's limit does to memory + new records: the read-longest-ago go first, the file's on a tie. */
interface Cut {
  /** Articles and bytes with everything added. */
  total: { articles: number; bytes: number };
  /** Articles and bytes after the cut. */
  after: { articles: number; bytes: number };
  /** The reader's records that would be removed (oldest first). */
  own: ArticleRecord[];
  /** How many of the new records (from the oldest) would be left out. */
  file: number;
}

async function cutToLimit(db: LedeDB, added: ArticleRecord[], s: MemorySettings): Promise<Cut> {
  let count = (await db.articles.count()) + added.length;
  let bytes = (await getBytes(db)) + added.reduce((n, r) => n + r.size, 0);
  const total = { articles: count, bytes };
  const own: ArticleRecord[] = [];
  let i = 0;
  if (count > s.maxArticles || bytes > s.maxBytes) {
    const countTarget = s.maxArticles - slack(s.maxArticles);
    const bytesTarget = s.maxBytes - slack(s.maxBytes);
    const done = () => count <= countTarget && bytes <= bytesTarget;
    const dropFile = () => {
      count--;
      bytes -= added[i++].size;
    };
    await db.articles
      .orderBy('readAt')
      .until(done)
      .each((raw) => {
        while (!done() && i < added.length && added[i].readAt <= raw.readAt) dropFile();
        if (done()) return;
        count--;
        bytes -= typeof raw.size === 'number' ? raw.size : 0;
        // A record too damaged to read still goes; it names no one.
        own.push(sanitizeArticle(raw) ?? { ...(raw as ArticleRecord), people: [], quotes: [], personKeys: [] });
      });
    while (!done() && i < added.length) dropFile();
  }
  return { total, after: { articles: count, bytes: Math.max(0, bytes) }, own, file: i };
}

export interface ImportPlan {
  inFile: number;
  /** Articles the memory does not have yet. */
  adding: number;
  /** Already in the memory: the reader's record is kept, the file's copy skipped. */
  known: number;
  duplicates: number;
  dropped: Incoming['dropped'];
  settings: MemorySettings;
  /** With everything added, the memory would be over its limit. */
  overLimit: boolean;
  /** Applying the limit: the reader's articles removed, and the file's new ones left out. */
  removesOwn: number;
  leavesOutFromFile: number;
  /** Articles and bytes after an import that applies the limit. */
  after: { articles: number; bytes: number };
  /** Limits that keep everything (offered instead of applying the limit); null when within it. */
  raiseTo: { maxArticles: number; maxBytes: number } | null;
}

const roundUp = (n: number, step: number) => Math.ceil(n / step) * step;

/** Limits with room for everything and a tenth more, in round figures. */
function raised(s: MemorySettings, total: Cut['total']): MemorySettings {
  return sanitizeSettings({
    ...s,
    maxArticles: Math.max(s.maxArticles, roundUp(total.articles * 1.1, 1000)),
    maxBytes: total.bytes > s.maxBytes ? roundUp(total.bytes * 1.1, 50 * 1024 * 1024) : s.maxBytes,
  });
}

async function newRecords(db: LedeDB, incoming: Incoming): Promise<{ added: ArticleRecord[]; known: number }> {
  if (incoming.records.length === 0) return { added: [], known: 0 };
  const urls = incoming.records.map((r) => r.url);
  const present = new Set((await db.articles.where('url').anyOf(urls).keys()) as string[]);
  return { added: incoming.records.filter((r) => !present.has(r.url)), known: present.size };
}

/** What importing would do, computed from the memory as it is now; changes nothing. */
export async function planImport(db: LedeDB, incoming: Incoming): Promise<ImportPlan> {
  return db.transaction('r', db.articles, db.meta, async () => {
    const settings = await getSettings(db);
    const { added, known } = await newRecords(db, incoming);
    const cut = await cutToLimit(db, added, settings);
    const overLimit = cut.own.length + cut.file > 0;
    const up = raised(settings, cut.total);
    return {
      inFile: incoming.inFile,
      adding: added.length,
      known,
      duplicates: incoming.duplicates,
      dropped: incoming.dropped,
      settings,
      overLimit,
      removesOwn: cut.own.length,
      leavesOutFromFile: cut.file,
      after: cut.after,
      raiseTo: overLimit ? { maxArticles: up.maxArticles, maxBytes: up.maxBytes } : null,
    };
  });
}

export interface ImportOutcome {
  /** Articles added from the file. */
  added: number;
  /** Already in the memory (the reader's record kept). */
  known: number;
  /** Left out of the file's articles to stay within the limit. */
  leftOut: number;
  /** The reader's articles removed to stay within the limit. */
  removed: number;
  /** Left out as unusable (dates out of range…), summed over reasons. */
  dropped: number;
  settings: MemorySettings;
}

/** 'limit': keep within the memory's limit (the read-longest-ago go); 'raise': raise the limit to keep everything. */
export type LimitChoice = 'limit' | 'raise';

/** Import, in one transaction: all of it or nothing. The plan is recomputed inside (the memory may have changed). */
export async function applyImport(
  db: LedeDB,
  incoming: Incoming,
  choice: LimitChoice = 'limit',
): Promise<StoreResult<ImportOutcome>> {
  try {
    const out = await db.transaction('rw', db.articles, db.people, db.meta, async () => {
      let settings = await getSettings(db);
      const { added, known } = await newRecords(db, incoming);
      let cut = await cutToLimit(db, added, settings);
      if (choice === 'raise' && cut.own.length + cut.file > 0) {
        settings = raised(settings, cut.total);
        await putSettings(db, settings);
        cut = await cutToLimit(db, added, settings);
      }
      const kept = added.slice(cut.file);
      if (cut.own.length) await db.articles.bulkDelete(cut.own.map((r) => r.id as number));
      if (kept.length) await db.articles.bulkAdd(kept);
      await updatePeople(db.articles, db.people, cut.own, kept);
      await setBytes(db, cut.after.bytes);
      await setCount(db, cut.after.articles);
      return {
        added: kept.length,
        known,
        leftOut: cut.file,
        removed: cut.own.length,
        dropped: incoming.dropped.reduce((n, d) => n + d.count, 0),
        settings,
      };
    });
    return { ok: true, ...out };
  } catch (e) {
    return toStoreError(e);
  }
}

/** Prepare and apply in one call (tests, scripts). A bad file: {ok:false, reason:'invalid'}, memory untouched. */
export async function importAll(
  db: LedeDB,
  input: string | unknown,
  opts: { choice?: LimitChoice; now?: number } = {},
): Promise<StoreResult<ImportOutcome>> {
  const p = prepareImport(input, opts.now);
  return p.ok ? applyImport(db, p.incoming, opts.choice) : p;
}
