// Step: names of works and headlines in marks, whatever their case. A title in Title Case is caught by its
// capitals (quotes.ts); these are the ones in sentence case, known by what comes before them: a naming word
// ("an essay titled "why we should all stop flying""), a work noun set off by a comma ("her new book, "Notes on
// a life well lived," is out"), or a page's label before a link ("Read more: "Biden signs the bill"").
import { words as workNouns } from '../data/quote-work-nouns.json';
import { words as pageLabels } from '../data/quote-page-labels.json';
import { wordCount } from './words';

const WORKS: ReadonlySet<string> = new Set(workNouns);
const LABELS: ReadonlySet<string> = new Set(pageLabels);
// a module constant: esbuild (tsx) turns a literal with \p{Lu} into a new RegExp on every call
const OPENS_CAPITAL = /^\p{Lu}/u;

/** Words that name what follows: a title or a headline, never someone's words. */
const NAMING = /\b(?:titled|entitled|subtitled|headlined)\s*,?\s*$/i;

/** A naming verb and its object ('have named the new species "Bombus trumpi"', 'christened the boat "Lucky"'): the
 *  words are the name given, never a verdict ('called the plan "a disaster"' is one, quotes/judge.ts). */
const NAMED_OBJECT = /\b(?:named|renamed|christened|rechristened|rebranded)\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;

export function afterNamingWord(before: string): boolean {
  return NAMING.test(before);
}

/** The name after a naming verb's object starts with a capital ('named it Staten Land "in honour of the States
 *  General"' gives the name before the marks: the words in them are the namer's). */
/** A nickname after a pronoun that calls someone by it ('Friends called her "the Librarian"', 'fans call him "Big
 *  Sam"'), or a name a text gives ('referred to in the agreement as "the Owner"'): up to four words opening with a
 *  capital, perhaps after 'the', with no sentence's end. In lower case after an article ('called him "a liar"',
 *  'referred to it as "a mess"') it is a verdict. */
const NAME_AFTER_ARTICLE = /^(?:the\s+)?\p{Lu}[^.!?]*$/u;
const PRONOUN_NAMED =
  /\b(?:call|calls|called|calling|nicknamed|dubbed)\s+(?:him|her|them|himself|herself|themselves)\s*$/i;
