// Step: initials, then a capitalized word ("T.J. Watt had two sacks", "A. Smith said"): in news a run of
// initials before a capitalized word opens a person's name, even when the word is also a common noun
// ("watt") that keeps the tagger from taking it. Runs that abbreviate a place or an organization ("U.S.
// Army", "D.C. Council") are listed in initial-abbreviations.json and left alone.
import { adjacent, Cap, type NameTok } from '../names-features';
import { DEMONYMS } from '../names-demonyms';
import { PLACES } from '../names-places';
import { EPONYMOUS, INITIAL_ABBREVS, ORG_AFTER, TITLES, WEEKDAYS } from '../wordlists';
import type { Mention, Step } from './doc';
import { bare, ownersOf, replaceMentions } from './context';

/** "T.J.", "W." (letters each followed by a period), not "St." or "Jr.". */
const INITIALS = /^(?:[a-z]\.)+$/;

const isInitials = (t: NameTok | undefined): t is NameTok =>
  !!t && t.cap === Cap.Initial && !t.allCaps && INITIALS.test(t.norm);

/** The capitalized word after the initials: no place, nationality, title, weekday or organization word. */
export function surnameWord(t: NameTok | undefined): boolean {
  if (!t || t.cap !== Cap.Title || t.allCaps || (t.shape !== 'Xx' && t.shape !== 'Xx-Xx' && t.shape !== "X'Xx"))
    return false;
  const w = t.norm;
  return (
    !PLACES.has(w) &&
    !DEMONYMS.has(w) &&
    !EPONYMOUS.has(w) &&
    !ORG_AFTER.has(w) &&
    !WEEKDAYS.has(w) &&
    !TITLES.has(bare(w))
  );
}

function addAfterInitials(text: string, toks: NameTok[], ms: Mention[]): Mention[] {
  let owner: Int32Array | null = null;
  let out: Mention[] | null = null;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!isInitials(toks[i])) continue;
    const a = i;
    // "T. J. Watt": one run of initials, each adjacent to the next
    while (isInitials(toks[i + 1]) && adjacent(text, toks[i], toks[i + 1])) i++;
    const run = text.slice(toks[a].start, toks[i].end).toLowerCase().replace(/\s+/g, '').replace(/\.$/, '');
    // "L.E.A.N. Ads" is an acronym; people go by at most three initials
    if (INITIAL_ABBREVS.has(run) || run.replace(/\./g, '').length > 3) continue;
    const prev = toks[a - 1];
    // a middle initial ("George W. Bush") is the tagger's and extendNames' to join
    if (prev && prev.cap !== Cap.None && !prev.glued && adjacent(text, prev, toks[a])) continue;
    const s = toks[i + 1];
    // "…, thought I. What had one best do?": the word opens the next sentence
    // ("M.Sc.": no space, one abbreviation)
    if (!s || s.sent0 || s.start === toks[i].end || !adjacent(text, toks[i], s) || s.nl || !surnameWord(s)) continue;
    const after = toks[i + 2];
    // "T.J. Watt Foundation", "A.J. Brown Jr." end somewhere the word-by-word view cannot tell: leave them
    if (after && after.cap !== Cap.None && adjacent(text, s, after)) continue;
    owner ??= ownersOf(toks, ms);
    if (owner[i + 1] >= 0) continue; // the tagger has the surname; extendNames joins the initials
    let taken = false;
    for (let k = a; k <= i; k++) if (owner[k] >= 0) taken = true;
    if (taken) continue;
    (out ??= []).push({ a, b: i + 1, listed: false });
  }
  return out ? replaceMentions(ms, new Set(), out) : ms;
}

export const addInitialNames: Step = (doc, ms) => addAfterInitials(doc.text, doc.toks, ms);
