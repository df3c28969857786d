import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeInput, analyzeJsonLine, parseArgs, UsageError } from '../scripts/lib/cli';
import { InputError, MAX_BYTES, checkString, decodeInput } from '../scripts/lib/cli-input';
import { readLines } from '../scripts/lib/cli-lines';
import type { Analysis } from '../utils/nlp/types';

const root = join(__dirname, '..');
const seedText = readFileSync(join(root, 'test', 'fixtures', 'seed', 'sanders-campaign-letter-2018-12-30.txt'), 'utf8');
const fixture = (n: string) => readFileSync(join(root, 'test', 'fixtures', 'pages', `${n}.html`), 'utf8');
const enc = (s: string) => new TextEncoder().encode(s);
const defaults = { url: null, published: null, stats: false };

/** Every span of the analysis is a valid [start, end) into article.text, and its text matches. */
function expectValidOffsets(a: Analysis) {
  const t = a.article.text;
  const ok = (s: { start: number; end: number }) => {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(t.length);
  };
  for (const p of a.people) for (const m of p.mentions) ok(m);
  for (const q of a.quotes) {
    ok(q);
    expect(t.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) ok(q.speaker);
  }
  for (const d of a.dates) {
    ok(d);
    expect(t.slice(d.start, d.end)).toBe(d.text);
  }
  for (const e of a.timeline) ok(e);
}

describe('parseArgs', () => {
  it('reads the contract options', () => {
    expect(parseArgs(['--text', '--url', 'https://a.example/x', '--published=2018-12-30', 'f.txt'])).toEqual({
      text: true,
      jsonl: false,
      url: 'https://a.example/x',
      published: '2018-12-30',
      stats: true,
      file: 'f.txt',
    });
    expect(parseArgs(['--jsonl', '-']).jsonl).toBe(true);
  });

  it.each([[['--published', '2018-02-30']], [['--bogus']], [['--url']], [['a', 'b']], [['--jsonl', '--text']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseArgs(argv)).toThrow(UsageError);
    },
  );
});

