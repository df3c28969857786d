// Step: testimony under name labels with nobody asking ("Sue Ackroyd, owner of the bakery: I'd gone in to do the
// books … ⏎ Tom Haworth: We got the call at quarter past two …"): an oral history, a vox pop, a round-up of
// witnesses. No label asks, so quotes/interview-labels.ts finds no interviewer; each labelled turn, spoken in the
// first person, is a quotation by the name of its label. An info box's labels ("Director: …", "Venue: …") speak in
// no first person and are not read.
import { FIRST_PERSON, NOT_SPEAKER, QUESTION_END, type Answer, type Para } from './interview-labels';

/** Turns needed, and the share of them in the first person. */
const MIN_TURNS = 3;
const IN_PERSON_SHARE = 0.75;
/** Labels of a question-and-answer layout: read by the labelled reading, not here. */
const QA_WORD = /^(?:Q|A|Question|Answer)$/i;
/** Marks of a quotation inside a paragraph (apostrophes are not marks). */
const MARKS = /["“”‘]/;
/** Fewest words of a paragraph that goes on with the turn before it (a subhead is shorter). */
const MIN_WORDS = 6;

export function testimonyTurns(text: string, paras: Para[]): Answer[] {
  const turns = paras.filter((p) => p.labelText);
  if (turns.length < MIN_TURNS || turns.some((p) => QA_WORD.test(p.labelText!))) return [];
  const voices = new Set(turns.map((p) => voiceOf(p.labelText!)));
  if (voices.size < 2) return [];
  let inPerson = 0;
  let asking = 0;
  for (const p of turns) {
    const body = text.slice(p.body, p.end);
    if (FIRST_PERSON.test(body)) inPerson++;
    if (QUESTION_END.test(body)) asking++;
  }
  if (inPerson < turns.length * IN_PERSON_SHARE || asking * 4 > turns.length) return [];
  // a question of its own between the turns is an interviewer's whose label was lost: the interview readings'
  const first = turns[0].start;
  const last = turns[turns.length - 1].start;
  if (
    paras.some(
      (p) => !p.labelText && p.start > first && p.start < last && QUESTION_END.test(text.slice(p.start, p.end)),
    )
  )
    return [];
  // a voice heard in the first person speaks in all its turns ('Becker: Collection. The chemistry is solved …')
  const speaking = new Set(
    turns.filter((p) => FIRST_PERSON.test(text.slice(p.body, p.end))).map((p) => voiceOf(p.labelText!)),
  );
  const out: Answer[] = [];
  let open: Answer | null = null;
  for (const p of paras) {
    if (p.labelText && !NOT_SPEAKER.test(p.labelText)) {
      if (open) out.push(open);
      open = speaking.has(voiceOf(p.labelText)) ? { start: p.body, end: p.end, answerer: p.label } : null;
      continue;
    }
    // the turn goes on in the speaker's first person, without marks; the writer's narration, a subhead, a caption
    // or the page's note ends it
    const para = text.slice(p.start, p.end);
    if (open && !p.labelText && !p.page && FIRST_PERSON.test(para) && !MARKS.test(para) && wordCount(para) >= MIN_WORDS)
      open.end = p.end;
    else if (open) {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

/** A label's voice: its last word ("Sue Ackroyd" and "Ackroyd" are one). */
function voiceOf(label: string): string {
  return (label.split(/\s+/).at(-1) ?? label).toLowerCase();
}

function wordCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\S+/g)) n++;
  return n;
}
