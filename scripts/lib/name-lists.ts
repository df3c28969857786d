// Given names and surnames of many countries for the person-name lexicon (build time only). Sources:
// the person name lists of @faker-js/faker's locales (MIT), those in Cyrillic, Greek and Georgian script
// transliterated to the Latin spellings English-language news uses, and scripts/data/names-romanized.ts
// for Chinese, Korean, Japanese, Vietnamese, Arabic, Persian, Hebrew and South Asian names.
import { createRequire } from 'node:module';
import { ROMANIZED_GIVEN, ROMANIZED_SURNAMES } from '../data/names-romanized';

const require = createRequire(import.meta.url);

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  ђ: 'dj',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};
// Ukrainian spells и and г differently ("Zelensky", "Yermak"; "Hryhoriy")
const UKRAINIAN: Record<string, string> = { ...CYRILLIC, и: 'y', г: 'h' };
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};
const GEORGIAN: Record<string, string> = {
  ა: 'a',
  ბ: 'b',
  გ: 'g',
  დ: 'd',
  ე: 'e',
  ვ: 'v',
  ზ: 'z',
  თ: 't',
  ი: 'i',
  კ: 'k',
  ლ: 'l',
  მ: 'm',
  ნ: 'n',
  ო: 'o',
  პ: 'p',
  ჟ: 'zh',
  რ: 'r',
  ს: 's',
  ტ: 't',
  უ: 'u',
  ფ: 'p',
  ქ: 'k',
  ღ: 'gh',
  ყ: 'q',
  შ: 'sh',
  ჩ: 'ch',
  ც: 'ts',
  ძ: 'dz',
  წ: 'ts',
  ჭ: 'ch',
  ხ: 'kh',
  ჯ: 'j',
  ჰ: 'h',
};

const TABLES: Record<string, Record<string, string>> = {
  ru: CYRILLIC,
  uk: UKRAINIAN,
  mk: CYRILLIC,
  el: GREEK,
  ka_GE: GEORGIAN,
};

/** Lower-case Latin spelling of a name in `locale`'s script, or null when it has letters the table lacks. */
export function transliterate(name: string, locale: string): string | null {
  const table = TABLES[locale];
  // accents go (Greek tonos), but not in Cyrillic, where "й" and "ё" are letters of their own
  const low = (
    TABLES[locale] === GREEK || !table ? name.normalize('NFD').replace(/\p{M}/gu, '') : name.normalize('NFC')
  ).toLowerCase();
  if (!table) return low;
  let out = '';
  // Greek digraphs: "ου" is "ou", "αυ"/"ευ" are "av"/"ev", "γγ" is "ng", an initial "μπ" is "b"
  const src =
    table === GREEK
      ? low.replace(/ου/g, 'ou').replace(/αυ/g, 'av').replace(/ευ/g, 'ev').replace(/γγ/g, 'ng').replace(/^μπ/, 'b')
      : low;
  for (const ch of src) {
    if (ch in table) out += table[ch];
    else if (/[a-z'’-]/.test(ch)) out += ch;
    else return null;
  }
  return out;
}

/** Spellings news uses for one transliterated name: Russian "-iy"/"-yy" endings also as "-y" ("Zelenskiy", "Zelensky"). */
function spellings(w: string, locale: string): string[] {
  if (locale === 'el' || !TABLES[locale]) return [w];
  const short = w.replace(/(?:iy|yy|ij)$/, 'y');
  return short === w ? [w] : [w, short];
}

const LATIN = /^[\p{Script=Latin}'’-]{2,}$/u;

/** Parts of multi-word names that are particles or English function words ("van der Berg", "So", "My"). */
const NOT_A_NAME = new Set(
  'a an as at be by de del della der des den di do du da el al la le las los go he if in is it me my no of oh on or so the to un up us van von we ye bin ben abu ibn'.split(
    ' ',
  ),
);

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

let cache: { first: string[]; last: string[] } | null = null;

/** Lower-case given names and surnames, each once, sorted. */
export function worldNames(): { first: string[]; last: string[] } {
  if (cache) return cache;
  const first = new Set<string>();
  const last = new Set<string>();
  const { allLocales } = require('@faker-js/faker') as {
    allLocales: Record<string, { person?: { first_name?: unknown; last_name?: unknown } }>;
  };
  const flat = (x: unknown): string[] =>
    !x ? [] : Array.isArray(x) ? (x as string[]) : Object.values(x as object).flatMap((v) => flat(v));
  const add = (into: Set<string>, raw: string, locale: string) => {
    for (const part of raw.split(/[\s-]+/)) {
      const w = TABLES[locale] ? transliterate(part, locale) : part.toLowerCase();
      if (w && LATIN.test(w) && !NOT_A_NAME.has(w)) for (const s of spellings(w, locale)) into.add(s);
    }
  };
  for (const [locale, def] of Object.entries(allLocales)) {
    for (const n of flat(def.person?.first_name)) add(first, n, locale);
    for (const n of flat(def.person?.last_name)) add(last, n, locale);
  }
  for (const w of words(ROMANIZED_SURNAMES)) last.add(w);
  for (const w of words(ROMANIZED_GIVEN)) first.add(w);
  return (cache = { first: [...first].sort(), last: [...last].sort() });
}
