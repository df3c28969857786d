// Step: words in marks given as an example or as imagined speech, not as anyone's words: 'rules such as "If
// the database is slow, alert"', 'for example, "…"', 'phrases like "multidrug-resistant bacteria"', 'a
// flicker across his face as if to say "You think you got me?"'. Someone's words can be an example too
// ('comments such as "…"', 'he said things like "…"'): a speech word just before the example keeps them
// (in English; Chinese examples have no speech list to check).
import { speaks } from './context';

/** An example's marker right before the opening mark, and the words before the marker. */
const EXAMPLE = /(^|[^\p{L}])(such\s+as|for\s+example|for\s+instance|e\.\s?g\.|like|say|saying)\s*[,:]?\s*$/iu;
/** "like" as a preposition after a noun ("phrases like"), not after a verb of seeming ("felt like"). */
const LIKE_AFTER_VERB =
  /\b(?:feel|feels|felt|feeling|look|looks|looked|looking|sound|sounds|sounded|seem|seems|seemed|is|was|are|were|be|been|just|more|much|exactly|act|acted|acts|treat|treated)\s*$/i;
/** Speech imagined by the writer: "as if to say", "as if saying", "as though to say". */
const IMAGINED = /\bas\s+(?:if|though)\s+(?:to\s+say|saying)\s*$/i;

/** Chinese "for example", "such as" (no spaces around them): '比如“张三的大舅是谁？”'. */
const EXAMPLE_ZH = /(?:比如说?|例如|譬如|诸如|諸如)[，,：:]?\s*$/u;

/** Chinese "such a …" after the marks ('回答“…”这样的问题', 'answers questions such as "…"'; '“…”之类的话'). */
const EXAMPLE_ZH_AFTER = /^.\s*(?:这样的|這樣的|这类|這類|之类|之類|一类|一類)/u;
/** A Chinese speech verb in the clause before ('他说了“…”之类的话', 'he said things like "…"'): someone's words, as
 *  an English speech word before 'like' keeps them. */
const SPEECH_ZH = /(?:说|說|称|稱|表示|指出|喊|问|問|写道|寫道|告诉|告訴)[^，,。；;：:！!？?]{0,6}$/u;

/** How far back a speech word makes the example someone's words. */
const SPEECH_REACH = 40;

/** `after`: the text from the closing mark. */
export function exampleNotSaid(before: string, after = ''): boolean {
  if (EXAMPLE_ZH.test(before) || (EXAMPLE_ZH_AFTER.test(after) && !SPEECH_ZH.test(before))) return true;
  const m = EXAMPLE.exec(before);
  if (!m) return false;
  const marker = m[2].toLowerCase();
  const head = before.slice(0, m.index + m[1].length);
  if (marker === 'say' || marker === 'saying') return IMAGINED.test(before.replace(/[\s,:]+$/, ''));
  if (marker === 'like' && (LIKE_AFTER_VERB.test(head) || !/\p{L}\s*$/u.test(head))) return false;
  return !speaks(head.slice(-SPEECH_REACH));
}

/** Anyone at all saying or thinking the words, in the present or under a modal ('Every time someone says
 *  "literally,"', 'If someone tells you "it's free,"', 'You might think, "This won't happen to me."', 'people
 *  often say things like "…"'): imagined speech, nobody's quotation. */
const GENERIC_SPEECH =
  /(?:^|[^\p{L}'’])(?:(?:someone|somebody|anyone|anybody|everyone|everybody|nobody|no\s+one|people)\s+(?:(?:often|always|never|sometimes|usually|just|still|will|would|could|should|can|may|might|must)\s+){0,2}(?:say|says|tell|tells|write|writes|ask|asks|think|thinks)|(?:you|one|we)\s+(?:(?:often|always|never|sometimes|usually|just|still|even)\s+)?(?:might|may|could|would|will|['’]d|['’]ll|should)\s+(?:(?:even|also|just)\s+)?(?:say|think|ask|hear|tell\s+yourself)|(?:if|when|whenever|unless)\s+(?:you|we)\s+(?:say|hear|tell|ask|think|write))(?:\s+(?:you|me|us|them|him|her|things\s+like|something\s+like))?\s*[,:]?\s*$/iu;
/** Advice on what not to say, or what is said instead ('Stop saying "sorry"', 'Don't say "I'm fine"', 'instead of
 *  asking "what should we build?"'). */
const NOT_SAYING =
  /(?:^|[^\p{L}'’])(?:stop|quit|avoid|don['’]t|do\s+not|never|instead\s+of|rather\s+than)\s+(?:saying|say|asking|ask|using|use|writing|write|typing|type)\s*[,:]?\s*$/iu;

/** A name nobody gives, or the writer's advice not to give it ('Stop calling it a "skills gap."', 'Nobody calls
 *  that a "steak gap"', 'Don't call them "heroes"'). */
const NOT_CALLING =
  /(?:^|[^\p{L}'’])(?:stop|quit|don['’]t|do\s+not|never|nobody|no\s+one)\s+(?:calling|call|calls)\s+(?:it|this|that|them|these|those|him|her)(?:\s+(?:a|an|the))?\s*$/iu;

/** The reader told to ask someone ('… ask them one question: "What are you paying?"', 'Just ask your doctor, "Is this
 *  safe?"'): a question to put, not one put. The imperative opens its clause. */
const ASK_THEM =
  /(?:^|[.;:!?,]\s+|(?:^|[^\p{L}])(?:then|just|simply|and|so|always)\s+)ask\s+(?:them|him|her|us|your\s+[\p{L}-]+|the\s+[\p{L}-]+)(?:\s+(?:one|a|this|the|that)\s+(?:simple\s+)?question)?\s*[,:]?\s*$/iu;

/** `before`: the writer's sentence (or up to 40 characters) up to the opening mark. */
export function imaginedSpeech(before: string): boolean {
  const tail = before.slice(-80);
  return GENERIC_SPEECH.test(tail) || NOT_SAYING.test(tail) || NOT_CALLING.test(tail) || ASK_THEM.test(tail);
}
