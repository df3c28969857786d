// Page residue cut from a sentence: a metadata date or a dateline at its start, a hover card or a link's label inside
// it.
import { isFilePhoto } from './residue';
import { list, words } from './words';

// Page residue at the start of a sentence: a metadata field ("date 2018-12-30 …") or a dateline ("WASHINGTON
// (Reuters) — …", "Taipei, Taiwan — …", "KYIV, Ukraine, May 5 (AP) — …", "NEW DELHI: …", "NAIROBI, Kenya (CNN)The…",
// "Dec 5 (Reuters) - …").
const METADATA = new RegExp(
  `^\\s*(?:(?:${words.metadataLabels})\\s*:?\\s*)?\\d{4}-\\d\\d-\\d\\d(?:[T ]\\d\\d:\\d\\d(?::\\d\\d)?Z?)?\\s+(?=\\p{Lu})`,
  'iu',
);
// a page's time stamp glued onto the lede ("Updated 2:14 PM ET, Tue March 3, 2026 The city…", "Posted 3 hours ago
// The council…"): a label, up to 50 characters without a full stop, and a year, a clock time or an "ago" (with a
// clock time, an "ago" or a month in it), then a
// sentence opens (tested apart: the i flag would let \p{Lu} take lower case)
// time zones after a clock time (listed: the i flag would let [A-Z] take "by")
const ZONES = 'ET|EST|EDT|CT|CST|CDT|MT|MST|PT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|JST';
const STAMP = new RegExp(
  `^(?:${words.metadataLabels})\\s*:?\\s+[^.!?\\n]{0,50}(?:\\b\\d{4}|\\b\\d{1,2}[:.]\\d\\d(?:\\s*[ap]\\.?m\\.?)?(?:\\s+(?:${ZONES})\\b)?|\\bago)\\s+`,
  'iu',
);
// a live blog's entry opens with its clock time ("9:42 a.m. ET — The governor…", "10.15am: …", "14:05 The …", "10.42 BST
// The …"): a time with a colon, or with a.m./p.m. or a zone ("3.25 Million…" is a figure)
const CLOCK = new RegExp(
  `^\\d{1,2}(?::\\d\\d\\s*(?:[ap]\\.?m\\.?)?|[.]\\d\\d\\s*[ap]\\.?m\\.?|[.]\\d\\d(?=\\s+(?:${ZONES})\\b))(?:\\s+(?:${ZONES})\\b)?\\s*(?:[—–-]{1,2}|:)?\\s+(?=["“‘]?\\p{Lu})`,
  'iu',
);
// a page's date glued onto the lede without a label ("Sun 3 Mar 2026 10.12 GMT The…", "March 3, 2026 at 10:12 a.m. The…",
// "3 hours ago The…", "1h ago The…"): a date with its year (a weekday before it, a clock time after it), or a time ago
const GLUED_DATE = new RegExp(
  `^(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\p{Ll}*\\.?,? )?(?:\\d{1,2} (?:${words.months})\\.?,? \\d{4}|(?:${words.months})\\.? \\d{1,2},? \\d{4})` +
    `(?:,? (?:at )?\\d{1,2}[:.]\\d\\d\\s*(?:[ap]\\.?m\\.?)?(?:\\s+(?:${ZONES})\\b)?)?|\\d{1,2} ?(?:minutes?|mins?|m|hours?|hrs?|h|days?|d) ago)\\s+(?!I\\b)(?=["“‘]?\\p{Lu})`,
  'u',
);
// a headline and its date line glued onto the lede when a text comes flattened, its lines joined by spaces ("Hackers
// attack Church of Scientology website Sunday, January 20, 2008 Wikinews has learned…"): up to 20 words without a
// sentence's punctuation, then a full date with its year, then a sentence opens; not a date the sentence gives after a
// preposition ("On 3 September 1939 New Zealand…")
const HEADED_DATE = new RegExp(
  `^((?:[^\\s.!?:;"“”]+\\s+){1,20}?)(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\p{Ll}*\\.?,? )?` +
    `(?:\\d{1,2} (?:${words.months})\\.?,? \\d{4}|(?:${words.months})\\.? \\d{1,2},? \\d{4})\\s+(?!I\\b)(?=["“‘]?\\p{Lu})`,
  'u',
);
const DATE_IN_SENTENCE =
  /(?:^|\s)(?:on|in|since|until|till|by|from|of|before|after|to|at|between|and|or|the|born|died|dated|as)\s+$/i;
