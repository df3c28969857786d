// Mentions grouped into people (the last stage, after the steps).
import type { Person, Span } from '../types';
import { Cap } from '../names-features';
import type { Mention, PeopleDoc } from './doc';
import { descriptorsOf } from './descriptors';
import { cutName } from './hyphen-affixes';
import { nameGender, type Gender } from '../coref';

/** Titles that tell a person's gender: "Mrs Price" is the Price whose given name is a woman's. */
const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'm'],
  ['mr.', 'm'],
  ['sir', 'm'],
  ['mrs', 'f'],
  ['mrs.', 'f'],
  ['ms', 'f'],
  ['ms.', 'f'],
  ['miss', 'f'],
]);

interface Entity {
  idx: number; // creation order: "the latest matching entity" is the one with the highest idx
  words: Set<string>;
  first: string;
  last: string;
  /** Each way it is written: `n` name words, `len` tokens (initials count here, not in `n`). */
  forms: Map<string, { count: number; order: number; paren: boolean; n: number; len: number; caps: boolean }>;
  mentions: Span[];
  descriptors: string[];
  seenDesc: Set<string>;
  lastSeen: number;
  /** Named so far only in capitals (a headline). */
  allCaps: boolean;
  /** Middle initials of its full name ("h.w."), '' if none seen. */
  initials: string;
}

/** Entities per key, each list kept in creation order, so the latest match is found from the end. */
class EntityIndex {
  private m = new Map<string, Entity[]>();
  add(key: string, e: Entity): void {
    const xs = this.m.get(key);
    if (!xs) {
      this.m.set(key, [e]);
      return;
    }
    // an older entity may gain a key late: insert by creation order (binary search); a repeat is harmless
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid].idx < e.idx) lo = mid + 1;
      else hi = mid;
    }
    xs.splice(lo, 0, e);
  }
  /** The latest entity under `key` that satisfies `pred`. */
  findLast(key: string, pred: (x: Entity) => boolean): Entity | undefined {
    const xs = this.m.get(key);
    if (!xs) return undefined;
    for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i])) return xs[i];
    return undefined;
  }
}

/**
 * Groups mentions into people. Entities are looked up through indexes by word and by last word (not by
 * scanning every entity), which keeps a long page with thousands of people linear.
 */
export function cluster({ text, toks }: PeopleDoc, ms: Mention[]): Person[] {
  const ents: Entity[] = [];
  const byWord = new EntityIndex(); // every word an entity has been named with (only grows)
  const byLast = new EntityIndex(); // current last word; stale entries are skipped by re-checking x.last
  let order = 0;
  for (const found of ms) {
    // "the Jeff Bezos-owned Washington Post": the name ends at the hyphen
    const { m, words: w, start, end } = cutName(text, toks, found);
    if (!w.length) continue;
    const first = w[0];
    const last = w[w.length - 1];
    let e: Entity | undefined;
    // middle initials tell two people apart: "George H. W. Bush" and "George W. Bush"
    let ini = '';
    for (let i = m.a + 1; i < m.b; i++) if (toks[i].cap === Cap.Initial) ini += toks[i].norm;
    const sameInitials = (x: Entity) => !ini || !x.initials || x.initials === ini;
    if (w.length >= 2) {
      const given = w.slice(0, -1);
      e =
        byLast.findLast(
          last,
          (x) => x.last === last && (x.words.size === 1 || given.some((z) => x.words.has(z))) && sameInitials(x),
        ) ??
        // "BIDEN, XI MEET" in the headline, "Xi Jinping" in the text: the earlier lone given name joins the full name
        byLast.findLast(first, (x) => x.words.size === 1 && x.last === first && x.allCaps);
    } else {
      // an entity's first word is always among its words
      // after a title, the latest of that surname whose given name does not say the other gender
      const g = m.a > 0 ? (TITLE_GENDER.get(toks[m.a - 1].norm) ?? null) : null;
      e =
        (g && byLast.findLast(last, (x) => x.last === last && nameGender(x.first) !== (g === 'm' ? 'f' : 'm'))) ||
        byLast.findLast(last, (x) => x.last === last) ||
        byWord.findLast(first, (x) => x.words.has(first));
    }
    if (!e) {
      e = {
        idx: ents.length,
        words: new Set(),
        first,
        last,
        forms: new Map(),
        mentions: [],
        descriptors: [],
        seenDesc: new Set(),
        lastSeen: 0,
        allCaps: true,
        initials: '',
      };
      ents.push(e);
      byLast.add(last, e);
    } else if (w.length > e.words.size && w.length >= 2) {
      e.first = first;
      e.last = last;
      byLast.add(last, e);
    }
    for (const x of w) {
      if (!e.words.has(x)) {
        e.words.add(x);
        byWord.add(x, e);
      }
    }
    const form = text.slice(start, end).replace(/\s+/g, ' ');
    const f = e.forms.get(form);
    if (f) f.count++;
    else
      e.forms.set(form, {
        count: 1,
        order: order++,
        paren: form.includes('('),
        n: w.length,
        len: toks[m.b].cap === Cap.Initial ? 0 : m.b - m.a + 1, // "Brian J." (a reference list) is no fuller
        caps: toks[m.a].allCaps,
      });
    e.mentions.push({ start, end });
    e.allCaps &&= toks[m.a].allCaps;
    if (ini && !e.initials) e.initials = ini;
    e.lastSeen = start;
    for (const d of descriptorsOf(text, toks, m)) {
      if (!e.seenDesc.has(d)) {
        e.seenDesc.add(d);
        e.descriptors.push(d);
      }
    }
  }
  // first mention order, ids p1, p2…
  ents.sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  return ents.map((e, k) => {
    const forms = [...e.forms.entries()].sort(
      (x, y) =>
        Number(x[1].paren) - Number(y[1].paren) ||
        Number(x[1].caps) - Number(y[1].caps) || // "Joe Biden", not the headline's "JOE BIDEN"
        y[1].n - x[1].n ||
        y[1].len - x[1].len || // "J.C. Chandor" once, not "Chandor" twice
        y[1].count - x[1].count ||
        x[1].order - y[1].order,
    );
    const name = forms[0][0];
    return {
      id: 'p' + (k + 1),
      name,
      aliases: forms.slice(1).map((f) => f[0]),
      descriptors: e.descriptors.slice(0, 8),
      mentions: e.mentions,
    };
  });
}
