// `npm run -s analyze -- [--text] [--url URL] [--published YYYY-MM-DD] [--jsonl] [FILE|-]`
// The analysis contract of shared/DESIGN.md: one JSON object per document on standard output.
// The analysis is loaded once the arguments say what the run needs: a --text run never loads the HTML
// parser. Built (`npm run build:cli`, scripts/lib/cli-build.ts), the analysis is two bundles, HTML and text
// only, each loaded with the V8 code cache the build made (scripts/lib/cli-load-built.ts).
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { USAGE, UsageError, parseArgs, type CliOptions } from './lib/cli-args';
import { CLI_V8_FLAG } from './lib/cli-v8';
import { InputError, decodeInput } from './lib/cli-input';
import { readLines } from './lib/cli-lines';
import { loadHtmlAnalysis, loadTextAnalysis } from './lib/cli-load';

// A run is short and walks much code a few hundred times. With V8's default inlining budget its
// optimizing compiler spent nearly as much CPU on background threads, compiling and (after
// deoptimizations) recompiling the large extraction and people steps, as the main thread spent running
// them (130 pages: ~4.6 s beside ~5.5 s; Readability's own process ~2 s beside ~5 s). A smaller budget
// keeps each optimized function's graph small (the figures for the value chosen: scripts/lib/cli-v8.ts).
// The flag is read per compilation, so setting it before the analysis is loaded is enough; it does not
// change any result.
setFlagsFromString(CLI_V8_FLAG);

function fail(message: string, code: number): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(code);
}

async function readAll(file: string | null): Promise<Uint8Array> {
  if (file && file !== '-') return readFileSync(file);
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function single(o: CliOptions): Promise<void> {
  const kind = o.text ? 'text' : 'html';
  const analysis = o.text ? loadTextAnalysis() : loadHtmlAnalysis();
  let bytes: Uint8Array;
  try {
    bytes = await readAll(o.file);
  } catch (e) {
    fail(`cannot read ${o.file}: ${(e as Error).message}`, 1);
  }
  try {
    const content = decodeInput(bytes, kind);
    const input = { kind, content, url: o.url, published: o.published } as const;
    const m = await analysis;
    const out = 'analyzeInput' in m ? m.analyzeInput(input, o.stats) : m.analyzeTextInput(input, o.stats);
    process.stdout.write(JSON.stringify(out) + '\n');
  } catch (e) {
    if (e instanceof InputError) fail(`error: ${e.message}`, 1);
    throw e;
  }
}

/**
 * A short made-up wire story with the rare shapes of the name steps (initials, nicknames, lists, results rows,
 * scoreboards, a dateline, a byline, a caps headline…). See prime().
 */
const PRIMER = [
  'CLINTON MEETS YELTSIN IN OSLO',
  '',
  'OSLO, Norway 1997-03-14',
  '',
  'Nadim Ladki',
  '',
  'Home Secretary Suella Braverman said on Tuesday that Bernard (Bernie) Sanders and Donald J. Trump had spoken. Marie-Claire Dupont won the vote, while Czech Jiri Novak beat Kenyan Wanjiru Kamau and He Yafei said Ye Zhaoying would stay. T.J. Watt had two sacks and A. Smith said so. PV Sindhu and JK Rowling met Chief Minister MK Stalin. Ana de la Cruz, a spokeswoman, said Ng Eng Hen and Minister Ong Ye Kung agreed with Aung San Suu Kyi. Erdogan said it was over, said Ozawa. His wife Grace and her husband Tadhg were handed the trophy by Ronaldinho, ahead of Bad Bunny. Smith, Jones, Kane and Saka played. The Obama administration and Trump supporters met Friends of Bernie Sanders at Ford Motor and Sam\'s Club; a Ford Taurus was parked. Panama faced Belgium. L. Ron Hubbard, Kim Jong Un and Mr. de Blasio spoke about Easter, God and the Data Retention Bill. "We will win," Sanders told reporters. Mrs Price said the Pacific was calm. Romelu Lukaku scored twice; Lukaku said he was happy.',
  '',
  '1. Chidi Okonkwo ( Nigeria ) 10.04',
  '2. Tomas Berg ( Sweden ) 10.09',
  '3. Paulo Reis ( Brazil ) 10.12',
  '',
  'Chelsea 2 ( Vialli 12 , Di Matteo 60 ) Arsenal 1 ( Wright 45 )',
  '',
  'R. Mahanama c Parore b Doull 22',
  'S. Jayasuriya lbw b Cairns 14',
  '',
  'Bayern Munich 2 Hamburg 0',
  'Bastia - Martini ; Jurietti , Mendy , Soler , Lacroix , Garcia .',
  '',
  'Jordan 31 , Pippen 22 , Kukoc 14',
  '',
  'Miklos Vajna',
  '1449',
  '6.5%',
  'Anna Kovacs',
  '1210',
  '5.4%',
].join('\n');

/**
 * A --jsonl run of more than one document reads PRIMER twice before its second document, the output thrown away.
 * Most people steps loop over every token, and the body past their first test is rare: V8 optimized a step on the
 * first pages, then threw that code away when a later page took the rare branch ("insufficient type feedback") and
 * compiled it again. Seen once in the primer first, the branches are in the optimized code. 130 Readability test
 * pages: see the commit. Not before the first document: a run of one pays nothing.
 */
function prime(
  analyze: (line: string, d: { url: string | null; published: string | null; stats: boolean }) => unknown,
  defaults: { url: string | null; published: string | null; stats: boolean },
): void {
  const line = JSON.stringify({ id: null, text: PRIMER });
  for (let k = 0; k < 2; k++) analyze(line, { ...defaults, stats: false });
}

let opts: CliOptions;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) fail(e.message ? `${e.message}\n${USAGE}` : USAGE, e.message ? 2 : 0);
  throw e;
}
if (opts.jsonl) {
  // The loop runs in the module's own body. A first paired measurement read ~4 % less CPU so, but the paired
  // runs on this machine favour the second process started by about as much: no gain is shown.
  const { analyzeJsonLine } = await loadHtmlAnalysis();
  const defaults = { url: opts.url, published: opts.published, stats: opts.stats };
  let seen = 0;
  for await (const line of readLines(process.stdin)) {
    if (line.trim() === '') continue;
    if (++seen === 2) prime(analyzeJsonLine, defaults);
    const out = analyzeJsonLine(line, defaults);
    if ('error' in out) process.stderr.write(`analyze: id ${JSON.stringify(out.id)}: ${out.error}\n`);
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise((r) => process.stdout.once('drain', r));
    }
  }
} else await single(opts);
