// Step: interview answers under turn labels at paragraph starts ("Q: …" / "A: …", "Wikinews: …" / "Hill: …", or
// only the questions labelled): the answerer's turns, with the unlabelled paragraphs that follow them, are answers.
// A label alone on its line labels the next paragraph ('MARY LOUISE KELLY, HOST:'), and a role before a name in
// brackets ('HOST (ROSA DIAZ):') is that name's label.
// The unlabelled layout is read by quotes/interview.ts.
import type { Span } from '../types';
import { CUE_WINDOW, saysInterview } from './interview-cue';

export interface Answer extends Span {
  /** The words naming who answers: the turn label, or the interviewee named in the introduction. */
  answerer: Span | null;
}

/** A question ends with "?", perhaps inside a closing bracket. */
export const QUESTION_END = /\?[)\]]?\s*$/;
/** The speaker's own words: an answer speaks in the first person; a question with them is rhetorical. */
export const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|[Ww]e|[Ww]e're|[Ww]e’re|[Oo]ur|us)\b/;

const QA_LABEL = /^(?:(Q|Question|A|Answer)\s*[:.]|(Q|A)\s*[-–—])\s+/;
/** 'Q' or 'A' alone before a capital, no punctuation: read only as turns of each other (see paragraphs). */
const BARE_QA = /^(Q|A)\s+(?=[\p{Lu}"“‘'])/u;
/** A name label, perhaps with the speaker's description after a comma on its first turn ("Jane Roe, director of
 *  the food bank: …", "Imran Sadiq, then 17, who helped with the clean-up: …"); a description with a comma or a speech verb ("Smith, the mayor, said: …") is a sentence. */
export const NAME_LABEL =
  /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})(?:,\s+([^:,;.!?"“”\n]{1,60}?(?:,\s+[^:,;.!?"“”\n]{1,60}?)?))?\s*:(?:\s+|(?=[\p{Lu}"“‘]))/u;
/** A role, then the speaker's name in brackets ('HOST (ROSA DIAZ): …'): the name is the label. */
const ROLE_NAME = /^[\p{Lu}][\p{L}]*\s*\(([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\)\s*:\s+/u;
/** A label alone on its line, its words in the next paragraph ('MARY LOUISE KELLY, HOST:' ⏎ 'Secretary Blinken,
 *  welcome.'), as transcripts print a turn's first label. */
const LABEL_ONLY = /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})(?:,\s+([^:,;.!?"“”\n]{1,40}?))?\s*:$/u;
/** "Q: …? A: …" in one paragraph: the answer's label after the question. */
const INLINE_ANSWER = /\?["”’]?\s+(A|Answer)\s*[:.]\s+/;
/** A time code opening a transcript's paragraph: '[00:03:14] ', '(12:05) ', '00:41 '. */
const TIME_CODE = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+/;
/** Paragraph labels that are not speakers. */
export const NOT_SPEAKER =
  /^(?:Image|Photo|Photograph|Picture|Video|Audio|Source|Sources|Note|Notes|Update|Updated|Editor|Editors|Correction|Credit|Caption|Read|See|Also|Related|Warning|Disclaimer|Tags|Category|Categories|Posted|Published|Filed|Link|Links|Contact|Email|Tel|Phone|Website|Twitter|Facebook|By|From|To|Subject|Date|Time|Location|Where|When|Price|Cost|Ingredients|Method|Step|Tip|Tips|Summary|Background|Chapter|Part|Table|Figure|Fig|Example)$/i;
/** Of those, the page's own notes, which end an answer (a picture's credit may sit inside one). */
const PAGE_NOTE =
  /^(?:Note|Notes|Update|Updated|Editor|Editors|Correction|Related|Read|See|Also|Disclaimer|Tags|Filed|Links|Contact)$/i;
/** Labels of a picture's caption or credit. */
const PICTURE = /^(?:Image|Photo|Photograph|Picture|Video|Caption|Credit)$/i;
/** A caption's credit at its end: 'Photograph: Christopher Thomond/The Guardian', '(Photo: Jane Doe/Reuters)'. */
const CREDIT_END = /\b(?:Photograph|Photo|Picture|Image|Illustration)(?:\s+credit)?:\s*[^.!?\n]{1,80}\)?\s*$/i;
/** "Editor's note:", "Read more:", "See also:", "Related stories:" (two words, so no name label). */
const EDITOR_NOTE = /^(?:Editor['’]s\s+note|Editors['’]\s+note|Read\s+more|See\s+also|Related\s+\p{L}+)\s*:/iu;
/** The page's note on the transcript, closing the last answer ("This interview has been edited and condensed.",
 *  "The conversation was edited for length and clarity."): the outlet's words, not the answerer's. */
export const EDITED_NOTE =
  /^(?:This|The|Our|Their)\s+(?:interview|conversation|transcript|exchange|Q\s?&\s?A|discussion|chat)\s+(?:has\s+been|have\s+been|was|were|is)\s+(?:\p{L}+ly\s+)?(?:edited|condensed|abridged|shortened|translated|transcribed)\b/iu;
/** Labels of whoever asks. */
const ASKER = /^(?:Q|Question|Interviewer|Wikinews|WN|Reporter|Host)$/i;

export interface Para extends Span {
  label: Span | null;
  labelText: string | null;
  /** The page's own note under a label ("Editor's note: …", "Related: …", "Correction: …"): no one's turn, and
   *  no part of the answer before it. */
  page?: boolean;
  /** A picture's caption or credit ('Photo: …', '… Photograph: Sarah Lee'): inside an answer if the answer goes
   *  on after it, but no end of one. */
  caption?: boolean;
  /** start of the paragraph's own words, after its label */
  body: number;
}

export function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  let bareQ = false;
  // a label alone on the line before: its start and its words
  let lone: { start: number; word: string } | null = null;
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (s === e) continue;
    // a transcript's time code before the label ('[00:03:14] SAM OBI: …', '(12:05) Host: …') is no one's words
    const time = TIME_CODE.exec(text.slice(s, Math.min(e, s + 16)));
    if (time && s + time[0].length < e) s += time[0].length;
    // labels are short: look at the paragraph's first 120 characters only
    const head = text.slice(s, Math.min(e, s + 120));
    // LABEL_ONLY, ROLE_NAME, NAME_LABEL and EDITOR_NOTE all need a colon: most paragraphs have none in their head,
    // and NAME_LABEL's lazy description tries many lengths before it fails
    const colon = head.includes(':');
    const before = lone;
    lone = null;
    const only = colon && e - s <= 60 ? LABEL_ONLY.exec(head) : null;
    if (only && !NOT_SPEAKER.test(only[1]) && !(only[2] && saysSomething(only[2]))) {
      lone = { start: s, word: only[1] };
      continue;
    }
    const role = colon ? ROLE_NAME.exec(head) : null;
    if (role && !NOT_SPEAKER.test(role[1])) {
      const at = s + role[0].indexOf('(') + 1;
      out.push({
        start: s,
        end: e,
        label: { start: at, end: at + role[1].length },
        labelText: role[1],
        body: s + role[0].length,
      });
      bareQ = false;
      continue;
    }
    // a bare 'Q ' before a question, and a bare 'A ' right after one ('Q How did you end up here? ⏎ A I
    // volunteered …'): the article 'A' opens many sentences, so only after a bare 'Q' turn
    const bare = BARE_QA.exec(head);
    const bareTurn: boolean =
      !!bare && (bare[1] === 'Q' ? QUESTION_END.test(text.slice(Math.max(s, e - 3), e)) : bareQ);
    bareQ = bareTurn && bare?.[1] === 'Q';
    const qa = bareTurn ? bare : QA_LABEL.exec(head);
    const found = qa || !colon ? null : NAME_LABEL.exec(head);
    const named = found && !(found[2] && saysSomething(found[2])) ? found : null;
    const lm = qa ?? named;
    const word = qa ? (qa[1] ?? qa[2]) : named?.[1];
    if (lm && word && !NOT_SPEAKER.test(word) && lm[0].length < e - s) {
      const inline = qa && /^Q/.test(word) ? INLINE_ANSWER.exec(text.slice(s + lm[0].length, e)) : null;
      if (inline) {
        // the question, then the answer under its own label
        const q = s + lm[0].length + inline.index + 1;
        const a = s + lm[0].length + inline.index + inline[0].indexOf(inline[1], 1);
        out.push(underLabel(s, q, word, s + lm[0].length));
        out.push(underLabel(a, e, inline[1], s + lm[0].length + inline.index + inline[0].length));
        continue;
      }
      out.push(underLabel(s, e, word, s + lm[0].length));
    } else if (before && !lm) {
      // the words of the label alone on the line before
      out.push({
        start: before.start,
        end: e,
        label: { start: before.start, end: before.start + before.word.length },
        labelText: before.word,
        body: s,
      });
    } else {
      const page = (lm && word && PAGE_NOTE.test(word)) || (colon && EDITOR_NOTE.test(head)) || EDITED_NOTE.test(head);
      const caption = (!!lm && !!word && PICTURE.test(word)) || CREDIT_END.test(text.slice(Math.max(s, e - 120), e));
      out.push({ start: s, end: e, label: null, labelText: null, body: s, page, caption });
    }
  }
  return out;
}

/** A description that says something ("who said", "the mayor said") is a sentence, not a label's. */
const SAYS = /\b(?:said|says|told|tells|added|asked|wrote|writes|explained|noted|replied|answered)\b/i;
/** A paragraph [start, end) whose words follow a label written at its start, from `body` on. */
function underLabel(start: number, end: number, labelText: string, body: number): Para {
  return { start, end, label: { start, end: start + labelText.length }, labelText, body };
}

function saysSomething(description: string): boolean {
  return SAYS.test(description);
}

/** A label's voice: its last word, so "Jane Roe" on the first turn and "Roe" after are one ("The Herald", "Herald"). */
function labelKey(label: string): string {
  const at = label.lastIndexOf(' ');
  return label.slice(at + 1).toLowerCase();
}

const QA_KEY = /^(?:q|question|a|answer)$/;

/** Labels that are the same voice. In a "Q:" interview whose answers come under "A:" and under the answerer's
 *  name ("Q: … ⏎ Ruiz: … ⏎ Q: … ⏎ A: …"), "A:" and one or two names are the one answering voice; else each
 *  label is its own. */
function voices(paras: Para[]): (key: string) => string {
  const keys = new Set<string>();
  // every name's turn answers a question: the label before it is "Q" (a caption's "Smith:" after an answer is not)
  let answering = true;
  let prev = '';
  for (const p of paras) {
    if (!p.labelText) continue;
    const k = labelKey(p.labelText);
    if (!QA_KEY.test(k) && prev !== 'q' && prev !== 'question') answering = false;
    keys.add(k);
    prev = k;
  }
  const asks = keys.has('q') || keys.has('question');
  const answerLabel = keys.has('a') ? 'a' : keys.has('answer') ? 'answer' : null;
  const names = [...keys].filter((k) => !QA_KEY.test(k));
  if (!answering || !asks || !answerLabel || names.length < 1 || names.length > 2) return (k) => k;
  return (k) => (k === 'q' || k === 'question' ? k : answerLabel);
}

/** Answers of a labelled interview: null when the paragraphs do not alternate between labels. */
export function labelled(text: string, paras: Para[]): Answer[] | null {
  let voice = voices(paras);
  let t = tally(text, paras, voice);
  const readers = readersAsking(t);
  if (readers) {
    const one = voice;
    voice = (k) => (readers.has(one(k)) ? READERS : one(k));
    t = tally(text, paras, voice);
  }
  const { counts, questions, turns, changes } = t;
  const speakers = [...counts].filter(([, n]) => n >= 2);
  const answering = speakers.length === 1 ? answererOnly(text, paras, speakers[0][0], voice) : null;
  if (answering) return answering;
  if (speakers.length === 1 && counts.size === 1) return askerOnly(text, paras, speakers[0][0], questions);
  // two voices taking turns: most labelled paragraphs change voice
  if (speakers.length < 2 || changes < (turns - 1) / 2) return null;
  // "Q:" and "A:" name nobody; "Q:" with the answerer's name ("Q: … ⏎ Ruiz: …") reads by the names
  const isQA = (counts.has('q') || counts.has('question')) && (counts.has('a') || counts.has('answer'));
  // the asker: a known asking label, else the label whose turns end with a question most often
  let asker = speakers.find(([k]) => ASKER.test(k))?.[0] ?? null;
  if (!asker) {
    let best = -1;
    for (const [k, n] of speakers) {
      const r = (questions.get(k) ?? 0) / n;
      if (r > best) [best, asker] = [r, k];
    }
    // an interviewer also puts statements ('But economists say …'): in a text that says it is an interview, the
    // one label that ever asks is the asker, however few of its turns end with '?'
    const askingLabels = speakers.filter(([k]) => questions.has(k)).length;
    if (best < 0.5 && !(best > 0 && askingLabels === 1 && saysInterview(text.slice(0, CUE_WINDOW)))) return null;
  }
  // among three voices or more (an earnings call, a press conference), another voice whose every turn is a
  // question asks too ('Amit Mehta, UBS: Is the Memphis ramp on schedule?')
  const askers = new Set([asker]);
  if (counts.size >= 3) for (const [k, n] of counts) if (k !== asker && questions.get(k) === n) askers.add(k);
  const out: Answer[] = [];
  let open: Answer | null = null;
  // an answer follows a question: a turn of the answerer's before the first question is the page's headline
  // ('Pedro Almodóvar: "Death is not the end of the story"') or its introduction, not an answer
  let asked = false;
  for (const p of paras) {
    if (p.labelText) {
      if (open) out.push(open);
      open = null;
      const own = labelKey(p.labelText);
      const k = voice(own);
      const answers =
        (asked && (isQA ? k === 'a' || k === 'answer' : !askers.has(k))) ||
        (!asked && !isQA && !askers.has(k) && openingStatement(text, p));
      if (isQA ? k === 'q' || k === 'question' : askers.has(k)) asked = true;
      // a name label names its answerer, also among "A:" turns
      if (answers) open = { start: p.body, end: p.end, answerer: isQA && own === k ? null : p.label };
    } else if (p.page) {
      if (open) out.push(open);
      open = null;
    } else if (open && !p.caption) open.end = p.end;
  }
  if (open) out.push(open);
  return out;
}

/** Fewest turns of the one answering label. */
const ANSWERER_TURNS = 3;

/** The paragraph ends with a question. */
function asks(text: string, p: Para): boolean {
  return QUESTION_END.test(text.slice(Math.max(p.body, p.end - 3), p.end));
}

/**
 * Only the answers labelled, with the interviewee's name ('McKelvey: …'), the questions in paragraphs of their
 * own without a label (their bold lost), perhaps the first under the outlet's ('Mashable: … ?'). Read when the
 * name answers three times or more, a question right before every one of its turns, fewer than half of them
 * ending with a question of its own ('If we shut, where does he go?'), and every other label asks. Each turn is an answer, with the unlabelled paragraphs after it that speak in the first
 * person, up to the question before the next turn: the writer's lines after an answer are not its words.
 */
function answererOnly(text: string, paras: Para[], key: string, voice: (key: string) => string): Answer[] | null {
  const out: Answer[] = [];
  let open: Answer | null = null;
  // the last paragraph read ended with a question; an answer's paragraphs go on while they speak as 'I'
  let asked = false;
  let going = false;
  let turns = 0;
  let rhetorical = 0;
  for (const p of paras) {
    if (p.caption) continue;
    const question = asks(text, p);
    if (p.labelText) {
      const own = voice(labelKey(p.labelText)) === key;
      // another label's turn asks; the name's turns each follow a question, and seldom end with one themself
      if (own ? !asked : !question) return null;
      if (own && question) rhetorical++;
      if (open) out.push(open);
      open = own ? { start: p.body, end: p.end, answerer: p.label } : null;
      going = own;
      if (own) turns++;
    } else if (p.page) {
      if (open) out.push(open);
      open = null;
    } else if (open && going && !question && FIRST_PERSON.test(text.slice(p.start, Math.min(p.end, p.start + 300)))) {
      open.end = p.end;
    } else going = false;
    asked = question;
  }
  if (open) out.push(open);
  return turns >= ANSWERER_TURNS && rhetorical * 2 < turns ? out : null;
}

/** Fewest words of an opening statement. */
const STATEMENT_WORDS = 12;

/**
 * A turn of the answerer's before any question that is a statement of their own: a press conference opens with the
 * coach's or the minister's words ('RIVERS: Obviously a tough one. I thought we played hard …'). Not the text's
 * first line (a headline), not words in marks (a headline's quotation), and in the first person at some length.
 */
function openingStatement(text: string, p: Para): boolean {
  if (p.start === 0 || !text.slice(0, p.start).trim()) return false;
  const head = text.slice(p.body, Math.min(p.end, p.body + 300));
  if (/^\s*["“‘']/.test(head) || !FIRST_PERSON.test(head)) return false;
  return wordCount(text.slice(p.body, Math.min(p.end, p.body + 400))) >= STATEMENT_WORDS;
}

interface Tally {
  counts: Map<string, number>;
  questions: Map<string, number>;
  turns: number;
  changes: number;
}

/** Turns under each voice, those that ask, and how often the voice changes. */
function tally(text: string, paras: Para[], voice: (key: string) => string): Tally {
  const counts = new Map<string, number>();
  const questions = new Map<string, number>();
  let turns = 0;
  let changes = 0;
  let last: string | null = null;
  for (const p of paras) {
    if (!p.labelText) continue;
    const k = voice(labelKey(p.labelText));
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (QUESTION_END.test(text.slice(Math.max(p.body, p.end - 3), p.end)))
      questions.set(k, (questions.get(k) ?? 0) + 1);
    if (last !== null && k !== last) changes++;
    last = k;
    turns++;
  }
  return { counts, questions, turns, changes };
}

/** The one voice of readers who each ask once. */
const READERS = '\u0000readers';

/**
 * Readers' questions, each under its own asker's label ("PRIYA, MANCHESTER: … ⏎ SOPHIE GRANT: … ⏎ TOM, CARDIFF:
 * …"): one label answers again and again, and two labels or more come once each, every one of them a question.
 * Those labels are one asking voice. Null for any other layout.
 */
function readersAsking(t: Tally): Set<string> | null {
  const repeated = [...t.counts].filter(([, n]) => n >= 2);
  const once = [...t.counts].filter(([, n]) => n === 1).map(([k]) => k);
  if (repeated.length !== 1 || once.length < 2) return null;
  if (once.some((k) => !t.questions.get(k))) return null;
  return new Set(once);
}

/** Longest turn of an asker-only layout's label: a question, not a statement of the writer's. */
const QUESTION_WORDS = 60;

/**
 * Only the questions are labelled ("Q: …?", "TIME: Tell us how it began." with the outlet's name), each
 * followed by the answer's unlabelled paragraphs: those paragraphs, up to the next label, are the answers. The
 * label must ask: an asker's label (Q, Interviewer, Wikinews…) or most of its turns end with "?", or three turns
 * or more in a text that says it is an interview. Every label turn is short and followed by an answer, and half
 * the answers or more speak in the first person (a FAQ's answers tell the reader what to do; a page label's
 * paragraphs are the writer's), unless an asker's label comes in a text that says it is an interview.
 */
function askerOnly(text: string, paras: Para[], label: string, questions: Map<string, number>): Answer[] | null {
  const turns = paras.filter((p) => p.labelText).length;
  const cue = saysInterview(text.slice(0, CUE_WINDOW));
  if (!ASKER.test(label) && (questions.get(label) ?? 0) * 2 <= turns && !(cue && turns >= 3)) return null;
  const out: Answer[] = [];
  let open: Answer | null = null;
  let asked = false;
  for (const p of paras) {
    if (p.labelText) {
      if (asked || wordCount(text.slice(p.body, p.end)) > QUESTION_WORDS) return null;
      if (open) out.push(open);
      open = null;
      asked = true;
    } else if (p.page) {
      if (open) out.push(open);
      open = null;
    } else if (open && !p.caption) open.end = p.end;
    else if (asked) open = { start: p.start, end: p.end, answerer: null };
    if (!p.labelText) asked = false;
  }
  if (open) out.push(open);
  if (asked) return null;
  const inPerson = out.filter((a) => FIRST_PERSON.test(text.slice(a.start, Math.min(a.end, a.start + 300)))).length;
  return inPerson * 2 >= out.length || (cue && ASKER.test(label)) ? out : null;
}

function wordCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\S+/g)) n++;
  return n;
}

/** A turn opened by a dash at the paragraph's start ("— Do you still read every comment?" / "— Not every one."),
 *  the layout of interviews in much of Europe and of some English features. */
const DASH_TURN = /^[—–―-]\s+/;

/**
 * Dash turns: a paragraph opened by a dash that asks (ends with "?") is the interviewer's, the dash paragraphs
 * after it up to the next question are the answer. Read only when two questions or more are each answered so,
 * and every dash turn is a question or answers one: a list of items set off by dashes asks nothing.
 */
export function dashTurns(text: string, paras: Para[]): Answer[] {
  const out: Answer[] = [];
  let asked = false;
  let questions = 0;
  for (const p of paras) {
    const dash = DASH_TURN.exec(text.slice(p.start, p.start + 3));
    if (!dash) {
      // an unlabelled paragraph goes on with the answer before it
      if (asked || !out.length) continue;
      out[out.length - 1].end = p.end;
      continue;
    }
    const body = p.start + dash[0].length;
    if (QUESTION_END.test(text.slice(Math.max(body, p.end - 3), p.end))) {
      asked = true;
      questions++;
      continue;
    }
    if (!asked && !out.length) return [];
    if (asked) out.push({ start: body, end: p.end, answerer: null });
    else out[out.length - 1].end = p.end;
    asked = false;
  }
  return questions >= 2 && out.length >= 2 ? out : [];
}
