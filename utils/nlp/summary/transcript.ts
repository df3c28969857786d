// A transcript (an interview, a podcast, a hearing written as its turns): each turn opens with its speaker's label
// ("HOST: …", "Daniel Otieno: …", "DO: …", "Q: …", "[00:01:05] NAIR: …"). The label is no part of what is said: it is
// cut from the sentence shown. A turn that puts a question (the interviewer's, the judge's) is asking, not telling:
// none of its sentences is shown. A text is a transcript when one label opens two of its lines or more and labels open
// four lines or more, so that one "Photo: …" or "Update: …" line is none; then any line's label opens a turn (the first
// turn may name the speaker in full, "Daniel Otieno: …", and the next ones by initials, "DO: …").

// a time stamp before a turn ("[00:01:05]", "(12:30)", "00:01:05")
const STAMP = String.raw`(?:[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?\s*)`;
// a label: up to three capitalized words or initials, or "Q"/"A", then a colon (or a full stop after Q/A) and a space;
// or, as broadcast and congressional transcripts write it, a name in capitals with a party in brackets and roles after
// commas ("SEN. MARIA CANTWELL (D-WA), CHAIR:", "WOLF BLITZER, CNN ANCHOR:", "JULIA PARK, ASSISTANT SECRETARY,
// DEPARTMENT OF TRANSPORTATION:")
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{N}.'’&-]*`;
const PARTY = String.raw`\(\p{Lu}[\p{L}.]*[-–]\p{Lu}[\p{L}.]*\)`;
const CAPS_LABEL = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,3}(?: ${PARTY})?(?:,(?: ${CAPS_WORD}){1,6})*`;
const LABEL = String.raw`(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}(?: ${PARTY})?|${CAPS_LABEL})`;
const LINE_LABEL = new RegExp(String.raw`^[ \t]*${STAMP}?(?:${LABEL}:|(Q|A)\.)[ \t]+\S`, 'gmu');
const TURNS = 2;
const LINES = 4;
const OPENING_LABEL = new RegExp(String.raw`^\s*${STAMP}?(?:${LABEL}:|(Q|A)\.)\s+`, 'u');
// a question outside quotation marks: a question mark before a space or the line's end
const QUESTION = /\?(?=\s|$)/;
const QUOTED = /["“][^"”\n]*["”]/g;

/** A transcript's turns that ask: [start, end) of each line that opens with a label and puts a question. */
export type Turns = [number, number][];

/** The turns of a transcript that put a question, or null when the text is no transcript. */
export function transcriptTurns(text: string): Turns | null {
  const counts = new Map<string, number>();
  const asking: Turns = [];
  let lines = 0;
  // the host's opening turns, before anyone else speaks, may set out the story (setsOut)
  let first: string | null = null;
  let opening = true;
  for (const m of text.matchAll(LINE_LABEL)) {
    const label = m[1] ?? m[2];
    first ??= label;
    if (label !== first) opening = false;
    counts.set(label, (counts.get(label) ?? 0) + 1);
    lines++;
    const end = text.indexOf('\n', m.index);
    const line = text.slice(m.index, end < 0 ? text.length : end);
    const unquoted = line.replace(QUOTED, ' ');
    if (QUESTION.test(unquoted) && !(opening && setsOut(unquoted))) asking.push([m.index, end < 0 ? text.length : end]);
  }
  return lines >= LINES && [...counts.values()].some((n) => n >= TURNS) ? asking : null;
}

// a statement that speaks to the guest ("You were fourth in 2024.") prefaces a question
const TO_GUEST = /\byou(?:rs?|['’](?:re|ve|d|ll))?\b/i;

/**
 * A host's turn before anyone else speaks that tells the story before its question ("Bus drivers in Leeds have voted
 * to reject the offer. Priya, what happened?"): only its questions are passed over. Not when what it says speaks to
 * the guest ("You were fourth in Boston in 2024. What changed?").
 */
function setsOut(line: string): boolean {
  // its sentences that are not questions (split, not matched, so that a long line costs one pass)
  const statements = line
    .split(/(?<=[.!?])\s+/)
    .filter((p) => !p.endsWith('?') && /[.!]$/.test(p))
    .join(' ');
  return /\p{L}{3}/u.test(statements) && !TO_GUEST.test(statements);
}

/** The sentence at `at` is in a turn that puts a question. */
export function inAskingTurn(turns: Turns, at: number): boolean {
  return turns.some(([s, e]) => at >= s && at < e);
}

/** The sentence without its turn's label ("MS. CHEN: My name is…" → "My name is…"). */
export function withoutTurnLabel(s: string): string {
  const m = OPENING_LABEL.exec(s);
  return m ? s.slice(m[0].length) : s;
}

// the words that open a sitting and say nothing of it ("This hearing will come to order.", "The committee will now come
// to order.", "Court is now in session.", "All rise.", "This session of the inquiry is now open."); a sitting's own
// noun only, since "The new bridge is now open." is news
const OPENS_SITTING =
  /^(?:(?:the|this) (?:[\p{L}'’-]+ ){0,3}(?:will|shall) (?:now )?(?:come|be) (?:to|in) (?:order|session)|(?:the )?court is (?:now )?in session|all rise|(?:the|this) (?:[\p{L}'’-]+ ){0,2}(?:session|sitting|hearing|meeting|inquiry|proceedings)(?: of (?:the|this) [\p{L}'’-]+(?: [\p{L}'’-]+)?)? (?:is|are) (?:now |hereby )?(?:open|opened|in session))[.!]?$/iu;

/** A sentence that only opens a sitting ("This hearing will come to order."): a formula, not what the sitting is about. */
export function opensSitting(s: string): boolean {
  return OPENS_SITTING.test(s);
}
