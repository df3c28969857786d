// Step: interview answers. An interview prints its answers without quotation marks: each answer is a quotation
// by the interviewee. Two layouts are read:
// 1. Turn labels at paragraph starts ("Q: …" / "A: …", or "Wikinews: …" / "Hill: …"): the answerer's turns,
//    with the unlabelled paragraphs that follow them, are answers.
// 2. No labels (the labels were bold and are lost, or the text was flattened): in a text that says it is an
//    interview, a run of questions put to the reader's "you" opens a turn, and the text up to the next such
//    run is the answer. Questions inside quotation marks, and questions without "you" (rhetorical ones inside
//    an answer, "Why do I say peace?"), do not open a turn. Nor does a question on the text's first line (its
//    headline). Questions that lead their paragraph, answered in it, open turns when the answers speak as "I".
// One pass over the sentences and paragraphs: linear in the text.
import type { Person, Span } from '../types';
import { CUE_WINDOW, TELLS_CUE, saysInterview } from './interview-cue';
import { testimonyTurns } from './interview-testimony';
import { pageTail } from './interview-tail';
import {
  dashTurns,
  EDITED_NOTE,
  FIRST_PERSON,
  NAME_LABEL,
  NOT_SPEAKER,
  QUESTION_END,
  labelled,
  paragraphs,
  type Answer,
  type Para,
} from './interview-labels';

export type { Answer };

/** The question is put to the interviewee: second person. */
const ADDRESSED = /\b(?:you|your|yours|yourself|yourselves)\b/i;
/** A question that opens inside the sentence's own quotation marks ("I'm like, ‘Are you insane?") is speech
 *  the answerer reports, not the interviewer's: an opening mark after a comma or colon, no closing one after
 *  (index scans, no regular expression that could retry from every comma). */
function reportedOpen(s: string): boolean {
  const at = Math.max(s.lastIndexOf('‘'), s.lastIndexOf('“'));
  if (at < 1 || s.indexOf('’', at) >= 0 || s.indexOf('”', at) >= 0) return false;
  let i = at - 1;
  while (i > 0 && s[i] === ' ') i--;
  return s[i] === ',' || s[i] === ':';
}
/** An interviewer's prompt without a question mark ("Tell us about the mission.", "Talk us through the
 *  difficulties."): put to the interviewee like a question, read only in a text that says it is an interview. */
const PROMPT =
  /^(?:(?:Tell|Talk|Walk|Take)\s+(?:me|us)\b|(?:Please\s+)?(?:describe|explain)\s+(?:how|what|why|the|your)\b)/i;
/** Turns needed before a text's questions are read as an interview; without a word saying it is one, more. */
const MIN_TURNS = 2;
const UNCUED_TURNS = 3;
/** Sentences of an answer read for its first person (an answer may open in the third: 'In the first hour, yes.'). */
const ANSWER_SENTENCES = 5;

/** The speaker's own first person singular. */
const FIRST_SINGULAR = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my)\b/;
/** How an answer opens: the speaker's first person, or an answer word. */
const ANSWER_START =
  /^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|My|We|We're|We’re|We've|We’ve|Our|Yes|No|Yeah|Well|Sure|Absolutely|Definitely|Of course)\b/;

const STATEMENT = 0;
const QUESTION = 1;
const ASKED = 2;
const OWN = 3;
type Kind = typeof STATEMENT | typeof QUESTION | typeof ASKED | typeof OWN;

/**
 * Interview answers of `text`, in order. `marked` are the spans inside quotation marks (sorted): questions
 * inside them are quoted speech, not the interviewer's.
 */
export function findAnswers(text: string, sentences: Span[], marked: Span[], people: Person[] = []): Answer[] {
  const paras = paragraphs(text);
  // testimony first: its turns hardly ask, so a speaker's reported question ('He said, what sandbags?') does not
  // make that speaker the interviewer
  const testimony = paras.length >= 4 ? testimonyTurns(text, paras) : [];
  if (testimony.length >= MIN_TURNS) return testimony;
  const byLabel = paras.length >= 4 ? labelled(text, paras) : null;
  if (byLabel && byLabel.length >= MIN_TURNS) return namedAnswerers(text, byLabel, people);
  const dashed = paras.length >= 4 ? dashTurns(text, paras) : [];
  if (dashed.length) return namedAnswerers(text, dashed, people);
  return unlabelledAnswers(text, sentences, marked, people, paras);
}

