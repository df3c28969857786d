// Checks the hand rules that tell a quotation from a scare quote, a title or a term (utils/nlp/quotes/judge.ts)
// on the DEV split of the quotation gold, and whether a learned check over the same facts would generalize
// better. Writes nothing: a model is shipped only if it beats the rules across outlets.
//
//   npx tsx scripts/train-quotes.ts
//
// 1. Audit: for each rule, the dev spans it leaves out that are not quotations (right) and that are (wrong),
//    and over how many outlets: a rule whose gain rests on one outlet is suspect.
//    Leave one outlet out: what each rule adds over the others (the spans it alone leaves out, right minus
//    wrong) by outlet, and what it adds without its best outlet; a rule that adds nothing then rests on one.
// 2. Cross-validation by outlet (all of one outlet's spans held out together): a logistic regression over
//    the facts, alone and as a veto over what the rules keep, against the rules on the same spans. The rules
//    were written from all of dev, so they are favoured; a learned check that still does not beat them has
//    learnt nothing the rules lack. Deterministic (full-batch gradient steps in a fixed order).
import { adam } from './lib/adam';
import { rulesReject } from '../utils/nlp/quotes/judge';
import { devCandidates, type Candidate } from './train-quotes-data';

const EPOCHS = 400;
const RATE = 0.1;
const L2S = [0.003, 0.01, 0.03];
const VETO_BELOW = [0.2, 0.35, 0.5];

function audit(cands: Candidate[]): void {
  const byRule = new Map<string, { right: Set<string>; wrong: Set<string>; r: number; w: number }>();
  for (const c of cands) {
    if (!c.rule || c.label === 'unknown') continue;
    const e = byRule.get(c.rule) ?? { right: new Set(), wrong: new Set(), r: 0, w: 0 };
    if (c.label === 'not') {
      e.r++;
      e.right.add(c.outlet);
    } else {
      e.w++;
      e.wrong.add(c.outlet);
    }
    byRule.set(c.rule, e);
  }
  console.log('rule              right (outlets)  wrong (outlets)');
  for (const [rule, e] of [...byRule].sort((a, b) => b[1].r - a[1].r)) {
    console.log(
      `${rule.padEnd(18)}${String(e.r).padStart(5)} (${e.right.size})${String(e.w).padStart(10)} (${e.wrong.size})`,
    );
  }
}

/** What each rule adds over the other rules, by outlet: +1 for a span only it leaves out that is not a
 *  quotation, -1 for one that is. */
function leaveOneOutletOut(cands: Candidate[]): void {
  const byRule = new Map<string, Map<string, number>>();
  for (const c of cands) {
    if (!c.rule || c.label === 'unknown' || rulesReject(c.facts, new Set([c.rule])) !== null) continue;
    const m = byRule.get(c.rule) ?? new Map<string, number>();
    m.set(c.outlet, (m.get(c.outlet) ?? 0) + (c.label === 'not' ? 1 : -1));
    byRule.set(c.rule, m);
  }
  console.log('\nrule alone        net  outlets +/-  best outlet            net without it');
  for (const [rule, m] of [...byRule].sort((a, b) => sum(b[1]) - sum(a[1]))) {
    const [best, gain] = [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const plus = [...m.values()].filter((v) => v > 0).length;
    const minus = [...m.values()].filter((v) => v < 0).length;
    const rest = sum(m) - gain;
    console.log(
      `${rule.padEnd(16)}${String(sum(m)).padStart(5)}${`${plus}/${minus}`.padStart(10)}  ${`${best} (${gain})`.padEnd(23)}${String(rest).padStart(4)}${rest <= 0 ? '  rests on one outlet' : ''}`,
    );
  }
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** Feature names of a span: each fact that holds, also by length band (1–3, 4–7, 8+ words), and the band. */
function features(c: Candidate): string[] {
  const wc = c.facts.wc;
  const band = wc <= 3 ? 's' : wc <= 7 ? 'm' : 'l';
  const out = ['bias', `wc=${Math.min(wc, 9)}`];
  for (const [k, v] of Object.entries(c.facts)) if (v === true) out.push(k, `${k}@${band}`);
  return out;
}

function train(xs: number[][], ys: number[], n: number, l2: number): Float64Array {
  return adam(n, { epochs: EPOCHS, rate: RATE, l2 }, (w, g) => {
    xs.forEach((fs, i) => {
      const p = 1 / (1 + Math.exp(-fs.reduce((a, k) => a + w[k], 0)));
      for (const k of fs) g[k] += (p - ys[i]) / xs.length;
    });
  });
}

/** Probability of "quotation" for every span, each from a model trained without its outlet. */
function outletCv(cands: Candidate[], l2: number): number[] {
  const out = new Array<number>(cands.length).fill(0);
  for (const outlet of [...new Set(cands.map((c) => c.outlet))].sort()) {
    const vocab = new Map<string, number>();
    const train_ = cands.filter((c) => c.outlet !== outlet);
    const xs = train_.map((c) =>
      features(c).map((f) => {
        if (!vocab.has(f)) vocab.set(f, vocab.size);
        return vocab.get(f)!;
      }),
    );
    const w = train(
      xs,
      train_.map((c) => (c.label === 'quote' ? 1 : 0)),
      vocab.size,
      l2,
    );
    cands.forEach((c, i) => {
      if (c.outlet !== outlet) return;
      const s = features(c).reduce((a, f) => a + (vocab.has(f) ? w[vocab.get(f)!] : 0), 0);
      out[i] = 1 / (1 + Math.exp(-s));
    });
  }
  return out;
}

function figures(cands: Candidate[], keep: boolean[]): string {
  let tp = 0;
  let kept = 0;
  let gold = 0;
  cands.forEach((c, i) => {
    const q = c.label === 'quote';
    if (q) gold++;
    if (keep[i]) kept++;
    if (keep[i] && q) tp++;
  });
  const p = kept ? tp / kept : 0;
  const r = gold ? tp / gold : 0;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} (kept ${kept}, wrong ${kept - tp}, missed ${gold - tp})`;
}

function main(): void {
  const all = devCandidates();
  const cands = all.filter((c) => c.label !== 'unknown');
  const outlets = new Set(cands.map((c) => c.outlet)).size;
  console.log(
    `${cands.length} labelled dev spans in marks (${outlets} outlets), ${all.length - cands.length} unknown\n`,
  );
  audit(cands);
  leaveOneOutletOut(cands);
  const rules = cands.map((c) => c.rule === null);
  console.log(`\nspans in marks, outlet cross-validation\nrules                       ${figures(cands, rules)}`);
  for (const l2 of L2S) {
    const p = outletCv(cands, l2);
    console.log(
      `regression l2=${l2}          ${figures(
        cands,
        p.map((x) => x >= 0.5),
      )}`,
    );
    for (const t of VETO_BELOW) {
      console.log(
        `  rules, veto below ${t.toFixed(2)}   ${figures(
          cands,
          p.map((x, i) => rules[i] && x >= t),
        )}`,
      );
    }
  }
}

main();
