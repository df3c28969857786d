// Fast scoring of the tagger's context features: the same features as contextFeatures() and
// prevTagFeatures() (names-features.ts, names-tagger.ts), summed in the same order, but looked up in
// weight tables split by feature prefix instead of building a string per feature. Building and hashing
// those strings was most of the cost of findPeople. test/nlp/people-score.test.ts checks that both paths
// give the same scores.
import {
  Cap,
  DOC_AFTER_FIRST,
  DOC_ALONE,
  DOC_ORG,
  DOC_SAID,
  DOC_TITLED,
  LEX_COMMON,
  LEX_FIRST,
  LEX_NAME,
  LEX_NONPER,
  STRONG_TITLES,
  TITLES,
  type Lexicon,
  type NameTok,
} from './names-features';

type W = [number, number];

/** Weights keyed "prefix=value" split into per-prefix tables; two-part values ("a|b") also nested. */
export interface SplitWeights {
  all: Map<string, W>;
  one: Map<string, Map<string, W>>;
  two: Map<string, Map<string, Map<string, W>>>;
}

export function splitWeights(w: Map<string, W>): SplitWeights {
  const one = new Map<string, Map<string, W>>();
  const two = new Map<string, Map<string, Map<string, W>>>();
  for (const [k, v] of w) {
    const eq = k.indexOf('=');
    if (eq < 0) continue;
    const prefix = k.slice(0, eq);
    const rest = k.slice(eq + 1);
    let m = one.get(prefix);
    if (!m) one.set(prefix, (m = new Map()));
    m.set(rest, v);
    // every split at a '|' (a value may itself contain '|'): a lookup (a, b) then matches a + '|' + b exactly
    let t = two.get(prefix);
    for (let bar = rest.indexOf('|'); bar >= 0; bar = rest.indexOf('|', bar + 1)) {
      if (!t) two.set(prefix, (t = new Map()));
      const a = rest.slice(0, bar);
      let inner = t.get(a);
      if (!inner) t.set(a, (inner = new Map()));
      inner.set(rest.slice(bar + 1), v);
    }
  }
  return { all: w, one, two };
}

const EMPTY1 = new Map<string, W>();
const EMPTY2 = new Map<string, Map<string, W>>();

/** Feature lookups bound to one weight table (prefix tables resolved once). */
export class ContextScorer {
  private all: Map<string, W>;
  private p: Map<string, W>;
  private n: Map<string, W>;
  private p2: Map<string, Map<string, W>>;
  private n2: Map<string, Map<string, W>>;
  private pc: Map<string, W>;
  private nc: Map<string, W>;
  private pnc: Map<string, Map<string, W>>;
  private s0lex: Map<string, W>;
  private s0w: Map<string, W>;
  private aclex: Map<string, W>;
  private plex: Map<string, W>;
  private nlex: Map<string, W>;
  private pt: Map<string, W>;
  private pt2: Map<string, Map<string, W>>;

  constructor(sw: SplitWeights) {
    const one = (k: string) => sw.one.get(k) ?? EMPTY1;
    const two = (k: string) => sw.two.get(k) ?? EMPTY2;
    this.all = sw.all;
    this.p = one('p');
    this.n = one('n');
    this.p2 = two('p2');
    this.n2 = two('n2');
    this.pc = one('pc');
    this.nc = one('nc');
    this.pnc = two('pnc');
    this.s0lex = one('s0lex');
    this.s0w = one('s0w');
    this.aclex = one('AClex');
    this.plex = one('plex');
    this.nlex = one('nlex');
    this.pt = one('pt');
    this.pt2 = two('pt');
  }

