// Hand-written validation of an export file. Nothing in the file is trusted: every field is
// checked for type and shape, errors are collected with their path, and one error rejects
// the whole file (the store is not touched).
import { canonicalUrl } from './normalize';

export const EXPORT_FORMAT = 'lede-memory';
export const EXPORT_VERSION = 1;
const MAX_ERRORS = 20;
const MAX_ARTICLES = 1_000_000;

export interface PortableArticle {
  url: string;
  site?: string;
  title: string | null;
  byline?: string | null;
  publisher?: string | null;
  publishedAt: string | null;
  readAt: number;
  summary: string[];
  people: { key?: string; name: string; variants?: string[]; descriptors?: string[]; count: number }[];
  quotes: { text: string; speaker: string | null; speakerKey?: string | null }[];
  timeline: { date: string; text: string }[];
  terms: [string, number][];
  fingerprint: string;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  articles: PortableArticle[];
  /** Person memory at export time; informative only, rebuilt from the articles on import. */
  people?: unknown[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Errors {
  list: string[] = [];
  add(path: string, msg: string) {
    if (this.list.length < MAX_ERRORS) this.list.push(`${path}: ${msg}`);
  }
  get full() {
    return this.list.length >= MAX_ERRORS;
  }
}

function str(e: Errors, v: unknown, path: string, opts: { nullable?: boolean; optional?: boolean; max?: number } = {}) {
  if (v === undefined && opts.optional) return;
  if (v === null && (opts.nullable || opts.optional)) return;
  if (typeof v !== 'string') return e.add(path, `expected ${opts.nullable ? 'text or null' : 'text'}, got ${kind(v)}`);
  if (v.length > (opts.max ?? 10_000)) e.add(path, `text too long (${v.length} characters)`);
}

function strArray(e: Errors, v: unknown, path: string, optional = false) {
  if (v === undefined && optional) return;
  if (!Array.isArray(v)) return e.add(path, `expected a list, got ${kind(v)}`);
  v.forEach((x, i) => str(e, x, `${path}[${i}]`));
}

function list(e: Errors, v: unknown, path: string, each: (x: unknown, p: string) => void) {
  if (!Array.isArray(v)) return e.add(path, `expected a list, got ${kind(v)}`);
  if (v.length > 1000) return e.add(path, `too many items (${v.length})`);
  v.forEach((x, i) => each(x, `${path}[${i}]`));
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v;
}

function article(e: Errors, a: unknown, p: string) {
  if (!isObj(a)) return e.add(p, `expected an object, got ${kind(a)}`);
  if (typeof a.url !== 'string') e.add(`${p}.url`, `expected text, got ${kind(a.url)}`);
  else if (!canonicalUrl(a.url)) e.add(`${p}.url`, 'not an http(s) address');
  str(e, a.site, `${p}.site`, { optional: true, max: 300 });
  str(e, a.title, `${p}.title`, { nullable: true });
  str(e, a.byline, `${p}.byline`, { optional: true });
  str(e, a.publisher, `${p}.publisher`, { optional: true });
  if (a.publishedAt !== null && (typeof a.publishedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(a.publishedAt)))
    e.add(`${p}.publishedAt`, 'expected a YYYY-MM-DD date or null');
  if (typeof a.readAt !== 'number' || !Number.isFinite(a.readAt) || a.readAt < 0)
    e.add(`${p}.readAt`, 'expected a time in milliseconds');
  strArray(e, a.summary, `${p}.summary`);
  list(e, a.people, `${p}.people`, (x, q) => {
    if (!isObj(x)) return e.add(q, `expected an object, got ${kind(x)}`);
    str(e, x.name, `${q}.name`, { max: 300 });
    str(e, x.key, `${q}.key`, { optional: true, max: 300 });
    strArray(e, x.variants, `${q}.variants`, true);
    strArray(e, x.descriptors, `${q}.descriptors`, true);
    if (typeof x.count !== 'number' || !Number.isInteger(x.count) || x.count < 1)
      e.add(`${q}.count`, 'expected a positive whole number');
  });
  list(e, a.quotes, `${p}.quotes`, (x, q) => {
    if (!isObj(x)) return e.add(q, `expected an object, got ${kind(x)}`);
    str(e, x.text, `${q}.text`);
    str(e, x.speaker, `${q}.speaker`, { nullable: true, max: 300 });
    str(e, x.speakerKey, `${q}.speakerKey`, { optional: true, max: 300 });
  });
  list(e, a.timeline, `${p}.timeline`, (x, q) => {
    if (!isObj(x)) return e.add(q, `expected an object, got ${kind(x)}`);
    str(e, x.date, `${q}.date`, { max: 40 });
    str(e, x.text, `${q}.text`);
  });
  list(e, a.terms, `${p}.terms`, (x, q) => {
    if (
      !Array.isArray(x) ||
      x.length !== 2 ||
      typeof x[0] !== 'string' ||
      typeof x[1] !== 'number' ||
      !Number.isFinite(x[1])
    )
      e.add(q, 'expected [term, weight]');
  });
  if (typeof a.fingerprint !== 'string' || !/^([0-9a-f]{16})?$/.test(a.fingerprint))
    e.add(`${p}.fingerprint`, 'expected 16 hex digits or ""');
}

export type Validation = { ok: true; file: ExportFile } | { ok: false; errors: string[] };

export function validateExport(data: unknown): Validation {
  const e = new Errors();
  if (!isObj(data)) return { ok: false, errors: [`file: expected a JSON object, got ${kind(data)}`] };
  if (data.format !== EXPORT_FORMAT) e.add('format', `expected "${EXPORT_FORMAT}" (is this a Lede export?)`);
  if (typeof data.version !== 'number' || !Number.isInteger(data.version)) e.add('version', 'missing');
  else if (data.version > EXPORT_VERSION)
    e.add('version', `made by a newer Lede (format ${data.version}); update Lede to import it`);
  else if (data.version < 1) e.add('version', `unknown format version ${data.version}`);
  if (!Array.isArray(data.articles)) e.add('articles', `expected a list, got ${kind(data.articles)}`);
  else if (data.articles.length > MAX_ARTICLES) e.add('articles', `too many articles (${data.articles.length})`);
  else for (let i = 0; i < data.articles.length && !e.full; i++) article(e, data.articles[i], `articles[${i}]`);
  if (data.people !== undefined && !Array.isArray(data.people))
    e.add('people', `expected a list, got ${kind(data.people)}`);
  return e.list.length ? { ok: false, errors: e.list } : { ok: true, file: data as unknown as ExportFile };
}
