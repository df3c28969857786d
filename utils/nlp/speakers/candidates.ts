// The speakers a quotation may have, each with the evidence for it: the mentions and phrases of its
// attributing cues (and of the next quotation's, when the two are one speech), the referents a pronoun
// may have, the people named nearby, the previous quotation's speaker, and "nobody". One candidate per
// distinct speaker (a person, or a phrase); evidence from several routes is merged on it. The ranker
// (rank.ts) scores them with the features of features.ts.
import type { Person, Speaker } from '../types';
import { isFirstName, type Gender } from '../coref';
import { fuzzySurname } from '../coref-fuzzy';
import { classifyPhrase, isUnnamedHead, type PhraseClass } from './phrase';
import type { Cue, Doc, Site } from './context';
import { CUES } from './word-classes';
import { titledName } from './titled';
import { describedObjects, modifiesNext, subjectAt } from './modifier';
import { describedBefore, institutionsBefore, missedNameBefore } from './it-antecedent';
import { wordsAfter, wordsBefore } from './words';
import { chainHead } from './chain';
import { peopleOfAge } from './age';
import { introducedUnnamed, roleMatches } from './roles';
import { otherCueKind, otherPhraseKind } from './other-language';
import cueKinds from '../data/speaker-cue-kinds.json';

/** Cue verbs only a person does (speaker-cue-kinds.json `personal`). */
const PERSONAL_CUES: ReadonlySet<string> = new Set(cueKinds.personal);

import type { Candidate, Evidence, Previous, Route } from './evidence';
export type { Candidate, Evidence, Previous, Route } from './evidence';

const AGED = /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}),\s*\d{1,3}$/u;
const AGE_AFTER = /^,\s*\d{1,3}(?=[,.;)]|\s*$)/;
const WINDOW_BEFORE = 1500;
const WINDOW_AFTER = 300;
const PRONOUN_REACH = 3000;
const MAX_REFERENTS = 4;
const personSpeaker = (p: Person, start: number, end: number): Speaker => ({
  kind: 'person',
  personId: p.id,
  name: p.name,
  start,
  end,
});

const pronounGender = (p: string): Gender => (p === 'he' ? 'm' : p === 'she' ? 'f' : null);

const VERBISH = /^(?:[a-z]+ed|is|are|was|were|has|have|had|had|will|would|can|could|took|put|made|did|does|do|been)$/;

