// Direct quotations and who said them (shared/DESIGN.md, "quotes[]").
//
// 1. Spans between quotation marks (quotes/marks.ts): one pass over the marks; a quotation over several
//    paragraphs is one item. Single marks are the quotation marks of a text whose quotations are mostly in them
//    (British style, double marks nested inside); inside double marks they are nested quotations.
// 2. Not quotations: scare quotes (1–3 words with no speech verb attached, or modifying the writer's noun:
//    quotes/scare.ts), words named as words ("the term "…"") and titles or names of works ("the film "…"",
//    "titled "…"", Title Case phrases with no speech verb).
// 3. Interview answers and block quotations, printed without marks, are quotations too (quotes/interview.ts,
//    quotes/blocks.ts).
// 4. Speaker: decided by the learned ranker (speakers/rank.ts) over candidate speakers; this file only finds
//    the spans (the attribution parser still tells a quotation a speech verb governs from a scare quote).
import type { Person, Quote, Span } from './types';
import { PersonIndex } from './coref';
import { attributionAfter, attributionAtSentenceEnd, cueGoverns } from './quotes-attribution';
import { sentenceIndexAt } from './sentences';
import { attributeSpeakers } from './speakers/rank';
import { findAnswers, type Answer } from './quotes/interview';
import { SpeechContext, afterAccordingTo, inTheirWords, speechEarlier, speechNear } from './quotes/context';
import { afterNamingWord, afterPageLabel, workInApposition } from './quotes/works';
import { exampleNotSaid } from './quotes/examples';
import { codeString } from './quotes/code';
import { markedSpans } from './quotes/marks';
import { blockQuotations } from './quotes/blocks';
import {
  afterDeterminer,
  afterUiVerb,
  inApposition,
  introducedBy,
  isOwnSentence,
  namedAsTerm,
  selfTalk,
  severalSentences,
  usedAsModifier,
} from './quotes/scare';

const TITLE_CUE =
  /\b(?:film|movie|book|novel|song|album|show|series|play|article|essay|poem|titled|entitled|called|named|dubbed|labell?ed|headline|headlined|episode|documentary|programme|program|opera|exhibition|column|magazine|paper|report|campaign|slogan|hashtag|website|site|blog|section|page|motto|nicknamed|known as)\s*$/i;