const PLACE_WORD = `\\p{Lu}[\\p{L}\\p{M}.'’-]*`;
// an agency in brackets ("(Reuters)", or one written in lower case: "(dpa)") or between slashes, as press releases
// write it ("/PRNewswire/")
const AGENCY = `(?:\\(\\p{Lu}[^()]{0,30}\\)|\\((?:${list(words.lowerCaseAgencies).join('|')})\\)|/\\p{Lu}[\\p{L} -]{1,30}/)`;
// the dateline ends in a dash, a colon or a bar, or nothing where the agency's bracket touches the story ("(CNN)The");
// its date may carry a year ("NEW YORK, Jan. 5, 2026 /PRNewswire/ -- …")
const DATELINE = new RegExp(
  `^(${PLACE_WORD}(?:[ /]${PLACE_WORD}){0,3})((?:, ${PLACE_WORD}(?: ${PLACE_WORD}){0,2}){0,2})` +
    `(,? (?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}|\\d{1,2} \\p{Lu}\\p{Ll}{2,8}\\.?)(?:,? \\d{4})?)?\\s*(${AGENCY})?(\\s*[—–-]{1,2}\\s+|\\s*[:|]\\s+|(?<=\\)))(?=["“‘]?\\p{Lu})`,
  'u',
);
// a date and an agency without a place ("Dec 5 (Reuters) - …"), an agency alone ("(Reuters) - …", "(CNN)The …"), or a
// date alone before a dash that is not a hyphen
// ("Feb. 23, 2015 -- …", "May 5 — …"; a month's name, so that "Chapter 5 — …" is not one)
const DATED = new RegExp(
  `^(?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}(?:, \\d{4})?\\s*)?${AGENCY}(?:\\s*[—–-]{1,2}\\s+|(?<=\\)))(?=["“‘]?\\p{Lu})`,
  'u',
);
const DATE_ALONE = new RegExp(
  `^(?:${words.months})\\.? \\d{1,2}(?:, \\d{4})?\\s*(?:--|[—–])\\s*(?=["“‘]?\\p{Lu})`,
  'u',
);
// a label a site puts before a sentence ("Why it matters: The station…", "Driving the news: …"), or a list's bullet
// (not a dash: "— Mark Twain" attributes what it follows)
const LABEL = new RegExp(`^(?:(?:${words.sectionLabels})\\s*:\\s+|[•·▪►]\\s+)`, 'iu');
// what follows the label opens a sentence (tested apart: under the i flag \p{Lu} takes lower case too)
const SENTENCE_START = /^["“‘]?[\p{Lu}\p{N}]/u;
const GLUE = /\p{Ll}\p{Lu}/gu;
// a link's label for screen readers captured with its text: glued to the linked word ("saidOpens a new window that…")
// or in brackets ("(opens in a new tab)"); "Clicking it opens a new window" is prose and stays
const LINK_LABEL =
  /(?<=[\p{L}\p{N}.,;:!?”"’)])Opens (?:in )?a new (?:window|tab)|\s*\((?:[Oo]pens )?(?:in )?(?:a )?new (?:window|tab)\)/gu;

/** The sentence without page residue at its start (a dateline, a label, a bullet), or a hover card or a link's label inside it. */
export function cleanSentence(s: string): string {
  // an agency's caption of an archive picture ("FILE - …") is residue as a whole, not a dateline to cut
  if (isFilePhoto(s)) return s;
  let t = s;
  const meta = METADATA.exec(t);
  if (meta) t = t.slice(meta[0].length);
  const stamp = STAMP.exec(t);
  if (stamp && isStamp(stamp[0]) && SENTENCE_START.test(t.slice(stamp[0].length))) t = t.slice(stamp[0].length);
  const headed = HEADED_DATE.exec(t);
  if (headed && !DATE_IN_SENTENCE.test(headed[1]) && SENTENCE_START.test(t.slice(headed[0].length)))
    t = t.slice(headed[0].length);
  const glued = GLUED_DATE.exec(t);
  if (glued && SENTENCE_START.test(t.slice(glued[0].length))) t = t.slice(glued[0].length);
  const clock = CLOCK.exec(t);
  if (clock && SENTENCE_START.test(t.slice(clock[0].length))) t = t.slice(clock[0].length);
  const d = DATELINE.exec(t);
  if (d && d[0].length < 70 && isDateline(d)) t = t.slice(d[0].length);
  else t = t.replace(DATED, '').replace(DATE_ALONE, '');
  const label = LABEL.exec(t);
  if (label && SENTENCE_START.test(t.slice(label[0].length))) t = t.slice(label[0].length);
  if (t.includes('MORE')) t = stripHoverCard(t);
  if (t.includes(' new window') || t.includes(' new tab')) t = t.replace(LINK_LABEL, '');
  return t;
}

/**
 * A dateline ends in a dash after an all-capital place, a place with its region, its date or an agency in brackets
 * (not "Obama — who…"); in a colon or a bar after an all-capital place or a place with its date ("NEW DELHI: …", "LONDON | …", not "Update: …"); in nothing after an agency
 * ("(CNN)The…").
 */
function isDateline(d: RegExpExecArray): boolean {
  const sep = d[5].trim();
  // places joined by a slash ("BRUSSELS/LONDON (Reuters) - …") with their agency only: "AC/DC — …" is a band
  if (d[1].includes('/') && d[4] === undefined) return false;
  if (!sep) return d[4] !== undefined;
  // a place with a date, as European papers and press releases write it ("Harwick, 7 December 2026 – …")
  const dated = d[3] !== undefined && MONTH.test(d[3]);
  // a colon after a place of two or three words in mixed case, as Indian papers write it ("New Delhi: The Supreme
  // Court…"); one word before a colon is a label or a credit's ("Pensions: The…", "Image: Harwick City Council.")
  if (sep === ':') return isAllCaps(d[1]) || dated || (d[2] === '' && d[1].includes(' '));
  if (sep === '|') return isAllCaps(d[1]) || dated;
  return isAllCaps(d[1]) || d[2] !== '' || d[4] !== undefined || dated;
}

const CLOCK_OR_AGO = /\b\d{1,2}[:.]\d\d\b|\bago\b/i;
const MONTH = new RegExp(`\\b(?:${words.months})\\b`);

/** A time stamp has a clock time, an "ago" or a month with a figure ("Updated 2015 Census Data…" is not one). */
function isStamp(s: string): boolean {
  return CLOCK_OR_AGO.test(s) || (MONTH.test(s) && /\d/.test(s));
}

function isAllCaps(s: string): boolean {
  return /\p{Lu}{2}/u.test(s) && s === s.toUpperCase();
}

/**
 * A news site's hover card captured with a linked name: the formal name glued to the headlines of related stories,
 * closed by "MORE" ("Bernie Sanders Bernard (Bernie) SandersO'Rourke's chances … MORE's (I-Vt.)"). The card runs
 * from after the name as written to "MORE"; the name as written is the surname seen again just before the glue.
 */
function stripHoverCard(s: string): string {
  const more = /(?<![\p{L}])MORE(?![\p{L}])/u.exec(s);
  if (!more) return s;
  const from = Math.max(0, more.index - 500);
  GLUE.lastIndex = from;
  for (let g = GLUE.exec(s); g && g.index < more.index; g = GLUE.exec(s)) {
    // the word that ends at the glue ("Sanders" in "SandersO'Rourke")
    let w = g.index;
    while (w > 0 && /[\p{L}'’]/u.test(s[w - 1])) w--;
    const word = s.slice(w, g.index + 1);
    if (word.length < 3) continue;
    const prev = s.lastIndexOf(word, w - 1);
    if (prev < 0 || w - prev > 80) continue;
    return s.slice(0, prev + word.length) + s.slice(more.index + 4);
  }
  return s;
}
