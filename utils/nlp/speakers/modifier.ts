// A name that only modifies a role another name holds: "Chelsea head coach Enzo Maresca", "Villa captain John
// McGinn", "Tesla's chief executive Elon Musk". The club or company before the role is no speaker and no subject
// (the people finder may list it as a person); the name after the role is who speaks and the sentence's subject.
import { ROLE_NOUNS } from './phrase';

interface Span {
  start: number;
  end: number;
}

// esbuild (tsx, vitest) rebuilds a regex literal with \p{..} outside brackets on every call: module constants
const LOWER_RUN = /^(?:['’]s)?\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})$/u;
const THE_ROLE = /^\s*(?:The|the)\s+([\p{L}-]+)\s+\p{Ll}/u;

/** Between two names only lower-case words ending in a role noun ("head coach", "'s chief executive"). */
export function roleBetween(text: string, from: number, to: number): boolean {
  const m = LOWER_RUN.exec(text.slice(from, to));
  if (!m) return false;
  return ROLE_NOUNS.has(m[1].trim().split(/\s+/).at(-1)!);
}

/** The mention modifies the role of the next one. */
export function modifiesNext(text: string, m: Span, next: Span | undefined): boolean {
  return !!next && next.start >= m.end && roleBetween(text, m.end, next.start);
}

// "The housing secretary, Angela Rayner, insisted", "Spotify's chief executive, Daniel Ek, has": a role before the
// name, set off by a comma (a determiner or an owner's name, then lower-case words ending in a role noun)
const ROLE_LEAD =
  /^(?:(?:The|the|Its|His|Her|Their)\s+|[\p{Lu}][\p{L}.-]*['’]s\s+)((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*),$/u;

// "Opposition critic Wayne Gates said", "NDP education critic Chandra Pasma": capitalized words, then lower-case
// words ending in a role noun, right before the name
const CAPS_ROLE = /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)$/u;

/** Only a title or a determiner before `pos` in its sentence ("The", "Senator", "Mr."), or a role and a comma. */
const bareLead = (text: string, start: number, pos: number) => {
  const lead = text.slice(start, pos).trim();
  if (lead === '' || /^(?:[\p{Lu}][\p{L}.]*\s*){0,3}$/u.test(lead)) return true;
  const role = ROLE_LEAD.exec(lead) ?? CAPS_ROLE.exec(lead);
  return !!role && ROLE_NOUNS.has(role[1].split(/\s+/).at(-1)!);
};

/**
 * A mention at `pos` is its sentence's subject when no other word but a title or a determiner comes before it, or
 * a name modifying its role does ("Villa captain John McGinn"); not when it modifies the next name's role.
 */
export function subjectAt(text: string, mentions: readonly Span[], start: number, pos: number): boolean {
  const k = mentions.findIndex((m) => m.start === pos);
  if (k >= 0 && modifiesNext(text, mentions[k], mentions[k + 1])) return false;
  if (bareLead(text, start, pos)) return true;
  return mentions.some(
    (p) => p.start >= start && p.end < pos && bareLead(text, start, p.start) && roleBetween(text, p.end, pos),
  );
}

/**
 * The people named in a sentence that opens with a definite role description ("The Italian was full of praise for
 * Palmer."): the description is its subject, so a pronoun after it does not stand for them.
 */
export function describedObjects<M extends Span>(
  text: string,
  mentions: readonly M[],
  start: number,
  end: number,
): M[] {
  const d = THE_ROLE.exec(text.slice(start, end));
  if (!d || !ROLE_NOUNS.has(d[1].toLowerCase())) return [];
  return mentions.filter((m) => m.start >= start + d[0].length && m.end <= end);
}
