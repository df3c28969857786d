// The development pages used by the extraction eval and the analysis bench: mozilla/readability's
// test pages (Apache-2.0, pages belong to their sites; in the data folder, see corpora/paths.ts) and
// our own fixtures in test/fixtures/pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READABILITY_TEST_PAGES } from './corpora/paths';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = join(here, '..', '..');
/** The Readability test pages, wherever LEDE_DATA (or the default data folder) has them. */
export const READABILITY_PAGES = READABILITY_TEST_PAGES;
export const FIXTURE_PAGES = join(REPO, 'test', 'fixtures', 'pages');

/** News-site pages of the Readability set (the sample the bench and the news rows use). */
export const NEWS_PAGES = [
  'aclu',
  'aktualne',
  'ars-1',
  'bbc-1',
  'breitbart',
  'buzzfeed-1',
  'citylab-1',
  'cnet',
  'cnn',
  'engadget',
  'folha',
  'gmw',
  'guardian-1',
  'heise',
  'herald-sun-1',
  'la-nacion',
  'lemonde-1',
  'liberation-1',
  'medicalnewstoday',
  'msn',
  'nytimes-1',
  'nytimes-2',
  'nytimes-3',
  'nytimes-4',
  'nytimes-5',
  'qq',
  'quanta-1',
  'salon-1',
  'seattletimes-1',
  'telegraph',
  'theverge',
  'tmz-1',
  'wapo-1',
  'wapo-2',
  'yahoo-1',
  'yahoo-2',
  'yahoo-3',
  'yahoo-4',
  'lwn-1',
  'pixnet',
];

export interface ReadabilityPage {
  name: string;
  source: string;
  expectedHtml: string;
  expectedMeta: Record<string, unknown>;
}

export function readabilityPages(): ReadabilityPage[] {
  if (!existsSync(READABILITY_PAGES)) return [];
  return readdirSync(READABILITY_PAGES)
    .sort()
    .filter((n) => existsSync(join(READABILITY_PAGES, n, 'source.html')))
    .map((name) => {
      const dir = join(READABILITY_PAGES, name);
      const metaPath = join(dir, 'expected-metadata.json');
      return {
        name,
        source: readFileSync(join(dir, 'source.html'), 'utf8'),
        expectedHtml: existsSync(join(dir, 'expected.html')) ? readFileSync(join(dir, 'expected.html'), 'utf8') : '',
        expectedMeta: existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {},
      };
    });
}

export interface FixturePage {
  name: string;
  html: string;
}

/** Our own fixture pages (test/fixtures/pages/*.html). */
export function fixturePages(): FixturePage[] {
  if (!existsSync(FIXTURE_PAGES)) return [];
  return readdirSync(FIXTURE_PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f.replace(/\.html$/, ''), html: readFileSync(join(FIXTURE_PAGES, f), 'utf8') }));
}
