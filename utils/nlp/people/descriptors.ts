// Descriptors of a mention: titles before it, a party tag, an apposition before or after it.
import { adjacent, Cap, type NameTok } from '../names-features';
import { ROLE_WORDS, TITLES } from '../wordlists';
import type { Mention } from './doc';
import { bare, NOT_ROLE } from './context';

const PARTY_TAG = /^\s*\(([DRI]-[A-Z][A-Za-z.]{0,6}(?: [A-Z][A-Za-z.]{0,6})?)\)/;
const PARTY_TAG_COMMA = /^,\s*([DRI]-[A-Z][A-Za-z.]{0,6}(?: ?[A-Z][A-Za-z.]{0,6})?),/;
const APPOS_AFTER =
  /^,\s+(?:a|an|the|\p{Lu}[\p{L}.]*['’]s)\s+((?:[\p{L}\d'’-]+\s+){0,6}?[\p{L}'’-]+)(?=\s*[,.;:)]|\s+(?:who|which|said|says|told|and)\b)/u;
const APPOS_BEFORE = /(?:^|[\s(])(?:the|a|an|[\p{L}.]+['’]s)\s+((?:[a-z][\p{Ll}-]*\s+){0,4}[a-z][\p{Ll}-]*),\s*$/u;

/** An apposition describes a person when its head noun is a role ("Texas congressman", "chief executive"). */
function isRole(phrase: string): boolean {
  const ws = phrase.toLowerCase().split(/\s+/);
  const head = ws[ws.length - 1];
  return (
    ws.some((w) => ROLE_WORDS.has(w)) ||
    (/(?:er|or|ist|ian|man|woman|person)$/.test(head) && !/(?:ter|ber|der)$/.test(head))
  );
}

export function descriptorsOf(text: string, toks: NameTok[], m: Mention): string[] {
  const out: string[] = [];
  // titles right before the name: "Sen.", "President", "Vice President", "Prime Minister"
  let a = m.a;
  while (
    a > 0 &&
    toks[a - 1].cap !== Cap.None &&
    TITLES.has(bare(toks[a - 1].norm)) &&
    adjacent(text, toks[a - 1], toks[a])
  )
    a--;
  if (a < m.a) out.push(text.slice(toks[a].start, toks[m.a - 1].end));
  const after = text.slice(toks[m.b].end, toks[m.b].end + 120);
  const party = PARTY_TAG.exec(after) ?? PARTY_TAG_COMMA.exec(after);
  if (party) out.push(party[1]);
  const ap = APPOS_AFTER.exec(after);
  if (ap && /\p{Ll}/u.test(ap[1]) && !/^\d/.test(ap[1]) && isRole(ap[1])) out.push(ap[1]);
  const before = text.slice(Math.max(0, toks[a].start - 80), toks[a].start);
  // the pattern ends in a comma and spaces: test that first (trimEnd drops exactly what \s matches)
  const bp = before.trimEnd().endsWith(',') ? APPOS_BEFORE.exec(before) : null;
  if (bp && !NOT_ROLE.test(bp[1]) && isRole(bp[1])) out.push(bp[1]);
  return out;
}