/** "Q." and "A." name nobody: the answers are the interviewee's, named in the introduction. */
function namedAnswerers(text: string, byLabel: Answer[], people: Person[]): Answer[] {
  if (byLabel.some((a) => !a.answerer)) {
    const interviewee = intervieweeNear(text, people) ?? firstNamed(text, people, byLabel[0].start);
    for (const a of byLabel) a.answerer ??= interviewee;
  }
  const last = byLabel.at(-1);
  if (last) last.end = beforeWriterTail(text, last, byLabel);
  return byLabel;
}

/** The last word of each answerer's label or name ('Karen Liu, CEO:' → 'Liu'), those that can be matched. */
function answererNames(text: string, answers: Answer[]): string[] {
  const out = new Set<string>();
  for (const a of answers) {
    const name = a.answerer ? (text.slice(a.answerer.start, a.answerer.end).split(/\s+/).at(-1) ?? '') : '';
    if (/^\p{Lu}\p{L}+$/u.test(name)) out.add(name);
  }
  return [...out];
}

/** A quotation in marks closed and handed to someone in the third person ('…," she said.'): the writer's report,
 *  which no answer under a label is written as. */
const REPORTED_AFTER =
  /["”’],?\s+(?:he|she|they|(?:a|an|the|one)\s+[\p{L}-]+|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)\s+(?:said|says|added|adds|told|tells|explained|noted|recalled|continued)\b/u;

/** The last answer runs to the text's end. The writer's closing lines end it: a later paragraph that names an
 *  answerer in the third person, with no first person ("Mhairi Black's tour starts in Glasgow on 4 March.",
 *  "Jonathan Brearley was speaking to …" after 'JONATHAN BREARLEY:' turns; "Later in the call, Liu was asked …"
 *  after 'Mike Torres, CFO:' answers last), one that hands a quotation to someone ('"…," a spokesperson said'),
 *  the outlet's note on the transcript, or another line of the page's (quotes/interview-tail.ts). */
function beforeWriterTail(text: string, a: Answer, all: Answer[] = [a]): number {
  const names = answererNames(text, all);
  // a label in capitals ('JONATHAN BREARLEY:') names 'Brearley' in the writer's line; any answerer's name does
  // ('Mike Torres, CFO:' answers last, then 'Later in the call, Liu was asked …')
  const named = names.map(
    (name) => new RegExp(`(?:^|[^\\p{L}])${name}(?![\\p{L}])`, name === name.toUpperCase() ? 'iu' : 'u'),
  );
  for (let nl = text.indexOf('\n', a.start); nl >= 0 && nl < a.end; nl = text.indexOf('\n', nl + 1)) {
    const stop = text.indexOf('\n', nl + 1);
    const para = text.slice(nl + 1, stop < 0 || stop > a.end ? a.end : stop);
    const writer = (named.some((re) => re.test(para)) && !FIRST_PERSON.test(para)) || REPORTED_AFTER.test(para);
    if (para.trim() && (writer || EDITED_NOTE.test(para.trim()) || pageTail(para))) {
      let e = nl;
      while (e > a.start && /\s/.test(text[e - 1])) e--;
      return e;
    }
  }
  return a.end;
}

/** Each sentence: a statement, a question, a question put to "you", or one the speaker asks of themself. */
function sentenceKinds(text: string, sentences: Span[], marked: Span[], cue: boolean): Kind[] {
  const kinds: Kind[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < marked.length && marked[k].end <= s.start) k++;
    const inMarks = k < marked.length && marked[k].start < s.end && marked[k].end >= s.end - 1;
    if (!inMarks && cue && PROMPT.test(text.slice(s.start, Math.min(s.end, s.start + 30)))) kinds.push(ASKED);
    else if (
      inMarks ||
      !QUESTION_END.test(text.slice(Math.max(s.start, s.end - 3), s.end)) ||
      reportedOpen(text.slice(s.start, Math.min(s.end, s.start + 200)))
    )
      kinds.push(STATEMENT);
    else {
      const words = text.slice(s.start, s.end);
      kinds.push(ADDRESSED.test(words) ? ASKED : FIRST_PERSON.test(words) ? OWN : QUESTION);
    }
  }
  return kinds;
}

