// Step: interview answers. An interview prints its answers without quotation marks: each answer is a quotation
// by the interviewee. Two layouts are read:
// 1. Turn labels at paragraph starts ("Q: …" / "A: …", or "Wikinews: …" / "Hill: …"): the answerer's turns,
//    with the unlabelled paragraphs that follow them, are answers.
// 2. No labels (the labels were bold and are lost, or the text was flattened): in a text that says it is an
//    interview, a run of questions put to the reader's "you" opens a turn, and the text up to the next such
//    run is the answer. Questions inside quotation marks, and questions without "you" (rhetorical ones inside
//    an answer, "Why do I say peace?"), do not open a turn.
// One pass over the sentences and paragraphs: linear in the text.
import type { Person, Span } from '../types';
import { CUE_WINDOW, TELLS_CUE, saysInterview } from './interview-cue';

export interface Answer extends Span {
  /** The words naming who answers: the turn label, or the interviewee named in the introduction. */
  answerer: Span | null;
}

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
/** A question ends with "?", perhaps inside a closing bracket. */
const QUESTION_END = /\?[)\]]?\s*$/;
/** Turns needed before a text's questions are read as an interview; without a word saying it is one, more. */
const MIN_TURNS = 2;
const UNCUED_TURNS = 3;
/** The speaker's own words: an answer speaks in the first person; a question with them is rhetorical. */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|[Ww]e|[Ww]e're|[Ww]e’re|[Oo]ur|us)\b/;

/** How an answer opens: the speaker's first person, or an answer word. */
const ANSWER_START =
  /^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|My|We|We're|We’re|We've|We’ve|Our|Yes|No|Yeah|Well|Sure|Absolutely|Definitely|Of course)\b/;

const STATEMENT = 0;
const QUESTION = 1;
const ASKED = 2;
const OWN = 3;
type Kind = typeof STATEMENT | typeof QUESTION | typeof ASKED | typeof OWN;

const QA_LABEL = /^(?:(Q|Question|A|Answer)\s*[:.]|(Q|A)\s*[-–—])\s+/;
/** A name label, perhaps with the speaker's description after a comma on its first turn ("Jane Roe, director of
 *  the food bank: …"); a description with a comma or a speech verb ("Smith, the mayor, said: …") is a sentence. */
