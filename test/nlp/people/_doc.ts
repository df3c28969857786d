// Helpers for the step tests: a document read as findPeople reads it, mentions named by their words.
import { readDoc, type Mention, type PeopleDoc, type Step } from '../../../utils/nlp/people/doc';
import { splitSentences } from '../../../utils/nlp/sentences';

export const doc = (text: string): PeopleDoc => readDoc(text, splitSentences(text));

/** The mention covering `phrase` (its `nth` occurrence) token for token. */
export function at(d: PeopleDoc, phrase: string, nth = 0): Mention {
  let off = -1;
  for (let k = 0; k <= nth; k++) off = d.text.indexOf(phrase, off + 1);
  if (off < 0) throw new Error(`no "${phrase}" in the text`);
  const a = d.toks.findIndex((t) => t.start >= off);
  let b = a;
  while (b + 1 < d.toks.length && d.toks[b + 1].end <= off + phrase.length) b++;
  return { a, b, listed: false };
}

/** The text of each mention. */
export const show = (d: PeopleDoc, ms: Mention[]): string[] =>
  ms.map((m) => d.text.slice(d.toks[m.a].start, d.toks[m.b].end));

/** The mentions a step gives on `text`, from the mentions `before` names (none by default), as their text. */
export function stepOn(step: Step, text: string, before: string[] = []): string[] {
  const d = doc(text);
  return show(
    d,
    step(
      d,
      before.map((p) => at(d, p)),
    ),
  );
}
