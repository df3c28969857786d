// What the backup screen says, as plain sentences from a plan or an outcome. Pure.
import type { ImportOutcome, ImportPlan } from '../../utils/store/transfer';
import { DROP_REASONS } from '../../utils/store/portable';
import { formatBytes } from '../format';

const n = (x: number) => x.toLocaleString('en-US');
const articles = (x: number) => `${n(x)} article${x === 1 ? '' : 's'}`;
const were = (x: number) => (x === 1 ? 'was' : 'were');

/** The preview of an import, before the reader decides. */
export function describePlan(p: ImportPlan): string[] {
  const out = [`This backup holds ${articles(p.inFile)}.`];
  out.push(
    p.adding
      ? `${articles(p.adding)} ${p.adding === 1 ? 'is' : 'are'} new to your memory.`
      : 'None of them is new to your memory.',
  );
  if (p.known) out.push(`${n(p.known)} you already have: your own copy is kept and the file’s is skipped.`);
  if (p.duplicates) out.push(`${n(p.duplicates)} appear twice in the file: the later reading is used.`);
  for (const d of p.dropped)
    out.push(`${articles(d.count)} will be left out: ${DROP_REASONS[d.reason]} (the first is ${d.first}).`);
  if (p.overLimit) {
    const s = p.settings;
    const parts = [
      p.removesOwn ? `${n(p.removesOwn)} of yours` : '',
      p.leavesOutFromFile ? `${n(p.leavesOutFromFile)} from the file` : '',
    ];
    out.push(
      `Your memory keeps at most ${articles(s.maxArticles)} and ${formatBytes(s.maxBytes)}. ` +
        `With this file it would go over, so the ${n(p.removesOwn + p.leavesOutFromFile)} read longest ago would be removed: ${parts.filter(Boolean).join(' and ')}.`,
    );
  } else if (p.adding) out.push('Nothing in your memory is replaced or removed.');
  return out;
}

/** The result of an import. */
export function describeOutcome(r: ImportOutcome): string {
  const out = [`Imported ${articles(r.added)}.`];
  if (r.known) out.push(`${n(r.known)} ${were(r.known)} already in your memory (your copy kept).`);
  if (r.dropped) out.push(`${n(r.dropped)} ${were(r.dropped)} left out as unusable.`);
  if (r.removed || r.leftOut)
    out.push(
      `To stay within your limit of ${articles(r.settings.maxArticles)}, ` +
        [
          r.removed ? `${n(r.removed)} of your oldest ${were(r.removed)} removed` : '',
          r.leftOut ? `${n(r.leftOut)} of the file’s oldest ${were(r.leftOut)} left out` : '',
        ]
          .filter(Boolean)
          .join(' and ') +
        '.',
    );
  return out.join(' ');
}
