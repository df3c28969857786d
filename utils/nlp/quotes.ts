// Direct quotations and who said them (shared/DESIGN.md, "quotes[]").
//
// 1. Spans between quotation marks (quotes/marks.ts): one pass over the marks; a quotation over several
//    paragraphs is one item. Single marks are the quotation marks of a text whose quotations are mostly in them
//    (British style, double marks nested inside); inside double marks they are nested quotations. The other
//    style's spans outside the text's are read too (a sentence in single marks needs speech attached).
// 2. Not quotations (quotes/judge.ts gathers the facts about each span and runs the rules in order): scare
//    quotes (1–3 words with no speech verb attached, or modifying the writer's noun: quotes/scare.ts), words
//    named as words ("the term "…"", mottos) and titles or names of works ("the film "…"", "titled "…"", Title
//    Case phrases with no speech verb, a reference list's entries: quotes/works.ts). scripts/train-quotes.ts
//    audits the rules on the dev split by outlet (a learned check over the same facts did not beat them).
// 3. Interview answers and block quotations, printed without marks, are quotations too (quotes/interview.ts,
//    quotes/blocks.ts).
// 4. Speaker: decided by the learned ranker (speakers/rank.ts) over candidate speakers; this file only finds
//    the spans (the attribution parser still tells a quotation a speech verb governs from a scare quote).
import type { Person, Quote, Span } from './types';
import { PersonIndex } from './coref';
import { attributionAfter, bePassiveCue, cueGoverns } from './quotes-attribution';
import { sentenceIndexAt } from './sentences';
import { attributeSpeakers } from './speakers/rank';
import { findAnswers, type Answer } from './quotes/interview';
import { SpeechContext } from './quotes/context';
import { markedSpans, pairedBackticks, type RawSpan } from './quotes/marks';
import { blockQuotations, introducedBlocks } from './quotes/blocks';
import { candidateFacts, rulesReject, type Facts } from './quotes/judge';
import { wordCount } from './quotes/words';
import { hasCode } from './quotes/code';
import { keyEventLine } from './quotes/key-event';
import { headlineQuote, headlinePredicate, onHeadline } from './quotes/headline';
import { HeadlineEcho } from './quotes/headline-echo';

export interface FindQuotesOptions {
  /** Keep candidate scare quotes and titles (for diagnostics). */
  keepAll?: boolean;
  /** Paragraph spans of the text that sat in a <blockquote> on the page (quotations without marks). */
  blockquotes?: readonly Span[];
  /** Told each candidate in marks the rules judged: its facts and the rule that left it out (scripts). */
  trace?: (span: RawSpan, facts: Facts, rule: string | null) => void;
}

