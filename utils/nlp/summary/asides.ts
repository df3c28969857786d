// Asides in brackets left out of the sentences shown; a short form in brackets kept where the summary uses it again.

// esbuild (tsx, vitest) rebuilds a regex literal with \p{..} outside brackets on every call: module constants
const LETTER = /\p{L}/u;

// an aside in brackets: a pronunciation, a translation, a short form, years, a conversion ("Isfahan (Persian: …, also
// known as Esfahan) is…", "1100 ft (335 m)"), up to a line's length; nested brackets are left alone. Numbered
// references in square brackets ("[12]", "[1] – [11]", "[3, 4]") go too.
const ASIDE =
  /\s*\(([^()]{1,120})\)|\s*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\](?:\s*[,–-]?\s*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\])*/g;
// a short form in brackets ("(IE9)", "(L2)"): kept when the summary uses it again
const SHORT_FORM = /^[\p{L}\p{N}&.-]*\p{Lu}[\p{L}\p{N}&.-]*$/u;

/**
 * The sentence as the summary shows it: asides in brackets left out. They rarely carry the news and a summary that
 * keeps them is longer for nothing (on GUM's dev documents they are words the human summaries seldom repeat). A
 * short form stays when `usedAgain` says the summary uses it outside its brackets ("second language (L2) … L2
 * grammar").
 */
export function dropAsides(s: string, usedAgain: (form: string) => boolean = () => false): string {
  if (!s.includes('(') && !s.includes('[')) return s;
  const t = s
    .replace(ASIDE, (m, inner?: string) =>
      inner !== undefined && inner.length <= 12 && SHORT_FORM.test(inner) && usedAgain(inner) ? m : '',
    )
    .replace(/\s+(?=[,.;:!?])/g, '')
    .replace(/^[\s,;:—–-]+/, '');
  // a sentence that was all aside keeps it
  return LETTER.test(t) ? t : s;
}

/** Whether a short form is used in the text as a word of its own at least twice (in its brackets and once more). */
export function usedTwiceIn(all: string): (form: string) => boolean {
  return (form) => {
    let n = 0;
    for (let i = all.indexOf(form); i >= 0 && n < 2; i = all.indexOf(form, i + 1)) {
      if (!/[\p{L}\p{N}]/u.test(all[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(all[i + form.length] ?? ' ')) n++;
    }
    return n >= 2;
  };
}
