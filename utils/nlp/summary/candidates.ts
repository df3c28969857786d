// The lead's sentences as candidates: residue cut, page residue and quotation pieces marked, the sentence as shown
// (asides left out, compressed) and its length.
import type { Span } from '../types';
import { dropAsides } from './asides';
import { cleanSentence } from './clean';
import { compress } from './compress';
import { leavesQuoteOpen } from './quotation';
import { CLOSED, isCredit, isEmbedSignature, isResidue } from './residue';
import { MAX_LEDE_WORDS, MAX_WORDS, standsAlone } from './stands-alone';
import { inAskingTurn, opensSitting, transcriptTurns, withoutTurnLabel } from './transcript';
import { countWords, words } from './words';

export interface Cand {
  /** Index among the sentences. */
  k: number;
  sp: Span;
  /** The sentence with residue cut. */
  s: string;
  nWords: number;
  /** The sentence as shown: without asides in brackets, compressed (summary/compress.ts). */
  shown: string;
  /** Its words, for the length budget. */
  shownWords: number;
  /** Page residue (a caption, a credit, a boilerplate line): passed over. */
  residue: boolean;
  /** The label of a summary in points ("Key points", "Here's what we know so far:"): the summary starts after it. */
  pointsLabel?: boolean;
  /** Can be shown on its own. */
  ok: boolean;
  /** Index of the sentence it leans on, or -1; past the last sentence when that one is not in the text. */
  needs: number;
  /** Share of its words the text keeps coming back to (central.ts), set only for an interview or a hearing. */
  central: number;
}

// the longest caption a picture credit marks (captions before a credit on GUM dev, the Readability pages and MEANTIME
// dev: 2 to 13 words)
const CAPTION_WORDS = 20;

// a live page's or a briefing's summary in points without full stops, under its label ("Key points", "Summary"):
// each point of six words or more is a sentence of the story (with a full stop as shown), not a heading; the points
// end at the first line that closes with punctuation
const KEY_POINTS = new RegExp(`^(?:here(?:'s|’s| is) )?(?:${words.keyPointsLabels})\\s*:?$`, 'iu');
const POINT_WORDS = 6;
// an answer word that the splitter left on the answer's next sentence ("No. The work was costed at…": "No." reads as
// the abbreviation of "number"): not shown, and the rest is judged as a sentence of its own ("No. 10 Downing Street"
// has a figure after it)
const ANSWER_WORD = new RegExp(`^(?:${words.answerOpeners})[.!]\\s+(?=\\p{Lu})`, 'iu');

/** The candidates among the first `limit` sentences. */
export function candidates(text: string, sentences: Span[], limit: number): Cand[] {
  const cands: Cand[] = [];
  // a quotation left open by the sentences before: this sentence is inside it ("“It is beautiful." + "It's
  // translucent." + "It's wonderful,” he said.")
  let quoteOpen = false;
  let prevEnd = 0;
  // a sentence that is not residue came before
  let prose = false;
  // a transcript: its speakers' labels cut, the turns that ask passed over (transcript.ts)
  const turns = transcriptTurns(text);
  // under a label of key points (KEY_POINTS)
  let points = false;
  for (const sp of joinParentheses(text, sentences.slice(0, limit))) {
    const raw = text.slice(sp.start, sp.end).trim();
    if (!raw) continue;
    // a paragraph break ends it: a quotation that runs on opens the next paragraph with a mark of its own
    const inQuote = quoteOpen && !text.slice(prevEnd, sp.start).includes('\n');
    quoteOpen = leavesQuoteOpen(raw, inQuote);
    prevEnd = sp.end;
    const cleaned = withoutAnswerWord(cleanSentence(turns ? withoutTurnLabel(raw) : raw));
    const label = KEY_POINTS.test(cleaned);
    if (label) points = true;
    else if (CLOSED.test(cleaned)) points = false;
    const s = points && countWords(cleaned) >= POINT_WORDS ? `${cleaned}.` : cleaned;
    const nWords = countWords(s);
    const residue = isResidue(s, nWords);
    // the line before a picture credit is the picture's caption, verb or not ("Workers leave the station."), when it
    // is as short as captions are: a lede of 25 words before a credit whose caption the page left out stays
    const prev = cands.at(-1);
    if (prev && !prev.residue && prev.nWords <= CAPTION_WORDS && isCredit(s)) {
      prev.residue = true;
      prev.ok = false;
    }
    // an embedded post signs off under its text ("— Jane Doe (@janedoe) February 9, 2026"): the sentences of the line
    // before the signature are the post, not the story
    if (isEmbedSignature(s)) markLineBefore(text, cands, sp.start);
    prose = cands.some((c) => !c.residue);
    const shown = compress(dropAsides(s));
    const shownWords = shown === s ? nWords : countWords(shown);
    // the length a reader sees is the sentence without its asides
    // the first sentence of the story proper (not residue) is its lede, which may be longer than the others
    const lede = !residue && !prose;
    prose ||= !residue;
    const ok =
      !residue &&
      !inQuote &&
      !(turns && inAskingTurn(turns, sp.start)) &&
      !opensSitting(s) &&
      standsAlone(s, shownWords, lede ? MAX_LEDE_WORDS : MAX_WORDS);
    cands.push({ k: cands.length, sp, s, nWords, shown, shownWords, residue, ok, needs: -1, central: 0 });
    if (label) cands[cands.length - 1].pointsLabel = true;
  }
  return cands;
}

/** The sentence without an answer word the splitter glued to it ("No. The work was…" → "The work was…"). */
function withoutAnswerWord(s: string): string {
  const m = ANSWER_WORD.exec(s);
  return m ? s.slice(m[0].length) : s;
}

/**
 * Marks as residue the candidates of the line that ends right before `end` (the post above its signature; its line
 * only, since some texts break paragraphs with a single newline).
 */
function markLineBefore(text: string, cands: Cand[], end: number): void {
  for (let j = cands.length - 1; j >= 0; j--) {
    const gap = text.slice(cands[j].sp.end, j + 1 < cands.length ? cands[j + 1].sp.start : end);
    if (j + 1 < cands.length ? gap.includes('\n') : /\n[ \t]*\n/.test(gap)) break;
    cands[j].residue = true;
    cands[j].ok = false;
  }
}

/**
 * Sentences split inside a parenthesis ("Theodorus of Tabennese (c." + "314 – 368), also known as…" after an
 * abbreviation the splitter took for a sentence end) joined again: a sentence that closes a parenthesis it did not
 * open continues the one before, which opened it.
 */
function joinParentheses(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let open = 0;
  for (const sp of spans) {
    const t = text.slice(sp.start, sp.end);
    const balance = count(t, '(') - count(t, ')');
    if (open > 0 && balance < 0 && out.length) {
      out[out.length - 1] = { start: out[out.length - 1].start, end: sp.end };
      open += balance;
    } else {
      out.push(sp);
      open = balance;
    }
  }
  return out;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