/** Longest name or term whose later mentions are read as the same name. */
const ECHO_WORDS = 6;
/** Rules that judge words a name or a term (not a scare quote: those vary with their sentence). */
const NAME_RULES = new Set([
  'title-cue',
  'title-cue-long',
  'title-determiner',
  'title-preposition',
  'naming',
  'term',
  'named-after',
  'cited',
  'reference',
  'coordinated-name',
]);
/** Rules that reject words for want of speech around them. */
const SPOKEN: ReadonlySet<string> = new Set(['short', 'no-speech']);
/** The same, and the rules a headline in Title Case misleads (its capitals, the noun after the marks). */
const SPOKEN_OR_TITLE: ReadonlySet<string> = new Set([...SPOKEN, 'title-case', 'title-punct', 'modifier']);
const TRAILING = /[\s,.;:!?’'"]/;
const LEADING_ARTICLE = /^(?:the|an?)\s+/;
/**
 * A name's words without trailing punctuation or spaces, lower-cased. Trimmed by a loop from the end: the regex
 * /[…]+$/ tries every start in a long run of such marks and is quadratic on it ("it!!!…!x").
 */
function echoKey(content: string): string {
  let end = content.length;
  while (end > 0 && TRAILING.test(content[end - 1])) end--;
  // without a leading article: '"An update on our organization"' … 'the next "update on our organization"'
  return content.slice(0, end).toLowerCase().replace(LEADING_ARTICLE, '');
}

/** A list item's bullet alone before the opening mark. */
const BULLET_ONLY = /^\s*[-–—•*·▪►]\s*$/;

export function findQuotes(input: string, sentences: Span[], people: Person[], opts: FindQuotesOptions = {}): Quote[] {
  // newswire's ``…'' read as curly marks by every step (the same offsets)
  const text = input.includes('``') ? pairedBackticks(input) : input;
  const raws = markedSpans(text);
  const answers = findAnswers(text, sentences, raws, people);
  const pageBlocks = opts.blockquotes?.length ? blockQuotations(text, opts.blockquotes, raws) : [];
  const introduced = introducedBlocks(text, raws, opts.blockquotes);
  const blocks = introduced.length ? [...pageBlocks, ...introduced].sort((a, b) => a.start - b.start) : pageBlocks;
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
  let prevName: number | null = null;
  // the words of names and terms judged so far: the same words again are that name ('a tactic known as
  // "kettling" … Police used "kettling"'), the cue told once
  const named = new Set<string>();
  const codePage = hasCode(text);
  // the headline's quoted words and the body's: one found as a quotation, the other is too
  const headEcho = new HeadlineEcho(text);
  /**
   * Single marks in a text quoted in double ones hold a quotation only with its speech attached: a speaker's
   * clause after the closing mark ('…,' Mr Sunak said), a speech verb and a colon before a sentence of its own ('A
   * spokesman said: '….''), a key-event line's name, or the speaker going on after such a quotation ('…,' she
   * said. '…').
   */
  const weakKept = (r: RawSpan, facts: Facts, from: number): boolean =>
    facts.attached ||
    (facts.colonSentence && cueGoverns(text, r.open, from)) ||
    keyEventLine(text, r.open, r.close) ||
    headlineQuote(text, r.open, r.close) ||
    onHeadline(text, r.open, r.close) ||
    (!!prev && continues(text.slice(prev.close + 1, r.open)));
  for (const r of raws) {
    const content = text.slice(r.start, r.end);
    const wc = wordCount(content);
    if (wc === 0) continue;
    // windows stay short even in a run-on sentence (pages without punctuation): linear overall
    const sStart = Math.max(sentStart(r.open), r.open - 600);
    const from = Math.max(sStart, prev ? prev.close + 1 : 0, r.open - 400);
    // a list item that is only the marks ('- "I Tried Living Without Notifications"' under 'More from Tech:'):
    // the next item is no attribution of it, as a pull quote's '— Name' line is
    const k = nlAfter(r.close);
    const item = BULLET_ONLY.test(text.slice(paraStart(r.open), r.open)) && k < nls.length ? nls[k] : text.length;
    const parsed = attributionAfter(
      text,
      r.close,
      Math.min(item, Math.max(sentEnd(r.close + 1), Math.min(text.length, r.close + 120))),
      content,
    );
    // a verb in the passive after 'be' attributes nothing ('…', exactly one link SHOULD be added)
    const after = parsed && !bePassiveCue(text, parsed) ? parsed : null;
    const before40 = text.slice(Math.max(from, r.open - 40), r.open);
    if (!opts.keepAll) {
      const facts = candidateFacts(
        {
          text,
          sentences,
          open: r.open,
          close: r.close,
          content,
          wc,
          before40,
          from,
          sentStart: sStart,
          sentEnd: sentEnd(r.close + 1),
          lineBefore: lineBefore(r.open),
          attributionStart: after ? after.start : null,
          prev,
          prevName,
          speech: speechContext,
          echo: wc <= ECHO_WORDS && named.has(echoKey(content)),
          codePage,
        },
        !!opts.trace,
      );
      // a key-event line's name and colon hand the words over: no rule that wants speech around them
      const keyEvent = keyEventLine(text, r.open, r.close) || headlineQuote(text, r.open, r.close);
      // a headline's quoted predicate of two words or more, in Title Case too ("Rovers 'Will Not Panic' After Defeat")
      const predicate = !keyEvent && headlinePredicate(text, r.open, r.close);
      const rule = headEcho.judge(
        r,
        content,
        wc,
        rulesReject(facts, keyEvent ? SPOKEN : predicate ? (wc >= 2 ? SPOKEN_OR_TITLE : SPOKEN) : undefined) ??
          (r.weak && !weakKept(r, facts, from) ? 'weak-marks' : null),
      );
      opts.trace?.(r, facts, rule);
      if (rule) {
        if (wc <= ECHO_WORDS && NAME_RULES.has(rule)) named.add(echoKey(content));
        if (NAME_RULES.has(rule)) prevName = r.close;
        continue;
      }
    }
    out.push({ start: r.start, end: r.end, text: content, speaker: null, cue: null });
    prev = { close: r.close, short: wc <= 3 };
    prevName = null;
  }
  const revived = headEcho.revivedSpans();
  if (revived.length) {
    const heads = revived.map((r): Quote => {
      const t = text.slice(r.start, r.end);
      return { start: r.start, end: r.end, text: t, speaker: null, cue: null };
    });
    out.unshift(...heads);
    out.sort((a, b) => a.start - b.start);
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

/** Between a quotation and the next, only its attribution in the same paragraph ('…,' she said. '…'), or
 *  nothing but the paragraph's break (a quotation's next paragraph, closed and opened again): the speaker goes on. */
const CONTINUES = /^(?:[^\n]{0,80}[.,:])?\s*$/;
function continues(between: string): boolean {
  return CONTINUES.test(between);
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
