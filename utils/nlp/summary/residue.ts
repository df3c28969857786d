// Page residue: a line that is not a sentence of the story (a caption or picture credit, a headline or hover card, a
// line a site adds around its stories, a line that dates the page). The summary passes over it.
import { isCaption, isStatement, looksLikeResidue } from '../timeline-statement';
import { words } from './words';

// a line of its own that dates the page ("Last updated at 4:35 PM on 12th January 2012.", "Published: 12 June 2012.")
const METADATA_LINE = new RegExp(
  `^(?:${words.metadataLabels})(?:\\s*:|\\s+(?:at|on)\\b|\\s+\\d)[^]{0,60}?\\b(?:\\d{1,2}[:.]\\d\\d|\\d{4})\\b`,
  'i',
);
const METADATA_LINE_WORDS = 15;
// a picture's caption as agencies write it: the full date last, after a comma and no preposition ("An aerial view shows
// destroyed buildings in Kahramanmaras, Turkey, February 8, 2023.", "…, in Antakya, Turkey, Tuesday, Feb. 7, 2023.");
// a story dates its news "on Tuesday" or "on February 8"
const CAPTION_DATE = new RegExp(
  `,\\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\p{Ll}*\\.?,\\s+)?(?:(?:${words.months})\\.? \\d{1,2}, \\d{4}|\\d{1,2} (?:${words.months}) \\d{4})\\.$`,
  'u',
);
// lines a site adds around a story ("Related:", "Sign up for our newsletter", "Reporting by …; Editing by …")
const BOILERPLATE = new RegExp(
  `^(?:${words.boilerplateOpenings})(?![\\p{L}])|(?:${words.boilerplatePhrases})(?![\\p{L}])`,
  'iu',
);
// the line about the author ("Jane Doe is the Herald's environment correspondent.", "John Roe is a freelance writer based
// in Lagos."): a name, "is" and the role with at most its beat, outlet or town; a longer sentence tells of the person
const AUTHOR_LINE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}is (?:a|an|the)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(?:senior |chief |staff |special |contributing )?(?:${words.journalistRoles})(?:\\s+(?:for|at|with|of|based in)\\s+[^.;,]{1,40})?\\.$`,
  'u',
);
const AUTHOR_LINE_WORDS = 16;
/** Closing punctuation, with the full stops of Chinese and Japanese text. */
export const CLOSED = /[.!?。！？]["”’)」』]*$/;

/**
 * Page residue rather than a sentence of the story: a caption or picture credit, a headline or hover card, a line a
 * site adds around its stories, a line without closing punctuation. The summary passes over it. (A line without a
 * verb is not passed over: the verb test is too crude to call "I still remember using…" residue.)
 */
export function isResidue(s: string, nWords: number): boolean {
  if (nWords === 0 || !CLOSED.test(s) || BOILERPLATE.test(s) || isFilePhoto(s) || EMBED_LINK.test(s)) return true;
  if (cjkProse(s)) return false;
  if (nWords <= METADATA_LINE_WORDS && METADATA_LINE.test(s)) return true;
  if (nWords <= AUTHOR_LINE_WORDS && AUTHOR_LINE.test(s)) return true;
  if (CAPTION_DATE.test(s)) return true;
  // (looksLikeResidue reads a lede that names a title and a brand as prose: "British Prime Minister … WhatsApp …")
  return isCaption(s) || !isStatement(s) || looksLikeResidue(s);
}

// Chinese and Japanese are written without spaces between words: to the tests of English above a sentence there
// is one or two long "words" without a verb they know. A sentence mostly of their characters, long enough not to be
// a caption or a heading, closed by a full stop (not a question mark), is prose.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CJK_MIN_CHARS = 20;
const CJK_CLOSED = /[。！.!]["”’)」』）]*$/;

/** A sentence of Chinese or Japanese prose (the English tests cannot read it). */
export function cjkProse(s: string): boolean {
  if (s.length < CJK_MIN_CHARS || !CJK_CLOSED.test(s)) return false;
  // Han, Hiragana and Katakana are all at U+2E80 or above, and astral ones are two surrogates (U+D800 and above):
  // the code units at U+2E80 or above are at least as many as the characters CJK_CHAR finds, and when they are too
  // few the regular expression is not run (English never reaches it)
  let high = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x2e80) high++;
  if (high < CJK_MIN_CHARS || 2 * high < s.length) return false;
  const n = s.match(CJK_CHAR)?.length ?? 0;
  return n >= CJK_MIN_CHARS && 2 * n >= s.length;
}

// a credit line ("Image: Nick Moreau.") or one in brackets as agencies write it ("(AP Photo/Jane Doe, File)", "(Photo by
// Jane Doe/Getty Images)")
// ("(The photo was taken in 2019.)" is no credit: a credit in brackets names its source after a slash, "by" or a colon)
const CREDIT =
  /^(?:(?:Image|Photo|Picture|Photograph|Credit|Illustration)\s*:|\((?:[A-Z][A-Za-z]* )?Photo(?:\/|:|\s+by\s))/i;
// a photographer's credit in brackets alone, as papers write it: "(Luis Ortega for The Daily Ledger)", "(Jane Doe/
// Reuters)": one to three capitalized words, then "for" or a slash and a source in capitals, and nothing after it
const NAMED_CREDIT =
  /^\((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}?\p{Lu}[\p{L}.'’-]*\s*(?:\s+for\s+|\/\s*)\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’.-]*)){0,5}\)\.?$/u;
// an archive picture's caption as agencies open it ("FILE - A jar of…", "FILE PHOTO: …"): all capitals
const FILE_PHOTO = /^FILE(?: PHOTO)?\s*(?:[-—–:]|--)\s/;
// a caption under its label ("CAPTION: Kayla Brooks holds…", "Photo caption: …"; not "Caption contests are…")
const CAPTION_LABEL = /^(?:(?:image|photo|picture|video)\s+)?caption\s*[:,]\s/i;

/** A caption as a whole: an agency's of an archive picture ("FILE - A sign is seen outside…") or one under its label. */
export function isFilePhoto(s: string): boolean {
  return FILE_PHOTO.test(s) || CAPTION_LABEL.test(s);
}

/** A picture credit line ("Image: Nick Moreau.", "(AP Photo/Jane Doe)"): the line before it is the picture's caption. */
export function isCredit(s: string): boolean {
  const m = CREDIT.exec(s);
  if (m) return !m[0].endsWith(':') || (s.slice(m[0].length).match(/[\p{L}\p{N}]+/gu) ?? []).length <= CREDIT_WORDS;
  return NAMED_CREDIT.test(s) || SOURCE_CREDIT.test(s);
}

// a credit line that names an agency or a picture library alone or after a photographer, as pages print it under a
// picture: "Reuters", "(AFP)", "Umit Bektas / Reuters", "Umit Bektas/Reuters", "AFP via Getty Images"
const SOURCE_CREDIT = new RegExp(
  `^\\(?(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*\\s*\\/\\s*|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}via\\s+)?(?:${words.pictureSources})\\)?$`,
  'u',
);

// a credit after its label names a source in a few words ("Image: Nick Moreau.", "Photograph: North News"); a longer
// line is a caption of its own ("Image: Jamal Oduya was described by his family as 'kind and funny'"), which says
// nothing of the line before it
const CREDIT_WORDS = 6;

// an embedded post's link to its picture or its short link ("… pic.twitter.com/abc123", "https://t.co/x1Y2")
const EMBED_LINK = /\bpic\.twitter\.com\/|\bhttps?:\/\/t\.co\//;
// the line that signs an embedded post: a dash, the author and the handle in brackets ("— Jane Doe (@janedoe) February
// 9, 2026"), or "A post shared by …"
const EMBED_SIGNATURE = /^(?:[—–-]{1,2}\s*[^\n()]{1,60}\(@[\p{L}\p{N}_.]{1,30}\)|A post shared by\b)/u;

/** The line that signs an embedded post ("— Jane Doe (@janedoe) February 9, 2026"). */
export function isEmbedSignature(s: string): boolean {
  return EMBED_SIGNATURE.test(s);
}
