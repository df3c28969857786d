// Direct quotations and who said them (shared/DESIGN.md, "quotes[]").
//
// 1. Spans: one left-to-right pass over the quotation marks. Curly marks are unambiguous; a straight " opens
//    after a space or a bracket and closes after a non-space. A paragraph that ends inside a quotation continues
//    it when the next paragraph opens with a quotation mark (the news convention for multi-paragraph quotes), so
//    such a quotation is one item. Single quotes count as quotation marks only in texts that use them for quotes
//    consistently (British style: no double marks at all); inside double quotes they are nested quotes.
// 2. Not quotations: scare quotes (1–3 words with no speech verb attached) and titles or names of works
//    ("the film "…"", "titled "…"", Title Case phrases with no speech verb).
// 3. Speaker: a speech verb right after the closing mark (`"…," X said` / `"…," said X`), or before the opening
//    mark in the same sentence (`X said: "…"`, `X told reporters that "…"`), or the sentence ending in ":" just
//    before a quotation paragraph; otherwise the speaker of the quotation just before, when only its own
//    attribution lies between (`"A," he said. "B."` — an interrupted quotation is two items, same speaker).
//    The attributing phrase is then classified: person (a name mention; a pronoun resolved by coref.ts; a role
//    such as "the senator" matching exactly one person's descriptors), organization, unnamed source, or unknown.
import type { Person, Quote, Span, Speaker } from './types';
import { PersonIndex, isFirstName } from './coref';
import { fuzzySurname } from './coref-fuzzy';
import { attributionAfter, attributionBefore, cueGoverns, type Attribution } from './quotes-attribution';
import { sentenceIndexAt } from './sentences';
import { attributeSpeakers } from './speakers/rank';

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
const ORG_NOUNS =
  /\b(?:committee|company|campaign|ministry|department|police|government|agency|administration|council|office|board|commission|firm|organi[sz]ation|party|club|team|union|association|corporation|bank|court|university|school|network|newspaper|statement|release|announcement|spokes(?:man|woman|person)'s office|white house|pentagon|kremlin|fbi|cia|nasa|un|eu)\b/i;
// groups of people a "they" can speak for (not institutions: those are "it" or named)
const PLURAL_GROUP =
  /\b(?:the|The|These|these|Some|some|Many|many)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:authors|researchers|scientists|officials|organizers|organisers|protesters|protestors|residents|lawyers|critics|analysts|experts|workers|members|leaders|students|doctors|activists|investigators|prosecutors|economists|campaigners|parents|teachers|families|witnesses|survivors|victims|employees|staff|signers|signatories|owners|founders|developers|engineers|farmers|villagers|voters|fans|players|authorities)\b/gu;
const UNNAMED =
  /^(?:a|an|one|some|several|two|three|four|many|another|other|most|few|the\s+(?:source|official|aide|person|people|spokes\w*|witness|resident|expert|analyst|lawyer|attorney|adviser|advisor|organizer|organiser|signator\w*))\b|\b(?:source|sources|official|officials|aide|aides|spokes(?:man|woman|person)|organizers?|organisers?|signatories|witness(?:es)?|residents?|experts?|analysts?|people familiar|insiders?|observers?|critics?|supporters?|employees?|staffers?|members?|users?|poster|blogger|letter|report|memo|e-?mail|post|posting|tweet|document|filing)\b/i;
const ORG_WORDS =
  /\b(?:Inc|Corp|Co|Ltd|LLC|Company|Companies|Department|Ministry|Times|News|Post|University|College|Association|Council|Motors|Airlines|Airways|Bank|Group|Agency|Commission|Party|Union|House|Court|Police|Army|Force|Institute|Foundation|Committee|Office|Board|Journal|Press|Reuters|Associated|Network|Government|Administration|Senate|Congress|Parliament|Organization|Organisation|Federation|League|Club|Team|Church|Society|Center|Centre|Services?|Systems?|Technologies|Holdings|International|Corporation|Authority|Bureau|Service|Magazine|Herald|Tribune|Guardian|Telegraph|Daily|Weekly|Radio|TV|Television|Media|Wikinews|Microsoft|Google|Apple|Boeing|Airbus)\b/;
