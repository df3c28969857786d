// Who a role phrase ("the mayor", "the Dutchman", "a spokesman") may stand for: people the text describes with
// the role, and whether it introduced someone with the role and no name.
import type { Person } from '../types';
import type { Doc } from './context';
import { ROLE_NOUNS } from './phrase';
import { wordsBefore } from './words';
import roleAbbreviations from '../data/speaker-role-abbreviations.json';

const ABBREVIATIONS: Readonly<Record<string, string>> = roleAbbreviations.abbreviations;
/** How far back a role may have been given (as far as a pronoun's referents are looked for). */
const REACH = 3000;

/** Was someone introduced as "a/an/one/another … `head`" shortly before `pos` (an unnamed person)? */
export function introducedUnnamed(text: string, head: string, pos: number): boolean {
  const seg = text.slice(Math.max(0, pos - REACH), pos).toLowerCase();
  const h = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (not an apposition to a name: "Bob Casey, a Democrat from Pennsylvania")
  return new RegExp(`(?<![,(]\\s*)\\b(?:a|an|one|another)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?${h}\\b`, 'u').test(seg);
}

/** People a role noun may stand for: the role in their descriptors, or written before one of their names. */
export function roleMatches(doc: Doc, head: string, before: number): Person[] {
  const { text, index } = doc;
  if (!ROLE_NOUNS.has(head)) return [];
  const out = new Set(
    index.people.filter((p) =>
      p.descriptors.some((d) =>
        d
          .toLowerCase()
          .split(/[\s.]+/)
          .some((w) => w === head || ABBREVIATIONS[w] === head),
      ),
    ),
  );
  // the role written before a name, within the text just before (bounded: the cost stays per quotation)
  for (const m of index.within(Math.max(0, before - REACH), before)) {
    if (m.end <= before && wordsBefore(text, m.start, 3).includes(head)) out.add(m.person);
  }
  return [...out];
}
