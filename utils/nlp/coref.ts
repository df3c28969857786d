// Who "he"/"she" is when a quotation is attributed to a pronoun. Salience rules rather than a model:
// gender agreement (titles Mr./Ms., then a first-name lexicon), then the last person quoted, then the subject
// (first mention) of the nearest earlier sentence that names a compatible person, then plain recency.
import type { Person, Span } from './types';
import { FEMALE_NAMES, MALE_NAMES } from './coref-genders';
import { EA_FAMILY, KIN_WORDS } from './wordlists';
import { words as unsureGenders } from './data/speaker-unsure-genders.json';

export type Gender = 'm' | 'f' | null;

/** Given names whose gender the lexicon gives but news often does not bear out (speaker-unsure-genders.json). */
const UNSURE_GENDERS: ReadonlySet<string> = new Set(unsureGenders);

let maleSet: Set<string> | null = null;
let femaleSet: Set<string> | null = null;

function lexicon(): [Set<string>, Set<string>] {
  if (!maleSet || !femaleSet) {
    maleSet = new Set(MALE_NAMES.split('|'));
    femaleSet = new Set(FEMALE_NAMES.split('|'));
  }
  return [maleSet, femaleSet];
}

// British judges put "Justice" between ("Mrs Justice Lambert", "Lord Justice Singh")
const MALE_TITLES = /\b(?:Mr|Sir|Lord|King|Prince|Duke|Father|Brother|Rev|Mister)\.?(?:\s+Justice)?\s*$/;
const FEMALE_TITLES =
  /\b(?:Mrs|Ms|Miss|Mme|Madam|Lady|Dame|Queen|Princess|Duchess|Sister|Mother)\.?(?:\s+Justice)?\s*$/;

const MALE_WORDS =
  /(?:^|\s)(?:mr\.?|sir|king|prince|father|son|brother|husband|uncle|nephew|grandfather|grandson|boyfriend|widower|stepfather|stepson|fiancé|man|boy|actor|congressman|spokesman|chairman|businessman|councilman)$/;
const FEMALE_WORDS =
  /(?:^|\s)(?:mrs\.?|ms\.?|miss|queen|princess|mother|daughter|sister|wife|aunt|niece|grandmother|granddaughter|girlfriend|widow|stepmother|stepdaughter|fiancée|fiancee|woman|girl|actress|congresswoman|spokeswoman|chairwoman|businesswoman|councilwoman)$/;