describe('input checks', () => {
  it.each([
    ['empty', new Uint8Array(0), /empty/],
    ['whitespace only', enc(' \n\t '), /empty/],
    ['NUL bytes', Uint8Array.from([0x3c, 0x70, 0x3e, 0, 0, 1, 2, 0x3c]), /binary/],
    ['invalid UTF-8', Uint8Array.from({ length: 4000 }, (_, i) => 0x80 + (i % 60)), /UTF-8/],
  ])('rejects %s input', (_what, bytes, re) => {
    expect(() => decodeInput(bytes, 'text')).toThrow(re);
    expect(() => decodeInput(bytes, 'html')).toThrow(InputError);
  });

  it('rejects text full of control characters, and accepts a few', () => {
    expect(() => checkString('<p>' + 'a\u0001'.repeat(20) + '</p>', 'html')).toThrow(/control characters/);
    expect(() => checkString('a\u0000b', 'text')).toThrow(/NUL/);
    const few = '<p>' + 'Some text. '.repeat(200) + '\u0001\u001f\u0008</p>';
    expect(checkString(few, 'html')).toBe(few);
  });

  it('rejects input over 10 MB and plain text given as HTML', () => {
    expect(() => decodeInput(new Uint8Array(MAX_BYTES + 1).fill(0x61), 'text')).toThrow(/10 MB/);
    expect(() => checkString('Just a sentence, no markup.', 'html')).toThrow(/does not look like HTML/);
  });

  it('decodes UTF-16 with a BOM and a page declaring windows-1252', () => {
    const u16 = Uint8Array.from([0xff, 0xfe, ...Array.from('Hi é').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeInput(u16, 'text')).toBe('Hi é');
    const latin = Uint8Array.from([
      ...enc('<html><head><meta charset="windows-1252"></head><body><p>'),
      ...Array.from({ length: 40 }, () => [0x63, 0x61, 0x66, 0xe9, 0x20]).flat(),
      ...enc('</p></body></html>'),
    ]);
    expect(decodeInput(latin, 'html')).toContain('café café');
  });
});

describe('text mode', () => {
  it('keeps the input byte for byte as article.text', () => {
    const input = '\uFEFFLine one,  with  spaces.\r\n\r\n“Quoted,” she said. 😀\n\n\n  trailing  \n';
    const bytes = enc(input);
    const out = analyzeInput({ kind: 'text', content: decodeInput(bytes, 'text') });
    expect(out.article.text).toBe(input);
    expect(Buffer.from(enc(out.article.text)).equals(Buffer.from(bytes))).toBe(true);
    expect(out.article).toMatchObject({
      title: null,
      byline: null,
      publisher: null,
      publishedAt: null,
      language: null,
    });
  });

  it('analyzes the seed article as plain text with valid offsets, deterministically', () => {
    const a = analyzeInput({ kind: 'text', content: seedText, published: '2018-12-30' }, false);
    expect(a.article.text).toBe(seedText);
    expect(a.article.publishedAt).toBe('2018-12-30');
    expect(Object.keys(a)).toEqual(['article', 'people', 'quotes', 'dates', 'timeline', 'summary']);
    expectValidOffsets(a);
    const again = analyzeInput({ kind: 'text', content: seedText, published: '2018-12-30' }, false);
    expect(JSON.stringify(again)).toBe(JSON.stringify(a));
  });
});

describe('html mode', () => {
  it('extracts the article, uses the page date as reference, and reports stats', () => {
    const a = analyzeInput({ kind: 'html', content: fixture('news-jsonld'), url: 'https://other.example/' });
    expect(a.article.title).toBe('Harbor council approves flood wall after decade of debate');
    expect(a.article.publishedAt).toBe('2024-03-12');
    expect(a.article.url).toBe('https://ledger.example/news/2024/03/harbor-flood-wall');
    expect(a.article.text.startsWith('PORT ALDER')).toBe(true);
    expect(a.stats!.words).toBeGreaterThan(150);
    expect(a.stats!.extractMs).toBeGreaterThan(0);
    expectValidOffsets(a);
  });

  it('lets --published override the page date', () => {
    const a = analyzeInput({ kind: 'html', content: fixture('news-jsonld'), published: '2030-01-01' }, false);
    expect(a.article.publishedAt).toBe('2030-01-01');
  });

  it('falls back to the body text when Readability finds no article', () => {
    const a = analyzeInput(
      { kind: 'html', content: '<html><body><div>Short note: the meeting moved to Friday.</div></body></html>' },
      false,
    );
    expect(a.article.text).toBe('Short note: the meeting moved to Friday.');
  });
});

describe('jsonl lines', () => {
  it('answers a good line with its id and a bad one with an error, keeping the id', () => {
    const good = analyzeJsonLine(JSON.stringify({ id: 'a1', text: 'Some text.', published: '2020-05-05' }), defaults);
    expect(good).toMatchObject({ id: 'a1', article: { text: 'Some text.', publishedAt: '2020-05-05' } });
    expect(analyzeJsonLine('{"id": 7, "html": "no tags at all"}', defaults)).toEqual({
      id: 7,
      error: 'input does not look like HTML (no HTML tags); use --text for plain text',
    });
    expect(analyzeJsonLine('{"id": 8}', defaults)).toMatchObject({ id: 8, error: expect.any(String) });
    expect(analyzeJsonLine('{"id": 9, "text": "x", "published": "2020-99-01"}', defaults)).toMatchObject({ id: 9 });
    expect(analyzeJsonLine('{"id": 9, "text": "x", "published": "2020-99-01"}', defaults).error).toMatch(/YYYY-MM-DD/);
  });

  it('gives id null for a line that is not JSON or not an object', () => {
    expect(analyzeJsonLine('{"id": 1, "text": ', defaults)).toEqual({ id: null, error: 'line is not valid JSON' });
    expect(analyzeJsonLine('[1,2]', defaults)).toEqual({ id: null, error: 'line is not a JSON object' });
  });
});

describe('jsonl input lines', () => {
  const collect = async (lines: AsyncIterable<string>) => {
    const out: string[] = [];
    for await (const l of lines) out.push(l);
    return out;
  };
  /** The same bytes, cut into the same chunks, through node:readline (what the CLI read with before). */
  const byReadline = (chunks: Buffer[]) =>
    collect(createInterface({ input: Readable.from(chunks), crlfDelay: Infinity }));

  it.each([
    ['one line per \\n, a last line without one', ['{"a":1}\n{"b":2}\n{"c":3}']],
    ['CRLF and a lone CR, blank lines kept', ['a\r\nb\rc\n\n\r\nd\r', '\ne\r\r\nf']],
    ['CRLF cut between chunks', ['x\r', '\ny\r', '\n']],
    ['a long line over many chunks', Array.from({ length: 40 }, (_, i) => 'é€😀'.repeat(i + 1)).concat(['\nend\n'])],
    ['empty input', []],
  ])('splits %s as readline did', async (_what, texts) => {
    const bytes = Buffer.from(texts.join(''));
    // the same bytes cut every 7 bytes too, through multi-byte characters
    for (const chunks of [
      texts.map((t) => Buffer.from(t)),
      Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7)),
    ]) {
      expect(await collect(readLines(Readable.from(chunks)))).toEqual(await byReadline(chunks));
    }
  });
});