const ROLE_WORDS =
  /^(?:chief|senator|president|minister|governor|coach|director|spokes(?:man|woman|person)|ceo|chairman|chairwoman|chair|analyst|ambassador|secretary|leader|mayor|judge|general|official|executive|economist|strategist|prosecutor|lawyer|attorney|founder|manager|commissioner|inspector|professor|researcher|scientist|author|actor|actress|singer|star|captain|striker|player|candidate|congressman|congresswoman|lawmaker|premier|chancellor|king|queen|prince|princess|pope|bishop|priest|rabbi|imam|officer|detective|sheriff|chef|owner|doctor|nurse|teacher|student)$/;
const ROLE_HEAD = /^(?:the|this|that)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)$/;
const TITLE_CUE =
  /\b(?:film|movie|book|novel|song|album|show|series|play|article|essay|poem|titled|entitled|called|named|dubbed|labell?ed|headline|headlined|episode|documentary|programme|program|opera|exhibition|column|magazine|paper|report|campaign|slogan|hashtag|website|site|blog|section|page|motto|nicknamed|known as)\s*$/i;

const DQ_OPEN = new Set(['“', '„', '«']);
const DQ_CLOSE = new Set(['”', '»']);

export interface FindQuotesOptions {
  /** Keep candidate scare quotes and titles (for diagnostics). */
  keepAll?: boolean;
}

interface Raw {
  open: number; // index of the opening mark
  close: number; // index of the closing mark (or end of the unclosed paragraph)
  start: number;
  end: number;
}

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Which marks delimit quotations in this text. */
function quoteStyle(text: string): 'double' | 'single' {
  let doubles = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === '“' || c === '”') {
      if (++doubles >= 2) return 'double';
    }
  }
  // single style needs opening ‘ or ' after a space, several times
  let singles = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if ((c === '‘' || c === "'") && isSpace(text[i - 1]) && isWordChar(text[i + 1])) singles++;
  }
  return singles >= 2 ? 'single' : 'double';
}