  /**
   * Adds the context features of candidate token i and the previous-tag features to acc, in the order
   * contextFeatures() then prevTagFeatures() list them (the same floating-point sums).
   */
  add(
    toks: NameTok[],
    i: number,
    lex: Lexicon,
    docLower: Set<string>,
    ev: Map<string, number> | undefined,
    prev: number,
    acc: Float64Array,
  ): void {
    const t = toks[i];
    const w = t.norm;
    const bits = lex.get(strip(w)) ?? 0;
    const p = toks[i - 1];
    const n = toks[i + 1];
    const p2 = toks[i - 2];
    const n2 = toks[i + 2];
    const pn = p ? p.norm : '^';
    const nn = n ? n.norm : '$';
    const cp = cls(p);
    const cn = cls(n);
    const all = this.all;
    put(acc, all.get('b'));
    put(acc, this.p.get(pn));
    put(acc, this.n.get(nn));
    put(acc, this.p2.get(p2 ? p2.norm : '^')?.get(pn));
    put(acc, this.n2.get(nn)?.get(n2 ? n2.norm : '$'));
    put(acc, this.pc.get(cp));
    put(acc, this.nc.get(cn));
    put(acc, this.pnc.get(cp)?.get(cn));
    const sbits = bitsKey(bits);
    if (t.sent0) {
      put(acc, all.get('s0'));
      put(acc, this.s0lex.get(sbits));
      put(acc, this.s0w.get(w));
    }
    if (docLower.has(strip(w))) put(acc, all.get(t.sent0 ? 's0dl' : 'dl'));
    if (t.allCaps) {
      put(acc, all.get('AC'));
      put(acc, this.aclex.get(sbits));
    }
    if (p && STRONG_TITLES.has(strip(pn))) put(acc, all.get('ptitle'));
    else if (p && TITLES.has(strip(pn))) put(acc, all.get('ptitle2'));
    if (p && p.kind === 1 && p.cap) {
      const pb = lex.get(strip(pn)) ?? 0;
      put(acc, this.plex.get(bitsKey(pb)));
      put(acc, all.get(pb & LEX_FIRST ? 'pF' : '-pF'));
      put(acc, all.get(pb & LEX_NAME ? 'pN' : '-pN'));
    }
    if (n && n.kind === 1 && n.cap) {
      const nb = lex.get(strip(nn)) ?? 0;
      put(acc, this.nlex.get(bitsKey(nb)));
      put(acc, all.get(nb & LEX_NAME ? 'nN' : '-nN'));
      put(acc, all.get(nb & LEX_NONPER ? 'nO' : '-nO'));
      put(acc, all.get(nb & LEX_COMMON ? 'nC' : '-nC'));
    }
    if (n && n.norm === "'s") put(acc, all.get('nposs'));
    if (ev) {
      const e = ev.get(w) ?? 0;
      if (e & DOC_SAID) put(acc, all.get('dSaid'));
      if (e & DOC_AFTER_FIRST) put(acc, all.get('dAfterFirst'));
      if (e & DOC_ALONE) put(acc, all.get('dAlone'));
      if (e & DOC_TITLED) put(acc, all.get('dTitled'));
      if (e & DOC_ORG) put(acc, all.get('dOrg'));
      if (n && n.cap === Cap.Title) {
        const ne = ev.get(nn) ?? 0;
        if (ne & DOC_SAID) put(acc, all.get('ndSaid'));
        if (ne & DOC_TITLED) put(acc, all.get('ndTitled'));
        if (ne & DOC_ALONE) put(acc, all.get('ndAlone'));
        if (ne & DOC_ORG) put(acc, all.get('ndOrg'));
      }
    }
    const sp = PREV[prev + 1];
    put(acc, this.pt.get(sp));
    put(acc, this.pt2.get(sp)?.get(t.shape));
  }
}

const PREV = ['-1', '0', '1', '2'];

/** String(bits) without a new string per lookup: lexicon bits are small non-negative integers. */
const BITS_KEYS = Array.from({ length: 64 }, (_, b) => String(b));
const bitsKey = (b: number) => (b >= 0 && b < 64 ? BITS_KEYS[b] : String(b));

function put(acc: Float64Array, v: W | undefined): void {
  if (v) {
    acc[1] += v[0];
    acc[2] += v[1];
  }
}

const strip = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);

/** Same classes as names-features' cls(). */
function cls(t: NameTok | undefined): string {
  if (!t) return '^';
  if (t.kind === 1) return t.cap === Cap.None ? 'x' : t.cap === Cap.Upper ? 'XX' : t.cap === Cap.Initial ? 'X.' : 'Xx';
  if (t.kind === 2) return 'd';
  return t.norm;
}
