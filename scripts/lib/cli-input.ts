// Validation and decoding of CLI input: bytes → string, with clear errors for empty, binary,
// oversized and non-HTML input.
export const MAX_BYTES = 10 * 1024 * 1024;

export class InputError extends Error {}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

/** A declared charset from the first bytes of an HTML page (<meta charset> or http-equiv). */
function declaredCharset(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label, { ignoreBOM: false });
  } catch {
    return null;
  }
}

/**
 * Decodes input bytes. UTF-8 by default (a BOM is kept in text mode so that article.text is the
 * input unchanged); UTF-16 with a BOM; an HTML page's declared charset when it is not valid UTF-8.
 */
export function decodeInput(bytes: Uint8Array, kind: 'html' | 'text'): string {
  if (bytes.length > MAX_BYTES) {
    throw new InputError(`input is ${mb(bytes.length)} MB; the limit is 10 MB`);
  }
  if (bytes.length === 0) throw new InputError('input is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const s = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return checkString(s, kind);
  }
  if (bytes.indexOf(0) !== -1) throw new InputError('input is binary (it contains NUL bytes), not text or HTML');
  let s = new TextDecoder('utf-8', { ignoreBOM: kind === 'text' }).decode(bytes);
  const bad = countReplacement(s);
  if (bad > 0 && kind === 'html') {
    const label = declaredCharset(s.slice(0, 4096));
    const dec = label && !/^utf-?8$/.test(label) ? decoderFor(label) : null;
    if (dec) s = dec.decode(bytes);
  }
  const stillBad = countReplacement(s);
  if (stillBad > 16 && stillBad > s.length * 0.01) {
    throw new InputError('input is not valid UTF-8 text (too many invalid byte sequences); is it binary?');
  }
  return checkString(s, kind);
}

function countReplacement(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i !== -1; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Checks an already-decoded string (the --jsonl fields arrive as strings). */
export function checkString(s: string, kind: 'html' | 'text'): string {
  if (s.length > MAX_BYTES / 3 && new TextEncoder().encode(s).length > MAX_BYTES) {
    throw new InputError('input is over the 10 MB limit');
  }
  if (s.trim().length === 0) throw new InputError('input is empty');
  // One scan tells whether there is any control character at all (not tab/newline/VT/FF/CR); the
  // checks that tell NUL from the others and count them only run when there is one.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(s)) {
    if (s.includes('\u0000')) throw new InputError('input is binary (it contains NUL characters), not text or HTML');
    // Other control characters in quantity mean binary data.
    const ctrl = s.match(/[\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
    if (ctrl > 16 && ctrl > s.length * 0.01) throw new InputError('input is binary (control characters), not text');
  }
  if (
    kind === 'html' &&
    !/<(?:!doctype|html|head|body|p|div|article|main|span|h[1-6]|section|br|title|meta)\b/i.test(s)
  ) {
    throw new InputError('input does not look like HTML (no HTML tags); use --text for plain text');
  }
  return s;
}