function findSpans(text: string, style: 'double' | 'single'): Raw[] {
  const out: Raw[] = [];
  let open = -1;
  const n = text.length;
  const isOpen = (i: number): boolean => {
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = text[i + 1];
    if (style === 'double') {
      if (DQ_OPEN.has(c)) return true;
      if (c === '"')
        return (i === 0 || isSpace(prev) || /[([{—–\-/:]/.test(prev)) && next !== undefined && !isSpace(next);
      return false;
    }
    if (c === '‘') return !isWordChar(prev);
    if (c === "'") return (i === 0 || isSpace(prev) || /[([{—–\-]/.test(prev)) && isWordChar(next);
    return false;
  };
  const isClose = (i: number): boolean => {
    const c = text[i];
    const prev = text[i - 1];
    const next = text[i + 1];
    if (style === 'double') {
      if (DQ_CLOSE.has(c)) return true;
      if (c === '"') return prev !== undefined && !isSpace(prev);
      return false;
    }
    if (c !== '’' && c !== "'") return false;
    // an apostrophe inside a word (don't, O’Rourke) or a possessive ("Jones’s") is not a closing mark
    if (isWordChar(prev) && isWordChar(next)) return false;
    return prev !== undefined && !isSpace(prev);
  };
  const isMark = style === 'double' ? /["“”„«»]/ : /['‘’]/;
  // jump from mark to mark (and newline) with one native scan instead of a test per character
  const next = style === 'double' ? /["“”„«»\n]/g : /['‘’\n]/g;
  let m: RegExpExecArray | null;
  while ((m = next.exec(text))) {
    const i = m.index;
    const c = text[i];
    if (c === '\n') {
      if (open < 0) continue;
      // paragraph ends inside a quotation: continues if the next paragraph opens with a mark
      let j = i;
      while (j < n && isSpace(text[j])) j++;
      if (j < n && isMark.test(text[j]) && isOpen(j)) {
        next.lastIndex = j + 1;
        continue;
      }
      // unclosed: keep it only if it is long enough to be speech rather than a stray mark
      if (i - open > 40) out.push({ open, close: i, start: open + 1, end: trimEnd(text, i) });
      open = -1;
      continue;
    }
    if (open < 0) {
      if (isOpen(i)) open = i;
      continue;
    }
    if (isClose(i)) {
      if (i > open + 1) out.push({ open, close: i, start: open + 1, end: i });
      open = -1;
    } else if (isOpen(i) && style === 'double' && c !== '"') {
      // a new opening curly mark while open: the previous mark was stray
      open = i;
    }
  }
  return out.map((r) => {
    let s = r.start;
    let e = r.end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    return { ...r, start: s, end: e };
  });
}

// `s.replace(/[…]+$/, '')` retries the run from every start: quadratic on a long run that does not end the text
const TRAILING_PUNCT = /[\s,.;:!?]/;
function trimTrailing(s: string, chars: RegExp): string {
  let e = s.length;
  while (e > 0 && chars.test(s[e - 1])) e--;
  return s.slice(0, e);
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function words(s: string): string[] {
  return s.match(WORD_RE) ?? [];
}

export function findQuotes(text: string, sentences: Span[], people: Person[], opts: FindQuotesOptions = {}): Quote[] {
  const style = quoteStyle(text);
  const raws = findSpans(text, style);
  if (!raws.length) return [];
  const index = new PersonIndex(text, people, sentences);
  // newline positions once, so paragraph bounds are binary searches (no scans over long texts)
  const nls: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) nls.push(i);
  const nlAfter = (pos: number) => {
    let lo = 0;
    let hi = nls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nls[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const paraStart = (pos: number) => {
    const k = nlAfter(pos) - 1;
    return k >= 0 ? nls[k] + 1 : 0;
  };
  const sentIdx = (pos: number) => sentenceIndexAt(sentences, pos);
  const sentStart = (pos: number) => {
    const i = sentIdx(pos);
    const ps = paraStart(pos);
    const s = i < sentences.length && sentences[i].start <= pos ? sentences[i].start : ps;
    return Math.max(s, ps);
  };
  const sentEnd = (pos: number) => {
    const i = sentIdx(pos);
    const e = i < sentences.length ? sentences[i].end : text.length;
    const k = nlAfter(pos);
    const pe = k < nls.length ? nls[k] : text.length;
    return Math.min(Math.max(e, pos + 1), pe);
  };

  const out: Quote[] = [];
  let prev: { q: Quote; attrEnd: number; close: number; sent: number; short: boolean } | null = null;
  let lastSpeaker: string | null = null;
  let lastSpeakerAt = -1;
  for (const r of raws) {
    const content = text.slice(r.start, r.end);
    const wc = words(content).length;
    if (wc === 0) continue;
    // windows stay short even in a run-on sentence (pages without punctuation): linear overall
    const sStart = Math.max(sentStart(r.open), r.open - 600);
    const from = Math.max(sStart, prev ? prev.close + 1 : 0, r.open - 400);
    const after = attributionAfter(
      text,
      r.close,
      Math.max(sentEnd(r.close + 1), Math.min(text.length, r.close + 120)),
      content,
    );
    const before = after ? null : attributionBefore(text, r.open, from, sStart);
    const before40 = text.slice(Math.max(from, r.open - 40), r.open);
    const attachedAfter = !!after && after.start - r.close < 8;
    const sameSentenceAsPrev = !!prev && prev.close >= sStart;
    // `"better" and "fuel-efficient"`: a short quote coordinated with the one before
    const coordinated = !!prev && /^["”'’]?\s*(?:,|and|or|,\s*and|,\s*or)\s*$/.test(text.slice(prev.close + 1, r.open));
    if (!opts.keepAll) {
      const bare = trimTrailing(content, TRAILING_PUNCT);
      if (TITLE_CUE.test(before40.replace(/\s+$/, '')) && (isTitleLike(bare) || wc <= 4) && !attachedAfter) continue;
      if (isTitleLike(content) && wc <= 8 && !attachedAfter) continue;
      if (wc <= 3 && !attachedAfter && !cueGoverns(text, r.open, from) && !(coordinated && prev && !prev.short)) {
        if (!(coordinated && prev)) continue;
      }
    }
    let a: Attribution | null = after ?? before;
    let speaker: Speaker | null = null;
    let cue: string | null = null;
    // only the previous quotation's own attribution in between: `"A," said X, "B."` — same speaker
    const onlyPrevAttribution =
      !!prev?.q.speaker && /^[\s.,;:!?—–-]*$/.test(text.slice(Math.max(prev.attrEnd, prev.close + 1), r.open));
    const inherit = !!prev?.q.speaker && (sameSentenceAsPrev || onlyPrevAttribution);
    if (onlyPrevAttribution && !after) a = null;
    if (!a && inherit && prev) {
      // continuation of the previous quotation's speaker (interrupted quote, the next sentences of the same
      // speech, or a second quoted phrase of the same sentence)
      speaker = { ...prev.q.speaker! };
      cue = prev.q.cue;
    } else if (!a && /^\s*$/.test(text.slice(sStart, r.open))) {
      // a quotation opening its sentence: "Smith said:" or "Heald noted …" in the sentence just before
      const ps = sentStart(Math.max(0, sStart - 2));
      if (ps < sStart && (!prev || prev.close < ps)) {
        const pe = trimEnd(text, sStart);
        const cand = attributionBefore(text, pe, ps, ps);
        if (cand) {
          const sp = classify(text, cand, index, { lastSpeaker, lastSpeakerAt });
          if (sp.kind === 'person' || text[pe - 1] === ':') {
            a = cand;
            speaker = sp;
            cue = cand.cue;
          }
        }
      }
    }
    if (a && !speaker) {
      cue = a.cue;
      speaker = classify(text, a, index, { lastSpeaker, lastSpeakerAt });
    }
    const q: Quote = { start: r.start, end: r.end, text: content, speaker, cue };
    out.push(q);
    prev = {
      q,
      attrEnd: after ? Math.max(after.clauseEnd, after.end) : r.close + 1,
      close: r.close,
      sent: sStart,
      short: wc <= 3,
    };
    if (speaker?.personId) {
      lastSpeaker = speaker.personId;
      lastSpeakerAt = r.end;
    }
  }
  // `"…," "…." Smith said.`: a quotation with no attribution of its own, directly followed by another
  // quotation of the same paragraph, is the same speech
  for (let k = out.length - 2; k >= 0; k--) {
    const q = out[k];
    const nx = out[k + 1];
    if (q.speaker || !nx.speaker) continue;
    const gap = text.slice(q.end, nx.start);
    if (/^[,\s"”“'’]*$/.test(gap) && !gap.includes('\n') && /,\s*$/.test(q.text)) {
      q.speaker = { ...nx.speaker };
      q.cue = nx.cue;
    }
  }
  // the learned ranker (speakers/) decides every speaker; the rules above only find the spans
  attributeSpeakers(text, out, sentences, index);
  return out;
}

function isTitleLike(s: string): boolean {
  const ws = words(s);
  if (!ws.length || ws.length > 10) return false;
  if (/[.!?,]\s*$/.test(s)) return false;
  const minor = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|vs|by|from)$/i;
  let caps = 0;
  for (const w of ws) if (/^[\p{Lu}\p{N}]/u.test(w) || minor.test(w)) caps++;
  return caps === ws.length && /^[\p{Lu}\p{N}]/u.test(ws[0]);
}

/** Classify the attributing phrase. */
function classify(
  text: string,
  a: Attribution,
  index: PersonIndex,
  ctx: { lastSpeaker: string | null; lastSpeakerAt: number },
): Speaker {
  const phrase = text.slice(a.start, a.end);
  const lower = phrase.toLowerCase();
  const base = { start: a.start, end: a.end };
  // pronouns
  if (PRONOUNS.has(lower)) {
    if (lower === 'he' || lower === 'she') {
      const p = index.resolve(a.start, lower, ctx);
      if (p) return { kind: 'person', personId: p.id, name: p.name, ...base };
      return { kind: 'unknown', personId: null, name: null, ...base };
    }
    if (lower === 'they') {
      // "The authors say … They call for": the nearest plural group of people named just before
      const back = text.slice(Math.max(0, a.start - 400), a.start);
      const groups = [...back.matchAll(PLURAL_GROUP)];
      const g = groups.at(-1);
      if (g) {
        const s0 = a.start - back.length + g.index!;
        return { kind: 'unnamed', personId: null, name: g[0], start: s0, end: s0 + g[0].length };
      }
    }
    return { kind: 'unknown', personId: null, name: null, ...base };
  }
  // a statement speaks for an institution, even when a spokesman delivers it
  if (/^(?:a|an|the)\s+(?:\w+\s+)?(?:statement|press release|release|announcement)\b/i.test(phrase)) {
    return { kind: 'organization', personId: null, name: phrase, ...base };
  }
  const mentions = index.within(a.start, a.end);
  // "a spokesman for Smith": a role head before "for/of/at" makes it an unnamed source even with a name after
  const headRole =
    /^(?:a|an|one|the)\s+(?:\w+\s+)?(?:spokes\w+|aide|adviser|advisor|lawyer|attorney|representative|official|source|friend|member|staffer|employee|assistant)s?\s+(?:for|of|to|at|with|close)\b/i.test(
      phrase,
    );
  // "Sanders's campaign committee": an organization named after a person
  const orgAfter = (m: Span) =>
    /^(?:['’]s?\s+)?(?:[\p{L}-]+\s+)?(?:campaign|committee|company|foundation|office|administration|government|family|firm|team|party|institute)\b/iu.test(
      text.slice(m.end, a.end).replace(/^\s+/, ''),
    ) || /\b(?:Friends|Office|Campaign|Committee|Foundation) of\s*$/.test(text.slice(a.start, m.start));
  if (mentions.length && mentions.every(orgAfter)) {
    return { kind: 'organization', personId: null, name: phrase, ...base };
  }
  if (mentions.length && !headRole) {
    // the mention nearest the cue is the speaker ("Smith, the CEO," → Smith; "the CEO, Smith" → Smith)
    const m = mentions[mentions.length - 1];
    const first = mentions[0];
    const pick = /^(?:the|a|an)\s/i.test(phrase) ? m : first;
    // a one-word "person" that misspells someone named in full is that someone
    const fixed = /\s/.test(pick.person.name) ? null : fuzzySurname(pick.person.name, index.people, pick.person);
    const who = fixed ?? pick.person;
    return { kind: 'person', personId: who.id, name: who.name, start: pick.start, end: pick.end };
  }
  if (headRole) return { kind: 'unnamed', personId: null, name: phrase, ...base };
  // a role: "the senator" → the one person whose descriptors contain it
  const role = ROLE_HEAD.exec(lower);
  const roleHead = role ? role[1].split(/\s+/).at(-1)! : '';
  if (role && !ORG_NOUNS.test(roleHead)) {
    const head = roleHead;
    let cands = index.people.filter((p) =>
      p.descriptors.some(
        (d) => d.toLowerCase().replace(/\.$/, '').split(/\s+/).includes(head) || roleAbbrev(d) === head,
      ),
    );
    // or the role word written just before one person's name earlier on ("US bank chief Ben Bernanke")
    if (cands.length === 0 && ROLE_WORDS.test(head)) {
      const re = new RegExp(`\\b${head}\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,2}$`, 'iu');
      cands = index.people.filter((p) =>
        p.mentions.some((m) => m.start < a.start && re.test(text.slice(Math.max(0, m.start - 40), m.start))),
      );
    }
    if (cands.length === 1) return { kind: 'person', personId: cands[0].id, name: cands[0].name, ...base };
  }
  // "Whitey MacDonald, chairperson of Local 1520": a leading capitalized name in apposition is the person
  const appos = /^([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3}),\s/u.exec(phrase);
  if (appos && !ORG_WORDS.test(appos[1]) && !/^(?:The|A|An)\s/.test(appos[1])) {
    const m0 = mentions.find((m) => m.start === a.start);
    if (m0) return { kind: 'person', personId: m0.person.id, name: m0.person.name, start: m0.start, end: m0.end };
    return { kind: 'person', personId: null, name: appos[1], start: a.start, end: a.start + appos[1].length };
  }
  if (
    /^(?:the\s+)?(?:statement|release|press release|announcement)\b/i.test(phrase) ||
    ORG_NOUNS.test(lower.replace(/^(?:a|an|one|some)\b.*$/, ''))
  ) {
    if (
      !UNNAMED.test(lower) ||
      /^the\s+(?:statement|release|press release|announcement)/i.test(phrase) ||
      /^(?:the\s+)?[a-z]*\s*(?:committee|company|campaign|ministry|department|police|government|agency|administration|council|board|commission|firm)\b/i.test(
        lower,
      )
    ) {
      return { kind: 'organization', personId: null, name: phrase, ...base };
    }
  }
  if (UNNAMED.test(lower) || /^[a-z]/.test(phrase)) return { kind: 'unnamed', personId: null, name: phrase, ...base };
  // a capitalized name that findPeople did not list: a person if it looks like one, else an organization
  // a surname of someone named earlier ("Patterson observed" after "Troy Patterson")
  const lastCap = /([\p{Lu}][\p{L}'’-]+)$/u.exec(phrase)?.[1];
  if (lastCap) {
    const same = index.people.filter(
      (p) =>
        p.name
          .split(/\s+/)
          .filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w))
          .at(-1) === lastCap,
    );
    if (same.length === 1) return { kind: 'person', personId: same[0].id, name: same[0].name, ...base };
    const fuzzy = same.length === 0 ? fuzzySurname(lastCap, index.people) : null;
    if (fuzzy) return { kind: 'person', personId: fuzzy.id, name: fuzzy.name, ...base };
  }
  if (/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|President|Senator)\.?\s/.test(phrase))
    return { kind: 'person', personId: null, name: phrase, ...base };
  // a run of 2–4 capitalized words that is not an institution and not a possessor ("Washington representative
  // Norm Dicks", but not "PC World's analysis"): news names people this way
  const runs = [
    ...phrase.matchAll(
      /[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:de|da|van|von|bin|al|del|la|le|di)\s+)?[\p{Lu}][\p{L}'’.-]*){1,3}/gu,
    ),
  ];
  const run = runs.at(-1);
  if (
    run &&
    !/['’]s?$/.test(run[0]) &&
    !/^['’]/.test(phrase.slice(run.index! + run[0].length)) &&
    !ORG_WORDS.test(run[0]) &&
    !/^(?:The|A|An)\s/.test(run[0])
  ) {
    const s0 = a.start + run.index!;
    return { kind: 'person', personId: null, name: run[0], start: s0, end: s0 + run[0].length };
  }
  // a first name followed by a capitalized word inside the phrase ("Minister of Education Stefania Giannini")
  for (const m of phrase.matchAll(/([\p{Lu}][\p{Ll}]+)((?:\s+[\p{Lu}][\p{L}'’-]+)+)/gu)) {
    if (isFirstName(m[1])) {
      const s0 = a.start + m.index!;
      return { kind: 'person', personId: null, name: m[0], start: s0, end: s0 + m[0].length };
    }
  }
  if (/^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*){1,3}$/u.test(phrase) && isFirstName(phrase.split(/\s+/)[0])) {
    return { kind: 'person', personId: null, name: phrase, ...base };
  }
  return { kind: 'organization', personId: null, name: phrase, ...base };
}

const ABBREV: Record<string, string> = {
  'sen.': 'senator',
  'rep.': 'representative',
  'gov.': 'governor',
  'gen.': 'general',
  'pres.': 'president',
  'prof.': 'professor',
  'dr.': 'doctor',
};
function roleAbbrev(d: string): string | null {
  return ABBREV[d.toLowerCase()] ?? null;
}
