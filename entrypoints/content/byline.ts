// Names in a byline: "By Ana Ruiz and Tom Li, Staff Writers" → ["Ana Ruiz", "Tom Li"].
// A first, simple person guess for the popup until the analysis finds people in the text.

const LEAD = /^\s*(by|von|par|por|di|door)\s+/i;
// Words that make a byline part a role, a desk or an organisation rather than a person.
const ROLE =
  /\b(staff|writer|writers|reporter|reporters|correspondent|editor|editors|contributor|news|desk|wire|bureau|photographer|updated|published|press|agency|associated|reuters|afp|media|service|times|post|journal|team)\b/i;
const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|del|la|le|bin|al|ibn|dos|di)$/u;

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
    if (!/^\p{Lu}/u.test(words[0]) || !words.every((w) => NAME_WORD.test(w))) continue;
    if (!names.includes(part)) names.push(part);
  }
  return names;
}
