// Names in a byline: "By Ana Ruiz and Tom Li, Staff Writers" → ["Ana Ruiz", "Tom Li"].
// A first, simple person guess for the popup until the analysis finds people in the text.

const LEAD = /^\s*(by|von|par|por|di|door)\s+/i;
// Words that make a byline part a role, a desk or an organisation rather than a person.
const ROLE =
  /\b(staff|writer|writers|reporter|reporters|correspondent|editor|editors|contributor|news|desk|wire|bureau|photographer|updated|published|press|agency|associated|reuters|afp|media|service|times|post|journal|team)\b/i;
const PARTICLES = 'de|da|van|von|der|del|la|le|bin|al|ibn|dos|di';
// A name word: a capital, then letters, apostrophes, dots or hyphens; or a particle. For words of
// ASCII characters (and ’), as in most bylines, \p{Lu} is [A-Z] and \p{L} is [A-Za-z]: those are
// tested without the Unicode tables, which cost the page's thread a compile (this runs there when
// the article is ready). The Unicode forms are built only for a word that needs them.
const ASCII_WORD = /^[\x00-\x7f’]*$/;
const ASCII_NAME_WORD = new RegExp(`^(?:[A-Z][A-Za-z'’.-]*|${PARTICLES})$`);
let unicodeNameWord: RegExp | null = null;

function nameWord(word: string): boolean {
  if (ASCII_WORD.test(word)) return ASCII_NAME_WORD.test(word);
  unicodeNameWord ??= new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*|${PARTICLES})$`, 'u');
  return unicodeNameWord.test(word);
}

/** The first character is an upper-case letter (\p{Lu}). */
function capitalized(word: string): boolean {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0x20);
  return ASCII_WORD.test(first) ? first >= 'A' && first <= 'Z' : /^\p{Lu}$/u.test(first);
}

export function bylineNames(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const names: string[] = [];
  const parts = byline
    .replace(LEAD, '')
    .split(/\s*(?:,|;|\||\band\b|&|\bund\b|\bet\b|\by\b)\s*/i)
    .map((part) => part.replace(LEAD, '').trim());
  for (const part of parts) {
    if (!part || ROLE.test(part) || /\d|@/.test(part)) continue;
    const words = part.split(/\s+/);
    if (words.length < 2 || words.length > 5) continue;
    if (!capitalized(words[0]) || !words.every(nameWord)) continue;
    if (!names.includes(part)) names.push(part);
  }
  return names;
}