/** The layout without labels: runs of questions put to "you" open the turns (see the file's head). */
function unlabelledAnswers(text: string, sentences: Span[], marked: Span[], people: Person[], paras: Para[]): Answer[] {
  const head = text.slice(0, CUE_WINDOW);
  // the outlet's note at the end ("This interview has been edited and condensed.") says so too
  const cue =
    saysInterview(head) ||
    TELLS_CUE.test(head) ||
    saysInterview(beforeFirstQuestion(text, sentences)) ||
    paras.slice(-3).some((p) => EDITED_NOTE.test(text.slice(p.start, p.end)));
  const kinds = sentenceKinds(text, sentences, marked, cue);
  const n = sentences.length;
  // most texts ask no question at all: nothing to read
  if (kinds.every((k) => k === STATEMENT)) return [];
  // an answer opens in the first person or with an answer word ("What was the hardest part? The cobbles. I
  // had cramp …" opens no turn; "… at the finish? We had worked …" does)
  const answerFollows = (j: number): boolean =>
    j < n && ANSWER_START.test(text.slice(sentences[j].start, Math.min(sentences[j].end, sentences[j].start + 20)));
  // in a text that says it is an interview, questions that make a paragraph of their own are the interviewer's
  // (the label lost): "How busy has this year been?" before the answer's paragraph
  // and answered in the first person (an explainer's subheads, "What happens next?", are answered by the writer)
  // (perhaps after the interviewer's statement in the same paragraph: "The film is about dying. Was it hard to
  // make? ⏎ Not hard, no."), the answer opening the next paragraph
  const ownParagraph = (from: number, to: number): boolean =>
    to < n &&
    lineEndsAt(text, sentences[to - 1].end) &&
    (atLineStart(text, sentences[from].start) || atLineStart(text, sentences[to].start));
  // or a question that opens its paragraph, answered in the same one (the question's bold lost with its line
  // break: "What was the hardest moment? The jellyfish. I was stung …"), the answer not in quotation marks; read
  // only when two such answers or more speak in the first person singular (a first-person column asks its own
  // questions and answers them with 'we' and 'our': "Was it the weather? Partly. We had gales …")
  const leadsParagraph = (from: number, to: number): boolean =>
    to < n &&
    atLineStart(text, sentences[from].start) &&
    !lineEndsAt(text, sentences[to - 1].end) &&
    !/^["“‘']/.test(text.slice(sentences[to].start, sentences[to].start + 1));
  // the answer's statements up to the next question (a few): 'It looks like a place … ⏎ Most errors I've seen …'
  const inPerson = (j: number): boolean => {
    let k = j;
    while (k + 1 < n && k - j < ANSWER_SENTENCES && kinds[k + 1] === STATEMENT) k++;
    return FIRST_PERSON.test(text.slice(sentences[j].start, sentences[k].end));
  };
  let led = 0;
  for (let i = 0; i < n;) {
    if (kinds[i] === STATEMENT) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && kinds[j] !== STATEMENT) j++;
    if (
      leadsParagraph(i, j) &&
      FIRST_SINGULAR.test(text.slice(sentences[j].start, sentences[Math.min(j + 1, n - 1)].end))
    )
      led++;
    i = j;
  }
  // a run of questions opens a turn when one of them is put to "you"; when none of them is the speaker's own
  // ("Why do I say peace?" goes on with the answer), also once the interview has begun or when an answer follows
  let begun = false;
  const headline = text.indexOf('\n');
  const opens = (from: number): { end: number; asked: boolean; opens: boolean } => {
    let asked = false;
    let own = false;
    let j = from;
    for (; j < n && kinds[j] !== STATEMENT; j++) {
      if (kinds[j] === ASKED) asked = true;
      else if (kinds[j] === OWN) own = true;
    }
    // the text's first line is its headline, no one's question ('… a bridge nobody uses. What went wrong?')
    if (sentences[from].start < headline) return { end: j, asked, opens: false };
    return {
      end: j,
      asked,
      opens:
        asked ||
        (!own &&
          (begun ||
            answerFollows(j) ||
            (cue && (ownParagraph(from, j) || (led >= 2 && leadsParagraph(from, j))) && inPerson(j)))),
    };
  };
  const out: Answer[] = [];
  let answeredInPerson = 0;
  let askedTurns = 0;
  let firstAsk = 0;
  let i = 0;
  while (i < n) {
    if (kinds[i] === STATEMENT) {
      i++;
      continue;
    }
    const run = opens(i);
    if (!run.opens || run.end >= n) {
      i = run.end;
      continue;
    }
    if (!begun) firstAsk = sentences[i].start;
    begun = true;
    if (run.asked) askedTurns++;
    // the answer runs to the next run of questions that opens a turn
    let e = run.end;
    while (e < n) {
      if (kinds[e] === STATEMENT) e++;
      else {
        const next = opens(e);
        if (next.opens) break;
        e = next.end;
      }
    }
    // the interviewer's statement before the next question, in the question's paragraph ("People call you a role
    // model. Does that put pressure on you?"), is no part of the answer
    let cut = e;
    if (e < n && !atLineStart(text, sentences[e].start)) {
      let k = e - 1;
      while (k > run.end && !atLineStart(text, sentences[k].start)) k--;
      if (k > run.end) cut = k;
    }
    const answer: Answer = { start: sentences[run.end].start, end: sentences[cut - 1].end, answerer: null };
    // the answerer's label left on an answer whose question lost its own ("Roe: It has been …")
    const label = atLineStart(text, answer.start) ? NAME_LABEL.exec(text.slice(answer.start, answer.start + 60)) : null;
    if (label && !label[2] && !NOT_SPEAKER.test(label[1]) && answer.start + label[0].length < answer.end) {
      answer.answerer = { start: answer.start, end: answer.start + label[1].length };
      answer.start += label[0].length;
      // two people answer one question, each under their name ("Nair: At a hackathon … ⏎ Becker: That's not true.")
      out.push(...byNameLabels(text, answer));
    } else out.push(answer);
    const head = sentences[Math.min(cut - 1, run.end + ANSWER_SENTENCES)].end;
    if (FIRST_PERSON.test(text.slice(answer.start, head))) answeredInPerson++;
    i = e;
  }
  // the answers speak in the first person; a text that does not say it is an interview is read as one only
  // when three turns or more are answered in the first person, at least half its turns are put to "you" (a
  // first-person post's headings ask the writer's own questions) and the writer never spoke so before the first
  // question (a hearing's "We will hear argument", a column's "I used to agree"); and it opens with its
  // interviewee's name ("Shimon Peres image: …. Mr. President, do you …"): a column that opens with a question to
  // its reader names nobody first
  return accepted(text, out, { cue, answeredInPerson, askedTurns, firstAsk }, marked, people);
}

