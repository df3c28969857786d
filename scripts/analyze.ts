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
  for await (const line of readLines(process.stdin)) {
    if (line.trim() === '') continue;
    const out = analyzeJsonLine(line, defaults);
    if ('error' in out) process.stderr.write(`analyze: id ${JSON.stringify(out.id)}: ${out.error}\n`);
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise((r) => process.stdout.once('drain', r));
    }
  }
} else await single(opts);