const ORG_AFTER =
  /^(?:['’]s?\s+)?(?:[\p{L}-]+\s+)?(?:campaign|committee|company|foundation|office|administration|government|family|firm|team|party|institute|spokes\w+|lawyers?|attorneys?|aides?)\b/iu;

/** Phrase classes headed by a noun, not a name: a name in their complement ("for council member Roe") is no speaker. */
const INSIDE_HEADS: ReadonlySet<PhraseClass> = new Set(['unnamed', 'org', 'document']);
// a lower-case word other than a list's 'and'/'or' (module constant: esbuild rebuilds \p{..} literals per call)
const DESCRIPTION = /\s(?!(?:and|or|nor)\s)\p{Ll}{2,}/u;
const COMPLEMENT = /\b(?:for|of|to|at|with)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

export class CandidateSet {
  private byKey = new Map<string, Candidate>();
  constructor(
    private doc: Doc,
    private site: Site,
  ) {}

  add(key: string, speaker: Speaker | null, e: Evidence): void {
    const c = this.byKey.get(key);
    if (c) c.evidence.push(e);
    else this.byKey.set(key, { key, speaker, evidence: [e] });
  }

  list(): Candidate[] {
    return [...this.byKey.values()];
  }

  /** The candidates of one attributing cue: its person mentions, its phrase, a pronoun's referents. */
  fromCue(cue: Cue, route: Route, lastSpeaker: string | null): void {
    const { text, index } = this.doc;
    const info = classifyPhrase(text, cue.start, cue.end);
    const mentions = index.within(cue.start, cue.end);
    const owners = mentions.map((m) => ORG_AFTER.test(text.slice(m.end, cue.end + 1).replace(/^\s+/, '')));
    // "Harris's spokeswoman, Kirsten Allen": the one named in the phrase speaks, not whose spokeswoman she is
    const someoneElse = owners.some((o) => !o);
    // "Ferri, speaking after his win over Carlos Ruiz, said": the phrase opens with a name and a comma; a name in the
    // description after it is not the subject (a list of names, "Roe, Lee and Tan", has no other lower-case word)
    const lead = mentions[0];
    const leadComma = !!lead && /^\s*$/.test(text.slice(cue.start, lead.start)) && text[lead.end] === ',';
    mentions.forEach((m, i) => {
      const orgAfter = owners[i];
      if ((orgAfter && someoneElse) || modifiesNext(text, m, mentions[i + 1])) return;
      // "a spokesman for Smith", "Sanders's campaign committee": the phrase speaks, not the person in it
      const complement = INSIDE_HEADS.has(info.cls) && COMPLEMENT.test(text.slice(cue.start, m.start));
      if (INSIDE_HEADS.has(info.cls) && (orgAfter || complement)) return;
      // a name inside marks within the phrase is words shown or quoted (`displays the text "Steve Jobs 1955-2011"`)
      if ((text.slice(cue.start, m.start).match(/["“”]/g) ?? []).length % 2 === 1) return;
      // "President Bush, speaking alongside Paulson": a name in the apposition after the subject's name
      if (info.shape.apposition && info.nameRun && m.start >= info.nameRun.end) return;
      if (leadComma && i > 0 && DESCRIPTION.test(text.slice(lead.end, m.start))) return;
      // a one-word "person" that misspells someone named in full is that someone
      const who = (/\s/.test(m.person.name) ? null : fuzzySurname(m.person.name, index.people, m.person)) ?? m.person;
      this.add(`p:${who.id}`, personSpeaker(who, m.start, m.end), {
        type: 'cueMention',
        route,
        cue,
        last: i === mentions.length - 1,
        phrase: info.cls,
        orgAfter,
      });
    });
    if (info.cls === 'pronoun') {
      this.referents(cue, route, info.head, lastSpeaker);
      if (/^(?:it|they|he|she)$/.test(info.head)) this.institutions(cue, route, info.head);
      return;
    }
    const named = cue.inverted && !mentions.length && this.tail(cue, route, info.cls);
    if (mentions.length && info.cls !== 'document' && info.cls !== 'org' && info.cls !== 'unnamed') return;
    const phrase = text.slice(cue.start, cue.end);
    const words = phrase.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    const shape = { length: words.length, verbish: words.slice(1).some((w) => VERBISH.test(w)) };
    if (info.cls === 'name' || info.cls === 'capitalized') {
      // a name the people finder did not list; a surname of someone it did is that someone
      let run = info.nameRun ?? { start: cue.start, end: cue.end };
      // "Lane, 54, told the Guardian", "said Lane, 54.": an age after the name (not part of it) makes it a person
      const ageIn = AGED.exec(text.slice(run.start, run.end));
      if (ageIn) run = { start: run.start, end: run.start + ageIn[1].length };
      const aged = !!ageIn || AGE_AFTER.test(text.slice(run.end, run.end + 8));
      const name = text.slice(run.start, run.end);
      const last = name.split(/\s+/).at(-1)!;
      const words = name.split(/\s+/);
      // the surname of someone named in full, or the first name(s) of someone named in full ("says Te Kaurinui")
      const same = index.people.filter((p) => {
        const pw = p.name.split(/\s+/);
        return pw.at(-1) === last || (pw.length > words.length && words.every((w, k) => pw[k] === w));
      });
      // the given names of someone the people finder took without them ("Te Kaurinui" of "Te Kaurinui Robert
      // Parata", listed as Robert Parata)
      if (!same.length) {
        const lead = this.nameBefore(name);
        if (lead) same.push(lead);
      }
      for (const p of same) {
        this.add(`p:${p.id}`, personSpeaker(p, run.start, run.end), {
          type: 'surnameMatch',
          route,
          cue,
          n: same.length,
          fuzzy: false,
        });
      }
      // a misspelt surname of someone named in full ("Bauchtman" for Buchtmann)
      const fuzzy = same.length ? null : fuzzySurname(last, index.people);
      if (fuzzy) {
        this.add(`p:${fuzzy.id}`, personSpeaker(fuzzy, run.start, run.end), {
          type: 'surnameMatch',
          route,
          cue,
          n: 1,
          fuzzy: true,
        });
      }
      if (!same.length && !fuzzy) {
        // a person the people finder missed, or an institution ("Reuters", "GM"): both compete
        const e = {
          type: 'cuePhrase',
          route,
          cue,
          cls: info.cls,
          indefinite: info.indefinite,
          definite: info.definite,
          ...shape,
          shape: info.shape,
          firstName: isFirstName(name.split(/\s+/)[0]),
        } as const;
        this.add(
          `n:${name.toLowerCase()}`,
          { kind: 'person', personId: null, name, start: run.start, end: run.end },
          { ...e, as: 'person' },
        );
        // a run of two or more words opening with a known first name, no institution's word: a person only
        // (the name's own words decide after a role noun: "CNN meteorologist Chad Myers")
        const personal =
          (e.firstName && !!info.nameRun && !info.shape.orgWord && !info.shape.allCaps) ||
          titledName(text, cue.start, cue.end, run, info);
        // one word before or after a verb only a person does ("Roe swore", "laughed Okafor"): a person only
        const bodily = info.shape.oneWord && !info.shape.allCaps && PERSONAL_CUES.has((cue.cue ?? '').toLowerCase());
        // one word after another language's speech verb ('falou Tite', 'zdůrazňuje Rice'): a surname, as news there
        // names people (the people finder reads English names and misses declined ones)
        // (not after a Chinese verb: 'Nasa表示' names the agency)
        const surname =
          info.shape.oneWord &&
          !info.shape.allCaps &&
          otherCueKind(cue.cue) === 'said' &&
          !/\p{Script=Han}/u.test(cue.cue ?? '');
        // "Sian Lewis, who runs a café": a relative 'who' after the name is said of a person (a company takes 'which')
        const who = /^,\s*who\b/.test(text.slice(run.end, run.end + 8));
        if (personal || bodily || surname || aged || who) return;
        this.add(
          `x:${phrase.toLowerCase()}`,
          { kind: 'organization', personId: null, name: phrase, start: cue.start, end: cue.end },
          { ...e, as: 'org' },
        );
      }
      return;
    }
    if (info.cls === 'role') {
      // "the 19-year-old said", "the teenager said": the one person the text gave that age (age.ts)
      const aged = peopleOfAge(text, index.people, text.slice(cue.start, cue.end));
      const matches = aged.length ? aged : roleMatches(this.doc, info.head, cue.start);
      for (const p of matches) {
        this.add(`p:${p.id}`, personSpeaker(p, cue.start, cue.end), {
          type: 'roleMatch',
          route,
          cue,
          n: matches.length,
        });
      }
      // "the mayor said" with one mayor in the text: that person, resolved to their entry
      if (matches.length === 1) return;
      // "the 54-year-old said", "the councillor said" of someone not described so: a person named before, as
      // a pronoun would be (the phrase competes as an unnamed speaker)
      // (not when the clause names them: `said the strategist for Invesco, Fritz Meyer`)
      // "A nurse described the day … the nurse said": the one the text introduced without a name
      // "her father said": someone of the one the possessive names, not that one (an unnamed speaker)
      const owned = /^(?:his|her|their|its|my|our)\s/i.test(text.slice(cue.start, cue.end).trim());
      if (!matches.length && !named && !owned && !introducedUnnamed(this.doc.text, info.head, cue.start)) {
        const before = this.byKey.size;
        this.referents(cue, route, 'the', lastSpeaker);
        // "the England striker said", "the 36-year-old said": a bare description of someone named before (news
        // varies how it names one person), not an unnamed speaker, when a person may be meant; "the official
        // said" may be an unnamed source and competes as one
        const bare = text.slice(cue.start, cue.end).trim().toLowerCase().endsWith(info.head);
        const epithet = info.definite && bare && !isUnnamedHead(info.head) && !/[^su]s$/.test(info.head);
        if (epithet && this.byKey.size > before) return;
      }
    }
    // "took suspected diet pills bought online", "we knew what we were doing": a clause, nobody's name
    if (info.cls === 'lower' && shape.verbish) return;
    // another language's phrase (other-language.ts): 'le ministère', 'la policía' an institution, '卢宇' a person
    const kind =
      info.cls === 'document' || info.cls === 'org'
        ? 'organization'
        : ((otherCueKind(cue.cue) && otherPhraseKind(phrase)) ?? 'unnamed');
    this.add(
      `x:${phrase.toLowerCase()}`,
      { kind, personId: null, name: phrase, start: cue.start, end: cue.end },
      { type: 'cuePhrase', route, cue, cls: info.cls, indefinite: info.indefinite, ...shape },
    );
  }

  /** The person one of whose mentions comes right after `name` written in full, or null. */
  private nameBefore(name: string): Person | null {
    const { text, index } = this.doc;
    for (const p of index.people) {
      for (const m of p.mentions) {
        const at = m.start - name.length - 1;
        if (
          at >= 0 &&
          text.startsWith(name, at) &&
          /\s/.test(text[m.start - 1]) &&
          !/[\p{L}]/u.test(text[at - 1] ?? '')
        )
          return p;
      }
    }
    return null;
  }

  /** A person named in the rest of an inverted attribution clause, a few words after its phrase (true if found). */
  private tail(cue: Cue, route: Route, phrase: PhraseClass): boolean {
    const { text, index } = this.doc;
    const end = Math.min(cue.clauseEnd, cue.end + 80);
    const m = index.within(cue.end, end)[0];
    if (!m || (text.slice(cue.end, m.start).match(/[\p{L}\p{N}]+/gu) ?? []).length > 6) return false;
    this.add(`p:${m.person.id}`, personSpeaker(m.person, m.start, m.end), {
      type: 'cueMention',
      route,
      cue,
      last: true,
      phrase,
      orgAfter: false,
      tail: true,
    });
    return true;
  }

  /**
   * The institutions "it" or "they" may stand for: names with an institution's word ("the Food Standards
   * Agency"), phrases headed by one ("the ministry") and, for "they", groups of people ("the researchers"), in
   * the sentence of the cue and the one before, nearest first.
   */
  private institutions(cue: Cue, route: Route, pronoun: string): void {
    const { text } = this.doc;
    // "he"/"she": someone the sentence before describes without a name (it-antecedent.ts describedBefore)
    const person = pronoun === 'he' || pronoun === 'she';
    const found = person
      ? describedBefore(this.doc, this.site.sentStart)
      : institutionsBefore(this.doc, cue.start, pronoun);
    // a name the people finder missed, subject of the sentence before ('Ana Lucero, a nurse, said …. "…," she said')
    for (const f of person ? missedNameBefore(this.doc, this.site.sentStart) : []) {
      const name = text.slice(f.start, f.end);
      this.add(
        `n:${name.toLowerCase()}`,
        { kind: 'person', personId: null, name, start: f.start, end: f.end },
        { type: 'institution', route, cue, pronoun, rank: 1, name: true },
      );
    }
    found.forEach((f, i) => {
      const phrase = text.slice(f.start, f.end);
      const kind = person || classifyPhrase(text, f.start, f.end).cls === 'unnamed' ? 'unnamed' : 'organization';
      this.add(
        `x:${phrase.toLowerCase()}`,
        { kind, personId: null, name: phrase, start: f.start, end: f.end },
        { type: 'institution', route, cue, pronoun, rank: i + 1 },
      );
    });
  }

  /** The people a pronoun subject may refer to: the last few named before it, and the last speaker. */
  private referents(cue: Cue, route: Route, pronoun: string, lastSpeaker: string | null): void {
    const { index } = this.doc;
    const pos = cue.start;
    const seen: Person[] = [];
    const lastMention = new Map<string, { start: number; end: number }>();
    // a person named inside the quotation itself ('"Daniel hits the ball so hard," said the Italian') is who the
    // words are about: the pronoun after them stands for someone named before them
    const { open, close } = this.site;
    const near = index.within(Math.max(0, pos - PRONOUN_REACH), pos).filter((m) => m.start < open || m.end > close);
    for (let k = near.length - 1; k >= 0 && seen.length < MAX_REFERENTS; k--) {
      const m = near[k];
      if (m.end > pos) continue;
      if (!lastMention.has(m.person.id)) {
        lastMention.set(m.person.id, m);
        seen.push(m.person);
      }
    }
    // "He described Montalvo as …": a person named in the pronoun's own clause is not who it stands for
    const bound = new Set(index.within(cue.end, Math.min(cue.clauseEnd, cue.end + 300)).map((m) => m.person.id));
    const prevStart = this.doc.prevSentStart(this.doc.sentStart(pos));
    // "The Italian was full of praise for Palmer. '…,' he said": not the one named after a description's verb
    for (const m of describedObjects(this.doc.text, near, prevStart, this.doc.sentStart(pos))) bound.add(m.person.id);
    // "Reece, he says, was more excited than he was": the one named just before a pronoun's parenthetical cue is who
    // the words are about, not who says them
    const aside = /^\s+\p{L}+\s*,/u.test(this.doc.text.slice(cue.end, cue.end + 24));
    const before = near.at(-1);
    if (aside && before && /^\s*,\s*$/.test(this.doc.text.slice(before.end, pos))) bound.add(before.person.id);
    const want = pronounGender(pronoun);
    const here = this.doc.sent(pos);
    const prevSentNamed = near.some((m) => m.start >= prevStart && m.end <= this.doc.sentStart(pos));
    const paraStart = this.doc.paraStart(pos);
    const topic = near.find((m) => m.start >= paraStart && m.end <= pos)?.person.id ?? null;
    const head = chainHead(this.doc, Math.min(this.doc.sentStart(pos), this.site.sentStart), pronoun);
    const add = (p: Person, rank: number) => {
      const m = lastMention.get(p.id);
      const g = index.gender.get(p.id) ?? null;
      // "she" is never a man the text has shown to be one (nor "he" a woman)
      if ((want !== null && g !== null && g !== want) || bound.has(p.id)) return;
      this.add(`p:${p.id}`, personSpeaker(p, cue.start, cue.end), {
        type: 'pronoun',
        route,
        cue,
        pronoun,
        gender: want === null || g === null ? 'unknown' : g === want ? 'match' : 'mismatch',
        rank,
        subject: !!m && this.isSubject(m.start),
        paraDist: m ? this.doc.para(pos) - this.doc.para(m.start) : 9,
        sentDist: m ? here - this.doc.sent(m.start) : 9,
        prevSentNamed,
        lastSpeaker: p.id === lastSpeaker,
        paraTopic: p.id === topic,
        chain: head === null ? undefined : p.id === head ? 'head' : 'other',
        named: seen.length,
      });
    };
    seen.forEach((p, i) => add(p, i + 1));
    if (lastSpeaker && !lastMention.has(lastSpeaker)) {
      const p = index.people.find((x) => x.id === lastSpeaker);
      if (p) add(p, MAX_REFERENTS + 1);
    }
  }

  /** A mention is its sentence's subject: only a title, a determiner or a name modifying its role before it. */
  private isSubject(pos: number): boolean {
    const start = this.doc.sentStart(pos);
    return subjectAt(this.doc.text, this.doc.index.within(start, pos + 200), start, pos);
  }

  /** People named near the quotation, nearest first on each side. */
  window(): void {
    const { doc, site } = this;
    const { text, index } = doc;
    const lo = Math.max(doc.paraStart(Math.max(0, doc.paraStart(site.open) - 2)), site.open - WINDOW_BEFORE);
    const hi = Math.min(doc.paraEnd(site.close), site.close + WINDOW_AFTER);
    const sentOpen = doc.sent(site.open);
    const sentClose = doc.sent(site.close);
    for (const dir of ['before', 'after'] as const) {
      const ms = dir === 'before' ? index.within(lo, site.open).reverse() : index.within(site.close + 1, hi);
      const ranked = new Set<string>();
      for (const m of ms) {
        if (dir === 'before' ? m.end > site.open : m.start <= site.close) continue;
        if (ranked.has(m.person.id)) continue;
        ranked.add(m.person.id);
        const s = doc.sent(m.start);
        const pd = site.para - doc.para(m.start);
        const where =
          (dir === 'before' && s === sentOpen) || (dir === 'after' && s === sentClose)
            ? 'sentence'
            : Math.abs(s - (dir === 'before' ? sentOpen : sentClose)) === 1 && pd === 0
              ? 'nextSentence'
              : pd === 0 || doc.para(m.start) === doc.para(site.close)
                ? 'paragraph'
                : pd === 1 || pd === 2
                  ? 'prevParagraph'
                  : 'far';
        this.add(`p:${m.person.id}`, personSpeaker(m.person, m.start, m.end), {
          type: 'window',
          dir,
          where,
          rank: ranked.size,
          subject: this.isSubject(m.start),
          cueNext: wordsAfter(text, m.end, 2).some((w) => CUES.has(w)),
          cuePrev: wordsBefore(text, m.start, 1).some((w) => CUES.has(w)),
        });
        if (ranked.size >= 4) break;
      }
    }
  }

  /** The previous quotation's speaker, with how this quotation follows it. */
  continuation(prev: Previous): void {
    const { doc, site } = this;
    const gap = doc.text.slice(Math.max(prev.attrEnd, prev.site.close + 1), site.open);
    this.add(
      prev.key,
      { ...prev.speaker },
      {
        type: 'continuation',
        onlyAttribution: /^[\s.,;:!?—–-]*$/.test(gap),
        sameSentence: prev.site.close >= site.sentStart,
        paraDist: site.para - prev.site.para,
        ownCue: site.cues.length > 0,
        ownPhrase: site.cues.length ? classifyPhrase(doc.text, site.cues[0].start, site.cues[0].end).cls : 'none',
        opensPara: site.opensPara,
        prevEndsPara: prev.site.endsPara,
      },
    );
  }

  none(): void {
    this.add('none', null, { type: 'none', cues: this.site.cues });
  }
}

/** All candidates of a quotation. `next`: the following quotation when nothing but marks separates them. */
export function candidatesOf(
  doc: Doc,
  site: Site,
  prev: Previous | null,
  next: Site | null,
  lastSpeaker: string | null,
): Candidate[] {
  const set = new CandidateSet(doc, site);
  set.none();
  for (const cue of site.cues) set.fromCue(cue, 'own', lastSpeaker);
  if (site.prevSubject) set.fromCue(site.prevSubject, 'own', lastSpeaker);
  if (next) for (const cue of next.cues) if (cue.side === 'after') set.fromCue(cue, 'next', lastSpeaker);
  set.window();
  // `his lawyers maintain that the SEC's allegations "are misdirected"`: words quoted inside a sentence of the
  // writer's, with no attribution of their own, do not go on a speech of an earlier paragraph
  const inside = !site.cues.length && !/^\s*$/.test(doc.text.slice(site.sentStart, site.open));
  if (prev && !(inside && prev.site.para !== site.para)) set.continuation(prev);
  // `"…," she said` where no woman is named: a man named nearby is not who "she" stands for (nor a woman "he");
  // likewise `She shrugged. "…"` with no cue of its own (the pronoun subject of the sentence before)
  const own0 = site.cues.find((c) => c.attached && c.side === 'after') ?? (site.cues.length ? null : site.prevSubject);
  const said = own0 ? doc.text.slice(own0.start, own0.end).trim().toLowerCase() : '';
  const want = said === 'he' ? 'm' : said === 'she' ? 'f' : null;
  const all = set
    .list()
    .filter((c) => !want || !c.speaker?.personId || (doc.index.gender.get(c.speaker.personId) ?? want) === want);
  // a phrase at the marks that names a speaker ("…," a senior official said) leaves no room for one
  // found elsewhere: only its own candidates (and nobody) compete
  const own = site.cues.find((c) => c.attached && c.side !== 'prevSentence');
  if (!own) return all;
  const mine = all.filter((c) => !c.speaker || c.evidence.some((e) => 'cue' in e && e.cue === own));
  if (mine.length > 1) return mine;
  // `"…," the team that worked on it for years said`, `"…," we knew what we were doing, it wouldn't be called`: the
  // words at the marks are a clause the ranker cannot read as a speaker; a name merely nearby is no better
  const clause =
    own.side === 'after' &&
    /\s/.test(doc.text.slice(own.start, own.end).trim()) &&
    !/^\p{Lu}/u.test(doc.text.slice(own.start, own.end).trim());
  return clause ? mine : all;
}