// A few real runs of the command, as the scorers call it.
function cli(args: string[], input: string | Uint8Array) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'analyze.ts'), ...args], {
    input,
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('the analyze command', () => {
  it('prints the seed text unchanged in --text mode', () => {
    const r = cli(['--text', '--no-stats', '-'], seedText);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Analysis;
    expect(out.article.text).toBe(seedText);
    expectValidOffsets(out);
  }, 30_000);

  it('keeps going past a bad line in --jsonl mode, one output line per input, in order', () => {
    const lines = [
      JSON.stringify({ id: 'first', text: 'The council met on Sunday.' }),
      '{"id": "broken", "html": ',
      JSON.stringify({ id: 'bin', text: 'a\u0000b' }),
      JSON.stringify({ id: 'page', html: fixture('news-og') }),
    ];
    const r = cli(['--jsonl'], lines.join('\n') + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['first', null, 'bin', 'page']);
    expect(out[1].error).toBeTruthy();
    expect(out[2].error).toMatch(/binary/);
    expect(out[3].article.publisher).toBe('The Northern Courier');
    expect(out[0].article.text).toBe('The council met on Sunday.');
  }, 30_000);

  it('prints for each --jsonl line what a run of that line alone prints (a run of two or more is primed first)', () => {
    const lines = [
      JSON.stringify({ id: 'og', html: fixture('news-og') }),
      JSON.stringify({ id: 'seed', text: seedText }),
      JSON.stringify({ id: 'ld', html: fixture('news-jsonld') }),
    ];
    const all = cli(['--jsonl', '--no-stats'], lines.join('\n') + '\n');
    expect(all.status).toBe(0);
    const alone = lines.map((l) => cli(['--jsonl', '--no-stats'], l + '\n').stdout.trim());
    expect(all.stdout.trim().split('\n')).toEqual(alone);
    expect(alone.map((o) => JSON.parse(o).id)).toEqual(['og', 'seed', 'ld']);
  }, 60_000);

  it('exits 1 with a message on standard error for empty and binary input', () => {
    const empty = cli([], '');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/empty/);
    expect(empty.stdout).toBe('');
    const bin = cli(['--text'], Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect(bin.status).toBe(1);
    expect(bin.stderr).toMatch(/binary/);
  }, 30_000);
});
