// An interview (questions put to someone, and their answers) or a hearing (counsel arguing before a court) is not
// written as news: after its opening sentence, the sentences that follow in order are no better than others near them
// (an answer, an aside, the order of the argument), and the summary takes those whose words the rest of the text keeps
// coming back to (walk.ts). Chosen on GUM's dev documents by leaving one genre out (see summary.ts); a share of
// sentences in the first person as a second sign was left out: it also took reviews and blog posts whose lead is their
// point.
import type { Cand } from './candidates';
import { isQuestion } from './quotation';
import { STOP } from './words';

// the opening read to tell an interview: this many sentences, with this many questions (not reported ones), and the
// word in the headline or the opening ("Wikinews interviews…", "in an interview with…")
const OPENING = 20;
const QUESTIONS = 2;
const INTERVIEW = /\binterview/i;
// the word names the text itself in its headline or first sentences ("Wikinews interviews…", "On Saturday, Wikinews
// interviewed…"; on GUM dev at most the seventh sentence, and in the headline then): a news story that quotes someone
// "in an interview" further down is not one
const INTERVIEW_OPENING = 3;
// a question put by the interviewer stands without quotation marks; a quoted one ("“Who will pay for this?”") is
// a story's
// a hearing's transcript: counsel addressing the court, outside quotation marks (a story may quote "Your Honor, …")
const HEARING = /\b(?:may it please the court|your honou?rs?)\b/i;
// a word the text keeps coming back to: this many times in it
const RECURS = 3;
const MIN_WORD = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * An interview or a hearing: counsel addressing the court in its opening, or questions outside quotation marks in its
 * opening and the word "interview" in its headline or first sentences.
 */
export function isInterviewOrHearing(cands: readonly Cand[], title: string | null): boolean {
  const opening = cands.slice(0, OPENING);
  if (isHearing(cands)) return true;
  let questions = 0;
  for (const c of opening) if (isQuestion(c.s) && !/^["“‘]/.test(c.s)) questions++;
  if (questions < QUESTIONS) return false;
  if (title !== null && INTERVIEW.test(title)) return true;
  // the headline and the lines around it as the text gives them (plain text), then its first sentences
  let sentences = 0;
  for (const c of opening) {
    if (INTERVIEW.test(c.s)) return true;
    if (!c.residue && ++sentences >= INTERVIEW_OPENING) break;
  }
  return false;
}

/** A hearing: counsel addressing the court in its opening. */
export function isHearing(cands: readonly Cand[]): boolean {
  return cands.slice(0, OPENING).some((c) => HEARING.test(unquoted(c.s)));
}

// the words that only address the court or greet it ("Chief Justice Kennedy and may it please the Court.", "Good
// morning, Your Honors.", "Mr. Chief Justice, and may it please the Court:", a trial's "Good morning, members of the
// jury.")
const ADDRESS =
  /\b(?:may it please (?:the )?court|good (?:morning|afternoon|evening)|(?:to )?(?:your|their) honou?rs?|(?:mr\.?|madam|madame) chief justice|chief justice(?: \p{Lu}[\p{L}'’-]+)?|(?:associate )?justices?|members of the (?:court|jury)|ladies and gentlemen(?: of the jury)?|thank you|and|to all|everyone)\b/giu;

/**
 * A sentence that only addresses the court ("Chief Justice Kennedy and may it please the Court.", "Good morning, your
 * honors."): in a hearing it says nothing a summary needs (GUM dev court R-1 F1 0.278 -> 0.287). Counsel's address
 * glued to the argument ("…may it please the Court: Both courts below agreed…") is not one.
 */
export function addressOnly(s: string): boolean {
  if (!ADDRESS.test(s)) return false;
  ADDRESS.lastIndex = 0;
  return (s.replace(ADDRESS, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length === 0;
}

// a sentence that says what the case is about ("This case is about whether…", "The question in this case is
// whether…", "This appeal concerns…"): counsel's or the court's own summary, taken first after the opening
const CASE_QUESTION =
  /\b(?:this|the present|the instant) (?:case|appeal|petition|matter) (?:is about|asks|concerns|involves|presents|turns on|is whether)\b|\bthe (?:central |only |key )?(?:question|issue)s? (?:presented |before (?:the|this) court )?(?:in this (?:case|appeal) )?(?:is|are) whether\b/i;

/**
 * Sets `central` on each candidate: the share of its content words (three letters or more, not a stop word) that
 * the text uses at least three times, and one more for a sentence that says what the case is about, which leans on
 * nothing. One pass over the text.
 */
export function setCentrality(text: string, cands: Cand[]): void {
  const counts = new Map<string, number>();
  for (const c of cands) for (const w of contentWords(c.shown)) counts.set(w, 0);
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const n = counts.get(m[0]);
    if (n !== undefined) counts.set(m[0], n + 1);
  }
  for (const c of cands) {
    const ws = contentWords(c.shown);
    let recurring = 0;
    for (const w of ws) if ((counts.get(w) ?? 0) >= RECURS) recurring++;
    c.central = ws.size ? recurring / ws.size : 0;
    // "this case" is the case heard, not one the sentence before named
    if (CASE_QUESTION.test(c.shown)) {
      c.central += 1;
      c.needs = -1;
    }
  }
}

function contentWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.toLowerCase().matchAll(WORD)) if (m[0].length >= MIN_WORD && !STOP.has(m[0])) out.add(m[0]);
  return out;
}

/** The sentence without what it quotes. */
function unquoted(s: string): string {
  return s.includes('"') || s.includes('“') ? s.replace(/["“][^"”]*["”]?/g, ' ') : s;
}

// a text is written as questions and answers when this many of its paragraphs close with a question
const ASKING_PARAGRAPHS = 2;

/**
 * An interview written without labels puts each question in a paragraph of its own, which may open with what the
 * question rests on ("You promised 300,000 homes a year. Last year the figure was 210,000. Is the target dead?"): the
 * sentences before a question that closes its paragraph are the interviewer's, not news, and are not shown (after the
 * summary's start).
 */
export function passOverAskingParagraphs(text: string, cands: readonly Cand[], start: Cand): void {
  const asked = cands.filter((q) => q.k > start.k && isQuestion(q.s) && closesParagraph(text, q.sp.end));
  if (asked.length < ASKING_PARAGRAPHS) return;
  for (let i = cands.length - 1; i > 0; i--) {
    const q = cands[i];
    if (!asked.includes(q)) continue;
    for (let j = i - 1; j >= 0 && cands[j].k > start.k; j--) {
      if (text.slice(cands[j].sp.end, cands[j + 1].sp.start).includes('\n')) break;
      cands[j].ok = false;
    }
  }
}

function closesParagraph(text: string, end: number): boolean {
  for (let i = end; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\r') return false;
  }
  return true;
}
