// Court and interview documents of GUM dev, one by one: Lede's summary against lead-3 and the lead cut at Lede's
// length (R-1 F1, words), and with the interview walk left out. Dev split only.
//   LEDE_DATA=… npx tsx scripts/eval/_summary-spoken.ts [genre…]   (SHOW=1 prints the summaries)
import { readGum } from './_corpus';
import { frozenSplit } from '../lib/frozen-split';
import { summarize } from '../../utils/nlp/summary';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';
import { mean, rougeN, scoreRefs, tok } from './_summary-score';
import { splitHeadings } from './summary';

const R1 = (c: string, r: string) => rougeN(c, r, 1).f;
const f1 = (s: string, refs: string[]) => scoreRefs(s, refs, (c, r) => rougeN(c, r, 1)).f;
const want = process.argv.slice(2).length ? process.argv.slice(2) : ['court', 'interview'];
void R1;
for (const g of want) {
  const rows: number[][] = [];
  for (const d of readGum([g])) {
    if (frozenSplit(d.id) !== 'dev') continue;
    const { title, body } = splitHeadings(d.text);
    const sentences = splitSentences(body);
    const people = findPeople(body, sentences);
    const sum = summarize(body, sentences, { people, title }).join(' ');
    const vopts = JSON.parse(process.env.VARIANT ?? '{"without":["interview"]}');
    const plain = summarize(body, sentences, { people, title }, vopts).join(' ');
    const sents = sentences.map((s) => body.slice(s.start, s.end).trim());
    const lead3 = sents.slice(0, 3).join(' ');
    const n = tok(sum).length;
    const lw = tok(body).slice(0, n).join(' ');
    const r = [f1(sum, d.summaries), f1(lead3, d.summaries), f1(lw, d.summaries), f1(plain, d.summaries)];
    rows.push(r);
    const refw = mean(d.summaries.map((x) => tok(x).length));
    console.log(
      `${d.id.padEnd(34)} lede ${r[0].toFixed(3)}/${n} lead3 ${r[1].toFixed(3)}/${tok(lead3).length} leadAtLen ${r[2].toFixed(3)} variant ${r[3].toFixed(3)}/${tok(plain).length} refW ${refw.toFixed(0)}`,
    );
    if (process.env.SHOW) {
      console.log('  TITLE:', title);
      console.log('  LEDE :', sum);
      console.log('  LEAD3:', lead3);
      console.log('  REF  :', d.summaries[0]);
    }
  }
  console.log(g, 'mean', [0, 1, 2, 3].map((i) => mean(rows.map((r) => r[i])).toFixed(3)).join(' '));
}
