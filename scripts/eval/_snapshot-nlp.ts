// Safety net for refactors of the analysis: runs sentences, people and dates over many texts and writes
// their output as JSON, so two runs can be compared byte for byte (`diff` or `cmp`).
//
//   npx tsx scripts/eval/_snapshot-nlp.ts texts  OUT_TEXTS.json        # gather the texts once (extraction included)
//   npx tsx scripts/eval/_snapshot-nlp.ts run    OUT_TEXTS.json OUT.json
//
// The texts are gathered once and kept, so a change to extraction made meanwhile does not show up as a
// change of the analysis. Sources (under LEDE_DATA, default ../shared/data): MEANTIME, GUM (all genres),
// wikigold, the seed fixture and the extracted text of mozilla/readability's test pages.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readGum, readMeantime } from './_corpus';
import { readWikigold } from '../lib/corpora';
import { readabilityPages } from '../lib/cli-pages';
import { extractArticle } from '../../utils/article';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';
import { findDates } from '../../utils/nlp/dates';
import { analyzeText } from '../../utils/nlp/analyze';

interface SnapText {
  id: string;
  text: string;
  publishedAt: string | null;
}

/** A fixed reference date for texts without one, so relative dates get values too. */
const SOME_DAY = '2019-03-14';

function gather(): SnapText[] {
  const out: SnapText[] = [];
  for (const d of readMeantime()) out.push({ id: 'meantime/' + d.id, text: d.text, publishedAt: d.dct });
  const genres = ['academic', 'bio', 'court', 'interview', 'news', 'voyage'];
  for (const d of readGum(genres)) out.push({ id: 'gum/' + d.id, text: d.text, publishedAt: SOME_DAY });
  for (const d of readWikigold()) out.push({ id: 'wikigold/' + d.id, text: d.text, publishedAt: SOME_DAY });
  const seedDir = join(process.cwd(), 'test', 'fixtures', 'seed');
  for (const f of readdirSync(seedDir).filter((f) => f.endsWith('.txt')))
    out.push({ id: 'seed/' + f, text: readFileSync(join(seedDir, f), 'utf8'), publishedAt: '2018-12-30' });
  for (const p of readabilityPages()) {
    const a = extractArticle(parseHTML(p.source).document as unknown as Document);
    if (a?.text) out.push({ id: 'readability/' + p.name, text: a.text, publishedAt: a.meta.publishedAt ?? SOME_DAY });
  }
  return out;
}

function run(texts: SnapText[]): unknown[] {
  return texts.map((t) => {
    const sentences = splitSentences(t.text);
    const people = findPeople(t.text, sentences);
    const dates = findDates(t.text, sentences, t.publishedAt);
    const datesNoRef = findDates(t.text, sentences, null);
    const datesNoVague = findDates(t.text, sentences, t.publishedAt, { noVague: true });
    // the composed analysis must carry the same people and dates (its other parts are not compared here)
    let composed: string;
    try {
      const a = analyzeText(t.text, { publishedAt: t.publishedAt });
      composed =
        JSON.stringify(a.people) === JSON.stringify(people) && JSON.stringify(a.dates) === JSON.stringify(dates)
          ? 'same'
          : 'DIFFERENT';
    } catch (e) {
      composed = 'analyzeText threw: ' + String(e);
    }
    return { id: t.id, sentences, people, dates, datesNoRef, datesNoVague, composed };
  });
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'texts' && a) {
  const texts = gather();
  writeFileSync(a, JSON.stringify(texts));
  console.log(`${texts.length} texts → ${a}`);
} else if (mode === 'run' && a && b) {
  const texts = JSON.parse(readFileSync(a, 'utf8')) as SnapText[];
  const t0 = performance.now();
  const res = run(texts);
  writeFileSync(b, JSON.stringify(res, null, 1));
  console.log(`${res.length} texts analysed in ${Math.round(performance.now() - t0)} ms → ${b}`);
} else {
  console.error('usage: _snapshot-nlp.ts texts OUT_TEXTS.json | run TEXTS.json OUT.json');
  process.exit(2);
}
