// The analysis CLI's arguments. Kept apart from the analysis so that the entry point can read them
// before it loads the code a run needs (scripts/analyze.ts).
export interface CliOptions {
  text: boolean;
  jsonl: boolean;
  url: string | null;
  published: string | null;
  stats: boolean;
  file: string | null;
}

export const USAGE = `usage: npm run -s analyze -- [--text] [--url URL] [--published YYYY-MM-DD] [--no-stats] [FILE|-]
       npm run -s analyze -- --jsonl [--url URL] [--published YYYY-MM-DD] < lines.jsonl
  FILE or "-" (standard input, the default) holds an HTML page, or plain text with --text.
  --jsonl reads lines {"id","html"|"text","url"?,"published"?} and writes one JSON line per input.`;

export class UsageError extends Error {}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { text: false, jsonl: false, url: null, published: null, stats: true, file: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--text') o.text = true;
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--no-stats') o.stats = false;
    else if (a === '--url' || a.startsWith('--url=')) o.url = value();
    else if (a === '--published' || a.startsWith('--published=')) {
      o.published = value();
      if (!isIsoDate(o.published)) throw new UsageError(`--published wants a date YYYY-MM-DD, got "${o.published}"`);
    } else if (a === '-h' || a === '--help') throw new UsageError('');
    else if (a === '-' || !a.startsWith('-')) {
      if (o.file !== null) throw new UsageError('give one input file');
      o.file = a;
    } else throw new UsageError(`unknown option ${a}`);
  }
  if (o.jsonl && o.file !== null && o.file !== '-') throw new UsageError('--jsonl reads standard input only');
  if (o.jsonl && o.text) throw new UsageError('--jsonl and --text do not combine (each line says "html" or "text")');
  return o;
}