/** Longest phrase the speech-context rule judges: a longer stretch in marks is speech wherever it is. */
const NO_SPEECH_WORDS = 7;
/** Speech ends its sentence or clause inside the marks ('"Hello," she said'); a phrase of the writer's need not. */
const END_PUNCT = /[.,!?…]['’"”]?$/;

export interface FindQuotesOptions {
  /** Keep candidate scare quotes and titles (for diagnostics). */
  keepAll?: boolean;
  /** Paragraph spans of the text that sat in a <blockquote> on the page (quotations without marks). */
  blockquotes?: readonly Span[];
}

// `s.replace(/[…]+$/, '')` retries the run from every start: quadratic on a long run that does not end the text
const TRAILING_PUNCT = /[\s,.;:!?]/;
function trimTrailing(s: string, chars: RegExp): string {
  let e = s.length;
  while (e > 0 && chars.test(s[e - 1])) e--;
  return s.slice(0, e);
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function words(s: string): string[] {
  return s.match(WORD_RE) ?? [];
}

export function findQuotes(text: string, sentences: Span[], people: Person[], opts: FindQuotesOptions = {}): Quote[] {
  const raws = markedSpans(text);
  const answers = findAnswers(text, sentences, raws, people);
  const blocks = opts.blockquotes?.length ? blockQuotations(text, opts.blockquotes, raws) : [];
  if (!raws.length && !answers.length && !blocks.length) return [];
  const index = new PersonIndex(text, people, sentences);
  // newline positions once, so paragraph bounds are binary searches (no scans over long texts)
  const nls: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) nls.push(i);
  const nlAfter = (pos: number) => {
    let lo = 0;
    let hi = nls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nls[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const paraStart = (pos: number) => {
    const k = nlAfter(pos) - 1;
    return k >= 0 ? nls[k] + 1 : 0;
  };
  const sentIdx = (pos: number) => sentenceIndexAt(sentences, pos);
  const sentStart = (pos: number) => {
    const i = sentIdx(pos);
    const ps = paraStart(pos);
    const s = i < sentences.length && sentences[i].start <= pos ? sentences[i].start : ps;
    return Math.max(s, ps);
  };
  const sentEnd = (pos: number) => {
    const i = sentIdx(pos);
    const e = i < sentences.length ? sentences[i].end : text.length;
    const k = nlAfter(pos);
    const pe = k < nls.length ? nls[k] : text.length;
    return Math.min(Math.max(e, pos + 1), pe);
  };

  // the paragraph up to the mark, or the paragraph before when the mark opens one (a label on its own line)
  const lineBefore = (pos: number) => {
    const ps = paraStart(pos);
    if (text.slice(ps, pos).trim() || ps === 0) return text.slice(ps, pos);
    return text.slice(paraStart(ps - 1), ps - 1);
  };
  const speechContext = new SpeechContext(text);
  const out: Quote[] = [];
  let prev: { close: number; short: boolean } | null = null;
  for (const r of raws) {
    const content = text.slice(r.start, r.end);
    const wc = words(content).length;
    if (wc === 0) continue;
    // windows stay short even in a run-on sentence (pages without punctuation): linear overall
    const sStart = Math.max(sentStart(r.open), r.open - 600);
    const from = Math.max(sStart, prev ? prev.close + 1 : 0, r.open - 400);
    const after = attributionAfter(
      text,
      r.close,
      Math.max(sentEnd(r.close + 1), Math.min(text.length, r.close + 120)),
      content,
    );
    const before40 = text.slice(Math.max(from, r.open - 40), r.open);
    const attachedAfter = !!after && after.start - r.close < 8;
    // `"better" and "fuel-efficient"`: a short quote coordinated with the one before
    const coordinated = !!prev && /^["”'’]?\s*(?:,|and|or|,\s*and|,\s*or)\s*$/.test(text.slice(prev.close + 1, r.open));
    if (!opts.keepAll) {
      if (codeString(before40, content, text.slice(r.close, r.close + 2))) continue;
      // both marks right after a number ('a 13.3" widescreen display, or 15"'): inch marks, not quotation marks
      if (/\d$/.test(content) && /\d\s?$/.test(text.slice(Math.max(0, r.open - 2), r.open))) continue;
      const bare = trimTrailing(content, TRAILING_PUNCT);
      const titleCue = TITLE_CUE.test(before40.replace(/\s+$/, ''));
      if (titleCue && (isTitleLike(bare) || wc <= 4) && !attachedAfter) continue;
      // capitalized words after "her book", "titled" are a title even before "…," Solnit wrote'
      if (titleCue && isLongTitle(bare)) continue;
      if (isTitleLike(content) && wc <= 8 && !attachedAfter) continue;
      // a name in any case: after "titled", after a work noun and a comma, after a page's "Read more:"
      if (
        wc <= 20 &&
        !attachedAfter &&
        !severalSentences(content) &&
        (afterNamingWord(before40) || workInApposition(before40) || afterPageLabel(lineBefore(r.open)))
      )
        continue;
      if (!attachedAfter && exampleNotSaid(before40)) continue;
      // a title with the sentence's comma or period inside the marks ("single "Like a Rolling Stone," which
      // reached"), unless it is a sentence of its own or a speech verb introduces it ('tweeted: "Happy New Year
      // To All, …"')
      if (
        isTitleLike(bare) &&
        !attachedAfter &&
        !isOwnSentence(text, r.open, content) &&
        !introducedBy(before40) &&
        !severalSentences(content)
      )
        continue;
      if (wc <= 8 && namedAsTerm(before40)) continue;
      if (wc <= 12 && (afterUiVerb(before40) || selfTalk(before40))) continue;
      if (wc <= 3 && !attachedAfter && usedAsModifier(text.slice(r.close, r.close + 40), content)) continue;
      const governed = cueGoverns(text, r.open, from) || inTheirWords(before40) || afterAccordingTo(before40);
      // the writer's noun phrases, unless the sentence hands them to someone later (", according to the
      // review.", ", the CDC says.")
      if (
        wc <= 8 &&
        !attachedAfter &&
        !governed &&
        ((wc <= 6 && afterDeterminer(before40)) || inApposition(before40, content)) &&
        !attributedLater(text, r.close, sentEnd(r.close + 1))
      )
        continue;
      if (
        wc <= 3 &&
        !attachedAfter &&
        !governed &&
        !(coordinated && prev && !prev.short) &&
        !isOwnSentence(text, r.open, content) &&
        !attributedLater(text, r.close, sentEnd(r.close + 1)) &&
        !speechEarlier(text.slice(from, r.open))
      ) {
        if (!(coordinated && prev)) continue;
      }
      // a phrase (no sentence of its own: no end punctuation) with nobody speaking around it is the writer's
      if (
        wc <= NO_SPEECH_WORDS &&
        !attachedAfter &&
        !governed &&
        !END_PUNCT.test(content) &&
        !(coordinated && prev && !prev.short) &&
        !speechNear(text, sentences, r.open, r.close) &&
        speechContext.inText()
      )
        continue;
    }
    out.push({ start: r.start, end: r.end, text: content, speaker: null, cue: null });
    prev = { close: r.close, short: wc <= 3 };
  }
  const unmarked = withBlocks(
    answers.map((a) => answerQuote(text, a)),
    blocks,
    text,
  );
  const all = unmarked.length ? withUnmarked(out, unmarked) : out;
  // the learned ranker (speakers/) decides every speaker; the rules above only find the spans
  attributeSpeakers(text, all, sentences, index);
  return all;
}

/**
 * Quotations without marks (interview answers) join the marked ones; a marked quotation
 * inside (or across) one of them is part of it. Both lists are in text order.
 */
function withUnmarked(marked: Quote[], unmarked: Quote[]): Quote[] {
  const out: Quote[] = [];
  let k = 0;
  for (const q of marked) {
    while (k < unmarked.length && unmarked[k].end <= q.start) out.push(unmarked[k++]);
    if (k < unmarked.length && unmarked[k].start < q.end) continue;
    out.push(q);
  }
  while (k < unmarked.length) out.push(unmarked[k++]);
  return out;
}

/** Block quotations join the interview answers (in order); one inside an answer is part of it. */
function withBlocks(answers: Quote[], blocks: Span[], text: string): Quote[] {
  if (!blocks.length) return answers;
  const quotes = blocks
    .filter((b) => !answers.some((a) => a.start < b.end && b.start < a.end))
    .map((b): Quote => ({ start: b.start, end: b.end, text: text.slice(b.start, b.end), speaker: null, cue: null }));
  return [...answers, ...quotes].sort((a, b) => a.start - b.start);
}

function answerQuote(text: string, a: Answer): Quote {
  const { start, end, answerer } = a;
  return { start, end, text: text.slice(start, end), speaker: null, cue: null, form: 'qa', answerer };
}

const ACCORDING = /\baccording to\b/i;
/** ", the lawsuit says.", ", the CDC said." — a common noun as the subject at the sentence's end. */
const TAIL_NOUN_SAYS =
  /,\s+(?:the|a|an|his|her|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:said|says|added|adds|wrote|writes|reported|reports|stated|states|noted|notes|claimed|claims|alleged|alleges|argued|argues)\s*[.!]?\s*$/u;

/** The rest of the sentence attributes what came before: "…," according to X' or ', the CDC says.' */
function attributedLater(text: string, close: number, end: number): boolean {
  const rest = text.slice(close + 1, Math.min(end, close + 300));
  return ACCORDING.test(rest) || TAIL_NOUN_SAYS.test(rest) || !!attributionAtSentenceEnd(text, close, end);
}

const MINOR = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|vs|by|from|that|is|as|into|about)$/i;

/** A long title after a title cue ("her book "A Paradise Built in Hell: The Extraordinary Communities that
 *  Arise in Disaster,""): capital first, and nearly every word capitalized or a grammar word. */
function isLongTitle(s: string): boolean {
  const ws = words(s);
  if (ws.length < 5 || ws.length > 24 || !/^[\p{Lu}\p{N}]/u.test(ws[0])) return false;
  let caps = 0;
  for (const w of ws) if (/^[\p{Lu}\p{N}]/u.test(w) || MINOR.test(w)) caps++;
  return caps >= ws.length - 1;
}

/** Every word capitalized (or a grammar word), up to 16 words: headlines of other articles are that long. */
function isTitleLike(s: string): boolean {
  const ws = words(s);
  if (!ws.length || ws.length > 16) return false;
  // the sentence's punctuation, perhaps inside a nested quotation's closing mark ('It’s ‘Showtime at the Apollo.’')
  if (/[.!?,]['’"”]?\s*$/.test(s)) return false;
  const minor = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|vs|by|from)$/i;
  let caps = 0;
  for (const w of ws) if (/^[\p{Lu}\p{N}]/u.test(w) || minor.test(w)) caps++;
  return caps === ws.length && /^[\p{Lu}\p{N}]/u.test(ws[0]);
}
