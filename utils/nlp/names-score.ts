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
  /** 'pt=' + prev and its nested table per shape, indexed by prev + 1 (prev is -1…2). */
  private pt: (W | undefined)[];
  private pt2: (Map<string, W> | undefined)[];
  /** The weights of the features without a value ('b', 's0', 'dSaid' …), looked up once. */
  private k: Record<(typeof FLAGS)[number], W | undefined>;

  constructor(sw: SplitWeights) {
    const one = (k: string) => sw.one.get(k) ?? EMPTY1;
    const two = (k: string) => sw.two.get(k) ?? EMPTY2;
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
    this.pt = PREV.map((p) => one('pt').get(p));
    this.pt2 = PREV.map((p) => two('pt').get(p));
    this.k = Object.fromEntries(FLAGS.map((f) => [f, sw.all.get(f)])) as ContextScorer['k'];
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
    const sw = strip(w);
    const bits = lex.get(sw) ?? 0;
    const p = toks[i - 1];
    const n = toks[i + 1];
    const p2 = toks[i - 2];
    const n2 = toks[i + 2];
    const pn = p ? p.norm : '^';
    const nn = n ? n.norm : '$';
    const cp = cls(p);
    const cn = cls(n);
    const k = this.k;
    put(acc, k.b);
    put(acc, this.p.get(pn));
    put(acc, this.n.get(nn));
    put(acc, this.p2.get(p2 ? p2.norm : '^')?.get(pn));
    put(acc, this.n2.get(nn)?.get(n2 ? n2.norm : '$'));
    put(acc, this.pc.get(cp));
    put(acc, this.nc.get(cn));
    put(acc, this.pnc.get(cp)?.get(cn));
    const sbits = bitsKey(bits);
    if (t.sent0) {
      put(acc, k.s0);
      put(acc, this.s0lex.get(sbits));
      put(acc, this.s0w.get(w));
    }
    if (docLower.has(sw)) put(acc, t.sent0 ? k.s0dl : k.dl);
    if (t.allCaps) {
      put(acc, k.AC);
      put(acc, this.aclex.get(sbits));
    }
    const spn = strip(pn);
    if (p && STRONG_TITLES.has(spn)) put(acc, k.ptitle);
    else if (p && TITLES.has(spn)) put(acc, k.ptitle2);
    if (p && p.kind === 1 && p.cap) {
      const pb = lex.get(spn) ?? 0;
      put(acc, this.plex.get(bitsKey(pb)));
      put(acc, pb & LEX_FIRST ? k.pF : k['-pF']);
      put(acc, pb & LEX_NAME ? k.pN : k['-pN']);
    }
    if (n && n.kind === 1 && n.cap) {
      const nb = lex.get(strip(nn)) ?? 0;
      put(acc, this.nlex.get(bitsKey(nb)));
      put(acc, nb & LEX_NAME ? k.nN : k['-nN']);
      put(acc, nb & LEX_NONPER ? k.nO : k['-nO']);
      put(acc, nb & LEX_COMMON ? k.nC : k['-nC']);
    }
    if (n && n.norm === "'s") put(acc, k.nposs);
    if (ev) {
      const e = ev.get(w) ?? 0;
      if (e & DOC_SAID) put(acc, k.dSaid);
      if (e & DOC_AFTER_FIRST) put(acc, k.dAfterFirst);
      if (e & DOC_ALONE) put(acc, k.dAlone);
      if (e & DOC_TITLED) put(acc, k.dTitled);
      if (e & DOC_ORG) put(acc, k.dOrg);
      if (n && n.cap === Cap.Title) {
        const ne = ev.get(nn) ?? 0;
        if (ne & DOC_SAID) put(acc, k.ndSaid);
        if (ne & DOC_TITLED) put(acc, k.ndTitled);
        if (ne & DOC_ALONE) put(acc, k.ndAlone);
        if (ne & DOC_ORG) put(acc, k.ndOrg);
      }
    }
    put(acc, this.pt[prev + 1]);
    put(acc, this.pt2[prev + 1]?.get(t.shape));
  }
}

const PREV = ['-1', '0', '1', '2'];

/** The features without a value that add() looks up. */
const FLAGS = [
  'b',
  's0',
  's0dl',
  'dl',
  'AC',
  'ptitle',
  'ptitle2',
  'pF',
  '-pF',
  'pN',
  '-pN',
  'nN',
  '-nN',
  'nO',
  '-nO',
  'nC',
  '-nC',
  'nposs',
  'dSaid',
  'dAfterFirst',
  'dAlone',
  'dTitled',
  'dOrg',
  'ndSaid',
  'ndTitled',
  'ndAlone',
  'ndOrg',
] as const;

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