const REFERRED_AS = /\b(?:referred|refers|refer|referring)\s+to\s+(?:[\p{L}'’-]+\s+){0,4}?as\s*$/iu;
const NICKNAME_WORDS = 4;

export function afterNamedObject(before: string, content: string): boolean {
  if ((PRONOUN_NAMED.test(before) || REFERRED_AS.test(before)) && NAME_AFTER_ARTICLE.test(content)) {
    return wordCount(content) <= NICKNAME_WORDS;
  }
  return OPENS_CAPITAL.test(content) && NAMED_OBJECT.test(before);
}

/** A verb that takes an object and an 'as' ('has described "Guts" as "an album about …"', 'dismissed "Russiagate"
 *  as a hoax'): a capitalized name in marks is the thing described, named by the writer; what comes after 'as'
 *  may be someone's words ('described "feeling like a ghost" as …' may be too). */
const DESCRIBES_OBJECT =
  /\b(?:describ(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|brand(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|portray(?:s|ed|ing)?|hail(?:s|ed|ing)?|bill(?:s|ed|ing)?|tout(?:s|ed|ing)?|pitch(?:es|ed|ing)?|market(?:s|ed|ing)?|cast(?:s|ing)?|recast|fram(?:e|es|ed|ing)|regard(?:s|ed|ing)?|view(?:s|ed|ing)?)\s*$/i;
const AS_AFTER = /^.["”'’]?\s+as\s+(?:a|an|the|["“'‘]|\p{Ll})/u;

export function objectBeforeAs(before: string, content: string, after: string): boolean {
  return OPENS_CAPITAL.test(content) && DESCRIBES_OBJECT.test(before) && AS_AFTER.test(after);
}

/** The word before a comma right before the opening mark. */
const NOUN_COMMA = /(\p{L}+)\s*,\s*$/u;

/** `her new book, "Notes on a life well lived," is out`: a work noun, a comma, then the work's name. */
export function workInApposition(before: string): boolean {
  const m = NOUN_COMMA.exec(before);
  return !!m && WORKS.has(m[1].toLowerCase());
}

/** After the marks, a comma and a work noun ending its phrase ('closed with "there is a light that never goes out,"
 *  a Smiths cover.', '"Ya Ya," a stomping country-soul number by'): the words are the work's name. Not a noun
 *  that goes on ('"We won," the single mother said'), nor a possessive ('the film's star said'), nor the next
 *  sentence or paragraph ('"… are not." ⏎ The new album, Casa Aberta, is …'). */
const WORK_AFTER = new RegExp(
  String.raw`^.["”'’]?[^\S\n]*,?[^\S\n]+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,3}(?:${[...WORKS, 'cover', 'number', 'tune', 'ballad'].join('|')})(?=\s*(?:[,.;:)—–]|$)|\s+(?:by|from|that|which|about|released|recorded|written|sung)\b)`,
  'iu',
);

/** The article after the marks in capitals: the next sentence's first word ('"… not." The new album, …'). */
const NEXT_SENTENCE = /^.["”'’]?[^\S\n]*,?[^\S\n]+[A-Z]/;

export function workNamedAfter(after: string): boolean {
  return WORK_AFTER.test(after) && !NEXT_SENTENCE.test(after);
}

/** A label alone before the opening mark ("Read more:", "RELATED:"); `line` is the paragraph up to the mark. */
const LABEL = /^\s*([\p{L}'’ ]{3,24}?)\s*[:|>»–—-]?\s*$/u;

export function afterPageLabel(line: string): boolean {
  if (line.length > 32) return false;
  const m = LABEL.exec(line);
  return !!m && LABELS.has(m[1].toLowerCase().replace(/’/g, "'"));
}

/** A reference list's entry: '^ "Where Did Firefox Come From?". Inside Firefox. Retrieved 2012-01-07.', 'Goodger,
 *  Ben (February 6, 2006). "…"': the cited work's title, not a quotation. Before the mark, a list's caret or
 *  the author's date; after it (past a nested title's own closing mark), the publisher and the date the page
 *  was retrieved, archived or published. */
const DATE = String.raw`(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})`;
const CITE_AFTER = new RegExp(
  String.raw`^.["”'’]?\s?\.?\s+(?:(?:[\p{Lu}\p{N}][^.\n"“”]{0,80}\.\s+)?(?:Retrieved\s+(?:on\s+)?(?:\d|\p{Lu}\p{Ll}+\s+\d)|Archived\s+from\b|Accessed\s+(?:on\s+)?\d)|[\p{Lu}\p{N}][^.\n"“”]{0,80}\.\s+${DATE}\.)`,
  'u',
);
const CITE_BEFORE = /(?:\^\s*(?:[a-z]\s+)*|\([^()]{0,20}\d{4}[^()]{0,10}\)\.\s*)$/u;

/** A standard's or a paper's reference ('Bradner, S., "Key words for use in RFCs …", BCP 14, RFC 2119, March
 *  1997.', 'Fielding et al., "…", RFC7231, June 2014.'): authors as surname and initials, or 'et al.', right
 *  before the mark, and a year in the entry after it. */
const AUTHORS_BEFORE = /(?:\b\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,3}|\bet\s+al\.),\s*$/u;
const YEAR_AFTER = /^.["”]?[,.]\s[^\n"“”]{0,100}?\b(?:1[5-9]|20)\d{2}\b/u;

export function citedTitle(before: string, after: string): boolean {
  return CITE_AFTER.test(after) || CITE_BEFORE.test(before) || (AUTHORS_BEFORE.test(before) && YEAR_AFTER.test(after));
}

/** The first marks of a paragraph that opens with a reference list's caret, after at most the authors ('^ Tasman,
 *  Abel. "JOURNAL or DESCRIPTION …"', '^ Moore, Roger. "Netflixable? Can this couple …"'): a title, however
 *  long and whatever its punctuation. `line` is the paragraph up to the mark. */
const CARET_ENTRY = /^\s*\^\s[^"“”«\n]{0,120}$/u;

export function referenceEntry(line: string): boolean {
  return CARET_ENTRY.test(line);
}

/** Japanese speech is written with hiragana (its particles and verb endings); a product's or a work's name in
 *  「」 is katakana and Latin letters alone ('アプリ「ウイルスバスター モバイル」'). Read in Japanese text only
 *  (hiragana before the mark): Chinese has no hiragana at all. */
const HIRAGANA = /\p{Script=Hiragana}/u;
const NAME_LETTERS = /[\p{Script=Katakana}\p{Script=Latin}]/u;
const KANA_NAME_CHARS = 30;

export function kanaName(before: string, content: string): boolean {
  return (
    content.length <= KANA_NAME_CHARS && HIRAGANA.test(before) && !HIRAGANA.test(content) && NAME_LETTERS.test(content)
  );
}