/** An answer under a name label, cut where a later paragraph opens with another name's label: each part is
 *  that name's answer. */
function byNameLabels(text: string, answer: Answer): Answer[] {
  const out: Answer[] = [];
  let cur = answer;
  for (let nl = text.indexOf('\n', cur.start); nl >= 0 && nl < answer.end; nl = text.indexOf('\n', nl + 1)) {
    let s = nl + 1;
    while (s < answer.end && /\s/.test(text[s])) s++;
    if (s >= answer.end || s < cur.start || text[s - 1] !== '\n') continue;
    const label = NAME_LABEL.exec(text.slice(s, s + 60));
    if (!label || label[2] || NOT_SPEAKER.test(label[1]) || s + label[0].length >= answer.end) continue;
    let e = nl;
    while (e > cur.start && /\s/.test(text[e - 1])) e--;
    out.push({ ...cur, end: e });
    cur = { start: s + label[0].length, end: answer.end, answerer: { start: s, end: s + label[1].length } };
  }
  out.push(cur);
  return out;
}

interface TurnCounts {
  cue: boolean;
  answeredInPerson: number;
  askedTurns: number;
  firstAsk: number;
}

/** The turns read, if the text is an interview (see the comment above the call), with their answerer. */
function accepted(text: string, out: Answer[], t: TurnCounts, marked: Span[], people: Person[]): Answer[] {
  const { cue, answeredInPerson, askedTurns, firstAsk } = t;
  if (out.length < MIN_TURNS || answeredInPerson < 1) return [];
  const named = cue ? null : firstNamed(text, people, firstAsk);
  if (
    !cue &&
    (answeredInPerson < UNCUED_TURNS || askedTurns * 2 < out.length || !named || writerSpeaks(text, firstAsk, marked))
  )
    return [];
  // a text that says it is an interview without naming whom: the first person it names before the first question
  const interviewee = cue ? (intervieweeNear(text, people) ?? firstNamed(text, people, firstAsk)) : named;
  for (const a of out) a.answerer ??= interviewee;
  const last = out.at(-1);
  if (last) last.end = beforeWriterTail(text, last);
  return out;
}

