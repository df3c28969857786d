// The lines of a byte stream, for `--jsonl` (scripts/analyze.ts). node:readline decodes every chunk,
// searches it with a regular expression and joins a long line from string pieces; on the 130
// Readability pages (26 MB, lines up to 1.5 MB) that cost the CLI more CPU than all its own code but
// the analysis. Here a line's bytes are found with Buffer.indexOf and decoded once. The line breaks are
// readline's: "\n", "\r\n" and a lone "\r"; a last line without a break is still a line.

/** One "\n"-ended piece, split at readline's other line breaks ("\r\n", a lone "\r"). */
function* breaks(s: string): Generator<string> {
  const body = s.endsWith('\r') ? s.slice(0, -1) : s;
  if (body.includes('\r')) yield* body.split('\r');
  else yield body;
}

/** Each line of `input`, decoded as UTF-8, without its line break, as soon as its bytes have come. */
export async function* readLines(input: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  for await (const chunk of input) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      parts.push(chunk.subarray(start, nl));
      const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      parts = [];
      start = nl + 1;
      yield* breaks(bytes.toString('utf8'));
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
  }
  if (parts.length > 0) yield* breaks(Buffer.concat(parts).toString('utf8'));
}
