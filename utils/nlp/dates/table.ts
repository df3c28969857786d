// The recognisers, in the order they are tried at a token: the first that answers (a date, or null for
// "mine, but no date") decides. Modifiers and "the …" phrases come first and may wrap a core expression.
import type { DateCtx, Hit, Recogniser } from './context';
import { earlyLate, recentYears, thatDay } from './modifiers';
import { thePhrase } from './the-phrases';
import { weekday } from './weekday';
import { apostropheYear, bareDecade, dayMonth, month, ordinalQuarter, quarter, season, year } from './calendar';
import { ago, deictic, earlierLater, relative, vague } from './deictic';

/** Wrapped around a core expression, or phrases of their own. */
export const MODIFIERS: readonly Recogniser[] = [
  earlyLate, // "early 2009", "mid-March", "late in the day"
  thePhrase, // "the 1990s", "the end of March", "the third quarter of 2009", "the next day"
  thatDay, // "that day": the day last talked about
  recentYears, // "recent years"
];

/** Core expressions. */
export const CORE: readonly Recogniser[] = [
  weekday, // "Tuesday", "Tuesday, March 3", "Friday morning"
  month, // "March 3", "Dec. 3, 2018", "May 2009"
  dayMonth, // "3 December 2018", "the 3rd of December", "7/8/07"
  year, // "2009", "1990s", "2008-03-01", "2009 Q3"
  apostropheYear, // "'90s", "in '82"
  bareDecade, // "the 80s", "'70s and 80s"
  quarter, // "Q3", "Q3 2009"
  deictic, // "yesterday", "today", "tomorrow", "tonight"
  vague, // "now", "currently", "recently", "soon"
  relative, // "last week", "next March", "this Friday", "last spring"
  earlierLater, // "earlier today", "later this year"
  season, // "spring", "spring 2009", "in the fall of 2009"
  ago, // "two days ago", "several years ago"
  ordinalQuarter, // "third-quarter profits"
];

function first(table: readonly Recogniser[], c: DateCtx, k: number, w: string): Hit | null | undefined {
  for (const r of table) {
    const h = r(c, k, w);
    if (h !== undefined) return h;
  }
  return undefined;
}

/** A core expression at token k, or null. */
export function coreAt(c: DateCtx, k: number): Hit | null {
  if (k >= c.n) return null;
  return first(CORE, c, k, c.at(k)) ?? null;
}

/** An expression with its modifiers at token k, or null. */
export function parseAt(c: DateCtx, k: number): Hit | null {
  if (k >= c.n) return null;
  const w = c.at(k);
  const h = first(MODIFIERS, c, k, w);
  return h !== undefined ? h : (first(CORE, c, k, w) ?? null);
}
