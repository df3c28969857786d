// The train / held-out split used by scripts/build-lexicons.ts (training) and scripts/eval/people.ts
// (evaluation). Held out, never trained on: MEANTIME corpus_gm and corpus_stock (60 news articles),
// every other GUM news and interview document (by sorted order), the last 45 of wikigold's 145
// articles, and WNUT-17 test. Everything else is training data.
import type { ConllDoc } from './conll';
import type { GumDoc } from './gum';
import type { MeantimeDoc } from './meantime';

export function meantimeHeldOut(d: MeantimeDoc): boolean {
  return d.corpus === 'corpus_gm' || d.corpus === 'corpus_stock';
}

/** GUM docs must be given in readGum() order; news/interview docs alternate train, held-out. */
export function gumHeldOutIds(docs: GumDoc[]): Set<string> {
  const out = new Set<string>();
  for (const genre of ['news', 'interview']) {
    docs
      .filter((d) => d.genre === genre)
      .forEach((d, i) => {
        if (i % 2 === 1) out.add(d.id);
      });
  }
  return out;
}

/** wikigold docs in readWikigold() order: the last 45 are held out. */
export function wikigoldHeldOut(docs: ConllDoc[]): Set<string> {
  return new Set(docs.slice(100).map((d) => d.id));
}
