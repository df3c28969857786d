// Step: a wire story's dateline names a place, never a person: "SANTIAGO 1997-12-12", "LYON , France
// 1997-03-14", "NEW YORK, March 3 (Reuters) -".
import { TokKind } from '../tokens';
import { Cap, type NameTok } from '../names-features';
import type { Mention, Step } from './doc';

const MONTHS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** The last token of a dateline opening at line start i (capitals, an optional ", Region", then a date), or -1. */
export function datelineEnd(toks: NameTok[], i: number): number {
  let j = i;
  while (toks[j] && toks[j].kind === TokKind.Word && toks[j].cap !== Cap.None && (j === i || !toks[j].nl)) {
    if (!toks[j].allCaps && toks[j].cap !== Cap.Upper) return -1;
    j++;
  }
  if (j === i) return -1;
  // ", France" / ", Calif."
  if (toks[j]?.norm === ',' && !toks[j].nl) {
    j++;
    // "LAGOS, June 10": the month after the comma is the date, not a region
    const month = (k: number) => MONTHS.has(toks[k].norm.replace(/\.$/, '')) && toks[k + 1]?.kind === TokKind.Number;
    while (toks[j] && toks[j].kind === TokKind.Word && toks[j].cap !== Cap.None && !toks[j].nl && !month(j)) j++;
    if (toks[j]?.norm === ',' && !toks[j].nl) j++; // "JACKSON, Miss., March 3"
  }
  const d = toks[j];
  if (!d || d.nl) return -1;
  if (d.kind === TokKind.Number && d.end - d.start === 4) return j - 1; // 1997-03-14
  if (MONTHS.has(d.norm.replace(/\.$/, '')) && toks[j + 1]?.kind === TokKind.Number) return j - 1;
  return -1;
}

function dropDatelineMentions(toks: NameTok[], ms: Mention[]): Mention[] {
  const inDateline = new Uint8Array(toks.length);
  let any = false;
  for (let i = 0; i < toks.length; i++) {
    if (i > 0 && !toks[i].nl) continue;
    const e = datelineEnd(toks, i);
    for (let k = i; k <= e; k++) inDateline[k] = 1;
    if (e >= i) any = true;
  }
  return any ? ms.filter((m) => !inDateline[m.a]) : ms;
}

export const dropDatelines: Step = (doc, ms) => dropDatelineMentions(doc.toks, ms);