const NAME_LABEL = /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})(?:,\s+([^:,;.!?"“”\n]{1,60}?))?\s*:\s+/u;
/** "Q: …? A: …" in one paragraph: the answer's label after the question. */
const INLINE_ANSWER = /\?["”’]?\s+(A|Answer)\s*[:.]\s+/;
/** Paragraph labels that are not speakers. */
const NOT_SPEAKER =
  /^(?:Image|Photo|Photograph|Picture|Video|Audio|Source|Sources|Note|Notes|Update|Updated|Editor|Editors|Correction|Credit|Caption|Read|See|Also|Related|Warning|Disclaimer|Tags|Category|Categories|Posted|Published|Filed|Link|Links|Contact|Email|Tel|Phone|Website|Twitter|Facebook|By|From|To|Subject|Date|Time|Location|Where|When|Price|Cost|Ingredients|Method|Step|Tip|Tips|Summary|Background|Chapter|Part|Table|Figure|Fig|Example)$/i;
/** Of those, the page's own notes, which end an answer (a picture's credit may sit inside one). */
const PAGE_NOTE =
  /^(?:Note|Notes|Update|Updated|Editor|Editors|Correction|Related|Read|See|Also|Disclaimer|Tags|Filed|Links|Contact)$/i;
/** "Editor's note:", "Read more:", "See also:", "Related stories:" (two words, so no name label). */
const EDITOR_NOTE = /^(?:Editor['’]s\s+note|Editors['’]\s+note|Read\s+more|See\s+also|Related\s+\p{L}+)\s*:/iu;
/** Labels of whoever asks. */
const ASKER = /^(?:Q|Question|Interviewer|Wikinews|WN|Reporter|Host)$/i;

interface Para extends Span {
  label: Span | null;
  labelText: string | null;
  /** The page's own note under a label ("Editor's note: …", "Related: …", "Correction: …"): no one's turn, and
   *  no part of the answer before it. */
  page?: boolean;
  /** start of the paragraph's own words, after its label */
  body: number;
}

function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (s === e) continue;
    // labels are short: look at the paragraph's first 60 characters only
    const head = text.slice(s, Math.min(e, s + 60));
    const qa = QA_LABEL.exec(head);
    const found = qa ? null : NAME_LABEL.exec(head);
    const named = found && !(found[2] && saysSomething(found[2])) ? found : null;
    const lm = qa ?? named;
    const word = qa ? (qa[1] ?? qa[2]) : named?.[1];
    if (lm && word && !NOT_SPEAKER.test(word) && lm[0].length < e - s) {
      const inline = qa && /^Q/.test(word) ? INLINE_ANSWER.exec(text.slice(s + lm[0].length, e)) : null;
      if (inline) {
        // the question, then the answer under its own label
        const q = s + lm[0].length + inline.index + 1;
        const a = s + lm[0].length + inline.index + inline[0].indexOf(inline[1], 1);
        out.push({
          start: s,
          end: q,
          label: { start: s, end: s + word.length },
          labelText: word,
          body: s + lm[0].length,
        });
        const aLabel = { start: a, end: a + inline[1].length };
        out.push({
          start: a,
          end: e,
          label: aLabel,
          labelText: inline[1],
          body: s + lm[0].length + inline.index + inline[0].length,
        });
        continue;
      }
      out.push({
        start: s,
        end: e,
        label: { start: s, end: s + word.length },
        labelText: word,
        body: s + lm[0].length,
      });
    } else {
      const page = (lm && word && PAGE_NOTE.test(word)) || EDITOR_NOTE.test(head);
      out.push({ start: s, end: e, label: null, labelText: null, body: s, page });
    }
  }
  return out;
}

/** A description that says something ("who said", "the mayor said") is a sentence, not a label's. */
const SAYS = /\b(?:said|says|told|tells|added|asked|wrote|writes|explained|noted|replied|answered)\b/i;
function saysSomething(description: string): boolean {
  return SAYS.test(description);
}

/** A label's voice: its last word, so "Jane Roe" on the first turn and "Roe" after are one ("The Herald", "Herald"). */
function labelKey(label: string): string {
  const at = label.lastIndexOf(' ');
  return label.slice(at + 1).toLowerCase();
}

/** Answers of a labelled interview: null when the paragraphs do not alternate between labels. */
function labelled(text: string, paras: Para[]): Answer[] | null {
  const counts = new Map<string, number>();
  const questions = new Map<string, number>();
  let turns = 0;
  let changes = 0;
  let last: string | null = null;
  for (const p of paras) {
    if (!p.labelText) continue;
    const k = labelKey(p.labelText);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (QUESTION_END.test(text.slice(Math.max(p.body, p.end - 3), p.end)))
      questions.set(k, (questions.get(k) ?? 0) + 1);
    if (last !== null && k !== last) changes++;
    last = k;
    turns++;
  }
  const speakers = [...counts].filter(([, n]) => n >= 2);
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
    if (best < 0.5) return null;
  }
  const out: Answer[] = [];
  let open: Answer | null = null;
  for (const p of paras) {
    if (p.labelText) {
      if (open) out.push(open);
      open = null;
      const k = labelKey(p.labelText);
      const answers = isQA ? k === 'a' || k === 'answer' : k !== asker;
      if (answers) open = { start: p.body, end: p.end, answerer: isQA ? null : p.label };
    } else if (p.page) {
      if (open) out.push(open);
      open = null;
    } else if (open) open.end = p.end;
  }
  if (open) out.push(open);
  return out;
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
    } else if (open) open.end = p.end;
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

/**
 * Interview answers of `text`, in order. `marked` are the spans inside quotation marks (sorted): questions
 * inside them are quoted speech, not the interviewer's.
 */
export function findAnswers(text: string, sentences: Span[], marked: Span[], people: Person[] = []): Answer[] {
  const paras = paragraphs(text);
  const byLabel = paras.length >= 4 ? labelled(text, paras) : null;
  if (byLabel && byLabel.length >= MIN_TURNS) {
    // "Q." and "A." name nobody: the answers are the interviewee's, named in the introduction
    if (byLabel.some((a) => !a.answerer)) {
      const interviewee = intervieweeNear(text, people) ?? firstNamed(people, byLabel[0].start);
      for (const a of byLabel) a.answerer ??= interviewee;
    }
    return byLabel;
  }
  const head = text.slice(0, CUE_WINDOW);
  const cue = saysInterview(head) || TELLS_CUE.test(head) || saysInterview(beforeFirstQuestion(text, sentences));
  // each sentence: a statement, a question, a question put to "you", or one the speaker asks of themself
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
  const n = sentences.length;
  // an answer opens in the first person or with an answer word ("What was the hardest part? The cobbles. I
  // had cramp …" opens no turn; "… at the finish? We had worked …" does)
  const answerFollows = (j: number): boolean =>
    j < n && ANSWER_START.test(text.slice(sentences[j].start, Math.min(sentences[j].end, sentences[j].start + 20)));
  // in a text that says it is an interview, questions that make a paragraph of their own are the interviewer's
  // (the label lost): "How busy has this year been?" before the answer's paragraph
  // and answered in the first person (an explainer's subheads, "What happens next?", are answered by the writer)
  const ownParagraph = (from: number, to: number): boolean =>
    to < n && atLineStart(text, sentences[from].start) && lineEndsAt(text, sentences[to - 1].end);
  const inPerson = (j: number): boolean =>
    FIRST_PERSON.test(text.slice(sentences[j].start, sentences[Math.min(j + 1, n - 1)].end));
  // a run of questions opens a turn when one of them is put to "you"; when none of them is the speaker's own
  // ("Why do I say peace?" goes on with the answer), also once the interview has begun or when an answer follows
  let begun = false;
  const opens = (from: number): { end: number; asked: boolean; opens: boolean } => {
    let asked = false;
    let own = false;
    let j = from;
    for (; j < n && kinds[j] !== STATEMENT; j++) {
      if (kinds[j] === ASKED) asked = true;
      else if (kinds[j] === OWN) own = true;
    }
    return {
      end: j,
      asked,
      opens: asked || (!own && (begun || answerFollows(j) || (cue && ownParagraph(from, j) && inPerson(j)))),
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
    const answer: Answer = { start: sentences[run.end].start, end: sentences[e - 1].end, answerer: null };
    // the answerer's label left on an answer whose question lost its own ("Roe: It has been …")
    const label = atLineStart(text, answer.start) ? NAME_LABEL.exec(text.slice(answer.start, answer.start + 60)) : null;
    if (label && !label[2] && !NOT_SPEAKER.test(label[1]) && answer.start + label[0].length < answer.end) {
      answer.answerer = { start: answer.start, end: answer.start + label[1].length };
      answer.start += label[0].length;
    }
    out.push(answer);
    const head = sentences[Math.min(e - 1, run.end + 2)].end;
    if (FIRST_PERSON.test(text.slice(answer.start, head))) answeredInPerson++;
    i = e;
  }
  // the answers speak in the first person; a text that does not say it is an interview is read as one only
  // when three turns or more are answered in the first person, at least half its turns are put to "you" (a
  // first-person post's headings ask the writer's own questions) and the writer never spoke so before the first
  // question (a hearing's "We will hear argument", a column's "I used to agree"); and it opens with its
  // interviewee's name ("Shimon Peres image: …. Mr. President, do you …"): a column that opens with a question to
  // its reader names nobody first
  if (out.length < MIN_TURNS || answeredInPerson < 1) return [];
  const named = cue ? null : firstNamed(people, firstAsk);
  if (
    !cue &&
    (answeredInPerson < UNCUED_TURNS || askedTurns * 2 < out.length || !named || writerSpeaks(text, firstAsk, marked))
  )
    return [];
  const interviewee = cue ? intervieweeNear(text, people) : named;
  for (const a of out) a.answerer ??= interviewee;
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
function firstNamed(people: Person[], end: number): Span | null {
  let best: Span | null = null;
  for (const p of people) {
    for (const m of p.mentions)
      if (m.end <= end && (!best || m.start < best.start)) best = { start: m.start, end: m.end };
  }
  return best;
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
