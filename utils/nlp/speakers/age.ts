// "the 45-year-old said", "the teenager said": news describes someone it named by the age it gave them
// ("Santos, the 19-year-old Brazilian", "Ortega, 38,", "Tom Askew (31)", "the 52-year-old Grace Hall"). The
// people of the text given an age the description fits; the cue takes them as it takes "the mayor" of one mayor.
import type { Person } from '../types';

const AGE_IN = /\b(\d{1,3})-year-old\b/;
const TEEN = /\bteen(?:ager)?s?\b/i;
/** An age right after a mention: ", 38," / " (38)" / ", the 19-year-old …" / ", a 27-year-old …". */
const AFTER =
  /^(?:,\s*(\d{1,3})(?=[,.;:)]|\s+(?:and|who|of|from)\b)|\s*\((\d{1,3})\)|,\s*(?:the|an?)\s+(\d{1,3})-year-old\b)/;
/** An age just before a mention: "the 52-year-old Grace Hall", "19-year-old striker Kofi Mensah". */
const BEFORE = /\b(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** The ages a description gives ("the 24-year-old forward": 24 to 24; "the teenager": 13 to 19), or null. */
export function ageRange(phrase: string): [number, number] | null {
  const m = AGE_IN.exec(phrase);
  if (m) return [Number(m[1]), Number(m[1])];
  return TEEN.test(phrase) ? [13, 19] : null;
}

const ages = new WeakMap<Person[], Map<Person, number>>();

/** Each person's age as the text gives it beside one of their mentions (the first one given). */
function agesOf(text: string, people: Person[]): Map<Person, number> {
  let out = ages.get(people);
  if (out) return out;
  out = new Map();
  for (const p of people) {
    for (const m of p.mentions) {
      const a = AFTER.exec(text.slice(m.end, m.end + 30));
      const b = a ? null : BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
      const n = a ? Number(a[1] ?? a[2] ?? a[3]) : b ? Number(b[1]) : NaN;
      if (n > 0 && n < 120) {
        out.set(p, n);
        break;
      }
    }
  }
  for (const [p, n] of openingAges(text, people)) if (!out.has(p)) out.set(p, n);
  ages.set(people, out);
  return out;
}

/** "The 24-year-old Croatian hurt her wrist": an age opening a sentence (a description of someone named before). */
const OPENING = /(?:^|[.!?]["”’]?\s+)The\s+(\d{1,3})-year-old\b/g;

/**
 * `Lena Kovac, the world No. 3, has withdrawn … ¶ The 24-year-old Croatian hurt her wrist`: an age that opens a
 * sentence describes the person last named, when that name opened its own sentence and nobody else is named between.
 */
function openingAges(text: string, people: Person[]): [Person, number][] {
  const out: [Person, number][] = [];
  if (!/\bThe\s+\d{1,3}-year-old\b/.test(text)) return out;
  const mentions = people.flatMap((p) => p.mentions.map((m) => ({ p, start: m.start })));
  for (const m of text.matchAll(OPENING)) {
    const at = m.index! + m[0].length - m[1].length;
    let last: { p: Person; start: number } | null = null;
    for (const x of mentions) if (x.start < at && (!last || x.start > last.start)) last = x;
    if (last && /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, last.start - 4), last.start)))
      out.push([last.p, Number(m[1])]);
  }
  return out;
}

/** The people whose given age the description `phrase` fits (empty when it gives no age). */
export function peopleOfAge(text: string, people: Person[], phrase: string): Person[] {
  const range = ageRange(phrase);
  if (!range) return [];
  const out: Person[] = [];
  for (const [p, n] of agesOf(text, people)) if (n >= range[0] && n <= range[1]) out.push(p);
  return out;
}