// A noun put beside a name with someone else's possessive says who the person is to that other one: 'Her husband,
// the guitarist Rui Paiva,' / 'Rui Paiva, her husband of 30 years,' / 'Rui Paiva, the husband of …'. Slices of
// ~80 characters around a mention, so linear in the text.
const POSSESSOR = String.raw`([Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|\p{Lu}[\p{L}-]*['’]s?)`;
const APPOSED_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}'’])${POSSESSOR}\s+(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}+)(?:\s*,\s*(?:(?:the|a|an)\s+)?(?!(?:and|or|but|nor|while|as|when|said|says|told|who|which|that|then|so)\s)(?:[\p{Ll}-]+\s+){0,3}|\s+)$`,
  'u',
);
const APPOSED_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:${POSSESSOR}\s+(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}+)(?=\s*(?:[,.;:)\u2014\u2013]|$|\s(?:of|who|since|for)\b))|the\s+(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}+)\s+of\s)`,
  'u',
);

/** The noun apposed to a mention with a possessor ('her husband') and that possessor's pronoun gender, if any. */
function apposedNoun(text: string, start: number, end: number): [string, Gender] | null {
  const b = APPOSED_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  const a = b ? null : APPOSED_AFTER.exec(text.slice(end, end + 80));
  const poss = (b?.[1] ?? a?.[1] ?? '').toLowerCase();
  const noun = b?.[2] ?? a?.[2] ?? a?.[3];
  if (!noun) return null;
  return [noun, poss === 'his' ? 'm' : poss === 'her' ? 'f' : null];
}

/** The gender the first-name lexicon gives a given name, null when it lists it under neither. */
export function nameGender(w: string): Gender {
  const [m, f] = lexicon();
  const l = w.toLowerCase();
  return m.has(l) ? 'm' : f.has(l) ? 'f' : null;
}

const TITLE_ALONE = /^(?:mr|mrs|ms|miss|sir)\.?$/;

/** A first name in the gender lexicon (either gender). */
export function isFirstName(w: string): boolean {
  const [m, f] = lexicon();
  const l = w.toLowerCase();
  return m.has(l) || f.has(l);
}

/** Where a person's gender came from: a title or a descriptor is the text's word, a first name only a likelihood. */
type GenderSource = 'text' | 'name' | null;

/** Gender of a person from a title before any mention, a gendered descriptor, or the first name. */
export function personGender(text: string, p: Person): Gender {
  return genderClue(text, p)[0];
}

function genderClue(text: string, p: Person): [Gender, GenderSource] {
  const first = p.name.split(/[\s.]+/)[0] ?? '';
  const f = first.toLowerCase();
  const byName = UNSURE_GENDERS.has(f) || EA_FAMILY.has(f) ? null : nameGender(first);
  const multi = /\s/.test(p.name);
  for (const m of p.mentions) {
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    const g: Gender = MALE_TITLES.test(before) ? 'm' : FEMALE_TITLES.test(before) ? 'f' : null;
    // "Mrs Price" after "Joan Price" and "Liam Price": a title before a surname two people share may be the
    // other one's, so it does not overrule the given name of the person the surname was put with
    if (g && !(byName && g !== byName && multi && !/\s/.test(text.slice(m.start, m.end)))) return [g, 'text'];
  }
  // a gendered noun apposed with a possessor ('Her husband, … Rui Paiva'): the text's word for this person
  for (const m of p.mentions.slice(0, 12)) {
    const n = apposedNoun(text, m.start, m.end)?.[0];
    const g: Gender = !n ? null : MALE_WORDS.test(n) ? 'm' : FEMALE_WORDS.test(n) ? 'f' : null;
    if (g) return [g, 'text'];
  }
  for (const d of p.descriptors) {
    // any word of the descriptor ("his 22-year-old son", "the actress"); a title alone is the case above
    const x = d.toLowerCase();
    const g: Gender = MALE_WORDS.test(x) ? 'm' : FEMALE_WORDS.test(x) ? 'f' : null;
    if (g && !(byName && g !== byName && multi && TITLE_ALONE.test(x))) return [g, 'text'];
  }
  return [byName, byName ? 'name' : null];
}

export interface PronounContext {
  /** The person quoted most recently before this pronoun (id), if any. */
  lastSpeaker: string | null;
  /** Offset where the last speaker's quotation ended (recency of that speaker). */
  lastSpeakerAt: number;
}

interface MentionRef {
  start: number;
  end: number;
  person: Person;
}

/** Prepared index of person mentions, sorted by position, plus genders. */
export class PersonIndex {
  readonly mentions: MentionRef[];
  readonly gender = new Map<string, Gender>();
  constructor(
    readonly text: string,
    readonly people: Person[],
    readonly sentences: Span[],
  ) {
    this.mentions = [];
    const byName = new Set<string>();
    for (const p of people) {
      const [g, from] = genderClue(text, p);
      this.gender.set(p.id, g);
      if (from === 'name') byName.add(p.id);
      for (const m of p.mentions) this.mentions.push({ start: m.start, end: m.end, person: p });
    }
    this.mentions.sort((a, b) => a.start - b.start);
    this.inferGenders(byName);
  }

  /**
   * People whose gender no title or first name gives: the pronouns that follow their mentions decide
   * ("Obama explained … his plan"), counting only sentences where they are the only person named. A gender
   * given only by the first name gives way when two pronouns or more say otherwise ("Devon Marsh, 27, said he
   * grew up…": a name given to both, listed as a woman's).
   */
  private inferGenders(byName: ReadonlySet<string>): void {
    const votes = new Map<string, number>();
    // per person, the sentences with a pronoun of each gender: a first name's gender gives way to none of its own
    const heard = new Map<string, [number, number]>();
    for (let k = 0; k < this.mentions.length; k++) {
      const m = this.mentions[k];
      if (this.gender.get(m.person.id) !== null && !byName.has(m.person.id)) continue;
      const si = this.sentenceOf(m.start);
      const sEnd = si < this.sentences.length ? this.sentences[si].end : this.text.length;
      const next = this.mentions[k + 1];
      if (next && next.start < sEnd && next.person !== m.person) continue;
      // the rest of the sentence, and a pronoun opening the next one ("Gonzalez runs the shelter. She says …")
      const next2 = si + 1 < this.sentences.length ? this.sentences[si + 1] : null;
      const opener =
        next2 && (!next || next.start >= next2.start)
          ? (/^\W*(he|she)\b/i.exec(this.text.slice(next2.start, next2.start + 12))?.[1] ?? '')
          : '';
      const tail = this.text.slice(m.end, Math.min(sEnd, m.end + 300)) + ' ' + opener;
      // 'Her partner, Alex Mora, joined her band': a kin noun's possessor is someone else, so are that gender's
      // pronouns in the sentence
      const kin = apposedNoun(this.text, m.start, m.end);
      const other = kin && KIN_WORDS.has(kin[0]) ? kin[1] : null;
      const male = other === 'm' ? 0 : (tail.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length;
      const female = other === 'f' ? 0 : (tail.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length;
      votes.set(m.person.id, (votes.get(m.person.id) ?? 0) + male - female);
      const h = heard.get(m.person.id) ?? [0, 0];
      if (male) h[0]++;
      if (female) h[1]++;
      heard.set(m.person.id, h);
    }
    for (const [id, v] of votes) {
      if (!byName.has(id)) {
        if (v !== 0) this.gender.set(id, v > 0 ? 'm' : 'f');
        continue;
      }
      const [m, f] = heard.get(id) ?? [0, 0];
      const listed = this.gender.get(id);
      if (listed === 'f' && v >= 2 && !f) this.gender.set(id, 'm');
      if (listed === 'm' && v <= -2 && !m) this.gender.set(id, 'f');
    }
  }

  /** Mentions overlapping [start, end). */
  within(start: number, end: number): MentionRef[] {
    const out: MentionRef[] = [];
    let lo = this.firstAtOrAfter(start - 200);
    for (; lo < this.mentions.length && this.mentions[lo].start < end; lo++) {
      const m = this.mentions[lo];
      if (m.end > start) out.push(m);
    }
    return out;
  }

  private firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private sentenceOf(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Resolve a he/she pronoun at `pos` to a person, or null. */
  resolve(pos: number, pronoun: string, ctx: PronounContext): Person | null {
    const p = pronoun.toLowerCase();
    const want: Gender = p === 'he' || p === 'him' || p === 'his' ? 'm' : p === 'she' || p === 'her' ? 'f' : null;
    if (!want) return null;
    const ok = (person: Person) => {
      const g = this.gender.get(person.id);
      return g === want || g === null;
    };
    const strict = (person: Person) => this.gender.get(person.id) === want;
    const here = this.sentenceOf(pos);
    // first compatible mention (the subject, usually) of sentence `si`, mentions before `limit` only
    const subjectIn = (si: number, limit: number, accept: (p: Person) => boolean): Person | null => {
      let k = this.firstAtOrAfter(si < this.sentences.length ? this.sentences[si].start : limit);
      // the first few mentions of the sentence are where its subject is; bounded for run-on text
      for (let seen = 0; k < this.mentions.length && this.mentions[k].start < limit && seen < 40; k++, seen++) {
        const m = this.mentions[k];
        if (this.sentenceOf(m.start) !== si) break;
        if (accept(m.person)) return m.person;
      }
      return null;
    };
    // Strict gender agreement first over all clues, then people of unknown gender (a stray one-word "name"
    // should not beat a named man two sentences up).
    const okMulti = (person: Person) => ok(person) && /\s/.test(person.name);
    for (const accept of [strict, okMulti, ok]) {
      // 1. the same sentence, then the sentence before: their subject
      for (const si of [here, here - 1]) {
        if (si < 0) continue;
        const p1 = subjectIn(si, si === here ? pos : Infinity, accept);
        if (p1) return p1;
      }
      // 2. the last person quoted, if recent
      if (ctx.lastSpeaker && pos - ctx.lastSpeakerAt < 1500) {
        const sp = this.people.find((x) => x.id === ctx.lastSpeaker);
        if (sp && accept(sp)) return sp;
      }
      // 3. the subject of the nearest earlier sentence that names someone
      const end = this.firstAtOrAfter(pos);
      for (let k = end - 1; k >= 0; k--) {
        const m = this.mentions[k];
        if (pos - m.end > 4000) break;
        if (!accept(m.person)) continue;
        const p3 = subjectIn(this.sentenceOf(m.start), Infinity, accept);
        if (p3) return p3;
      }
    }
    return null;
  }
}