/** How far before the first question a text past its opening may say it is an interview ("This interview has
 *  been edited for length." after a long introduction). */
const BEFORE_QUESTION = 400;

/** The text just before the first question that opens a paragraph, past the opening window; '' if none. */
function beforeFirstQuestion(text: string, sentences: Span[]): string {
  for (const s of sentences) {
    if (s.start < CUE_WINDOW || !atLineStart(text, s.start)) continue;
    if (QUESTION_END.test(text.slice(Math.max(s.start, s.end - 3), s.end))) {
      return text.slice(Math.max(CUE_WINDOW, s.start - BEFORE_QUESTION), s.start);
    }
  }
  return '';
}

/** Only spaces between the line's start and `at`. */
function atLineStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** Only spaces between `at` and the line's end. */
function lineEndsAt(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i === text.length || text[i] === '\n';
}

/** The first person mention before `end`. */
function firstNamed(text: string, people: Person[], end: number): Span | null {
  let best: Span | null = null;
  for (const p of people) {
    for (const m of p.mentions)
      if (m.end <= end && (!best || m.start < best.start) && !onByline(text, m.start))
        best = { start: m.start, end: m.end };
  }
  return best;
}

/** 'By Marcus Dell, Staff Writer', 'Story by …', 'Interview by …': the writer's name on the byline, who asks. */
const BYLINE_BEFORE = /^[ \t]*(?:[\p{L}&]+[ \t]+){0,2}by[ \t]+$/iu;

function onByline(text: string, at: number): boolean {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  return at - line <= 40 && BYLINE_BEFORE.test(text.slice(line, at));
}

/** First-person words of the writer before `end`, outside quotation marks. */
function writerSpeaks(text: string, end: number, marked: Span[]): boolean {
  let from = 0;
  for (const m of marked) {
    if (m.start >= end) break;
    if (FIRST_PERSON.test(text.slice(from, m.start))) return true;
    from = Math.max(from, m.end);
  }
  return from < end && FIRST_PERSON.test(text.slice(from, end));
}

const INTERVIEWED = /\b(?:interview(?:s|ed|ing)\s+(?:with\s+)?|interview\s+with\s+)/gi;
/** "Nick Bos tells Wikinews …", "Smith talks to …": the interviewee is the subject. */
const TELLS = /\s(?:tells|talks\s+(?:to|with)|speaks\s+(?:to|with))\s/g;
/** Where the object of "interviewed" ends: a clause break or a preposition that starts the topic. */
const OBJECT_END = /[.;:?!\n]|\s(?:about|on|for|regarding|after|during|in|at|to|from|over|as)\s/;
const PRONOUN = /^(?:him|her|them|me|us|it)\b/i;

/**
 * Who is interviewed: the object of "interview(s|ed) (with)" in the first lines — a person named in it
 * ("interviewed the site's founder, Jack Herrick"), else its description when lower case ("interviewed one of
 * the owners of a New York City bar"); else the person just before "interviewed by". Null when none is found.
 */
function intervieweeNear(text: string, people: Person[]): Span | null {
  const head = text.slice(0, CUE_WINDOW);
  const mentions = people.flatMap((p) => p.mentions.filter((m) => m.start < CUE_WINDOW));
  let described: Span | null = null;
  for (const m of head.matchAll(INTERVIEWED)) {
    const from = m.index + m[0].length;
    if (/^by\b/i.test(head.slice(from))) {
      const before = mentions.filter((x) => x.end <= m.index && m.index - x.end <= 40).at(-1);
      if (before) return { start: before.start, end: before.end };
      continue;
    }
    const rest = head.slice(from, from + 100);
    const stop = OBJECT_END.exec(rest);
    const to = from + (stop ? stop.index : rest.length);
    const named = mentions.find((x) => x.start >= from && x.start < to);
    if (named) return { start: named.start, end: named.end };
    let e = to;
    while (e > from && /[\s,]/.test(text[e - 1])) e--;
    if (!described && e > from && /^\p{Ll}/u.test(text[from]) && !PRONOUN.test(head.slice(from))) {
      described = { start: from, end: e };
    }
  }
  if (described) return described;
  for (const m of head.matchAll(TELLS)) {
    const subject = mentions.find((x) => x.end <= m.index && m.index - x.end <= 2);
    if (subject) return { start: subject.start, end: subject.end };
  }
  return null;
}
