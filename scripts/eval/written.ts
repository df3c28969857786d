// The team's written news passages (test/fixtures/written/README.md): speakers, quotations and summaries, each
// scored by the rules its helper used (_written-*.ts). A set's "choose" part (rules may be chosen on it, its
// errors read) is split 'dev'; its "check" part is split 'test': counts only, never an item.
// WRITTEN_ERRORS=1 prints the choose parts' errors to stderr. Reads only the repository's fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalRow } from '../eval';
import { countVerdicts, describeSpeaker, scoreSpeakers, type SpeakerPassage } from './_written-speakers';
import { overlapPRF } from './_quotes-score';
import { emptyTally, scoreQuotes } from './_written-quotes';
import { describeSummary, referenceNote, scoreSummary, type SummaryPassage } from './_written-summary';

export const corpora = [] as const;

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');
type Part = 'choose' | 'check';
const SPLIT: Record<Part, 'dev' | 'test'> = { choose: 'dev', check: 'test' };

type WrittenSet = { name: string; part: Part; file: string };
const SET_FILE = /^(s\d+)-(choose|check)\.json$/;

/** The sets of one kind: every written/<kind>/s<session>-<part>.json, so a later session only adds files. */
function setsOf(kind: 'speakers' | 'quotes' | 'summary'): WrittenSet[] {
  const found = readdirSync(join(FIXTURES, 'written', kind))
    .map((f) => SET_FILE.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1], part: m[2] as Part, file: `written/${kind}/${m[0]}` }));
  // Session 20's speakers choose part predates this folder (it is also the speaker tests' fixture).
  const legacy: WrittenSet[] =
    kind === 'speakers' ? [{ name: 's20', part: 'choose', file: 'speakers-written/s20-long.json' }] : [];
  const order = (x: WrittenSet) => `${x.name.padStart(4, '0')} ${x.part === 'choose' ? 0 : 1}`;
  return [...legacy, ...found].sort((a, b) => order(a).localeCompare(order(b)));
}

const SETS = { speakers: setsOf('speakers'), quotes: setsOf('quotes'), summary: setsOf('summary') };

const read = <T>(file: string): T => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as T;
const showErrors = (part: Part) => part === 'choose' && process.env.WRITTEN_ERRORS === '1';
const printErrors = (title: string, lines: string[]) =>
  console.error(`${title}: ${lines.length ? '\n' + lines.join('\n') : 'none'}`);
const share = (k: number, n: number) => ({ precision: null, recall: null, f1: n ? k / n : 0 });

function speakerRows(): EvalRow[] {
  return SETS.speakers.map(({ name, part, file }) => {
    const { passages } = read<{ passages: SpeakerPassage[] }>(file);
    const items = passages.flatMap(scoreSpeakers);
    const c = countVerdicts(items);
    const n = c.right + c.none + c.wrong;
    if (showErrors(part)) {
      const lines = items.filter((it) => it.verdict !== 'right').map(describeSpeaker);
      printErrors(`written speakers ${name} ${part}`, lines);
    }
    return {
      task: 'written speakers',
      dataset: `${name} ${part} (${passages.length} articles, ${items.length} labels)`,
      split: SPLIT[part],
      n,
      ...share(c.right, n),
      note: `right/none/wrong ${c.right}/${c.none}/${c.wrong}; ${c.missing} quotation(s) not found; right share in F1`,
    };
  });
}

function quoteRows(): EvalRow[] {
  return SETS.quotes.map(({ name, part, file }) => {
    const { texts } = read<{ texts: { id: string; text: string }[] }>(file);
    const t = emptyTally();
    const lines: string[] = [];
    for (const { id, text } of texts) {
      const errors = scoreQuotes(text, t);
      if (errors.length) lines.push(id, ...errors);
    }
    if (showErrors(part)) printErrors(`written quotations ${name} ${part}`, lines);
    const types = Object.entries(t.byType)
      .map(([k, [f, all]]) => `${k} ${f}/${all}`)
      .join(', ');
    return {
      task: 'written quotations',
      dataset: `${name} ${part} (${texts.length} texts)`,
      split: SPLIT[part],
      ...overlapPRF(t),
      n: t.gold,
      note:
        `overlap; found ${t.found}/${t.gold - t.unaligned} (${t.unaligned} not in text), ${t.preds} predicted, ` +
        `${t.predsRight} right; notQuotes taken ${t.notTaken}/${t.notQuotes}; ${types}`,
    };
  });
}

function summaryRows(): EvalRow[] {
  return SETS.summary.map(({ name, part, file }) => {
    const { passages } = read<{ passages: SummaryPassage[] }>(file);
    const verdicts = passages.map(scoreSummary);
    const right = verdicts.filter((v) => v.right).length;
    if (showErrors(part)) {
      const lines = verdicts.filter((v) => !v.right).map(describeSummary);
      printErrors(`written summary ${name} ${part}`, lines);
    }
    return {
      task: 'written summary',
      dataset: `${name} ${part} (${passages.length} texts)`,
      split: SPLIT[part],
      n: passages.length,
      ...share(right, passages.length),
      note: `right ${right} of ${passages.length} (holds every must, no mustNot); share in F1${referenceNote(verdicts)}`,
    };
  });
}

export async function run(): Promise<EvalRow[]> {
  return [...speakerRows(), ...quoteRows(), ...summaryRows()];
}
