// The words of the date grammar and what they stand for.
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../months';
import { WEEKDAYS as WEEKDAY_LIST } from '../wordlists';

export const MONTHS = MONTH_NAMES;
// "may" alone is the modal verb far more often than the month: it is matched only as a full name.
export const MONTH_ABBR: Record<string, number> = Object.fromEntries(
  Object.entries(MONTH_ABBREVIATIONS).filter(([k]) => k !== 'may'),
);
/** ISO weekday numbers: monday 1 … sunday 7. */
export const WEEKDAYS: Record<string, number> = Object.fromEntries([...WEEKDAY_LIST].map((w, i) => [w, i + 1]));
export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
export const ORD: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
export const COUNT: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  several: -1,
  few: -1,
};
export const UNITS: Record<string, 'D' | 'W' | 'M' | 'Y' | 'Q'> = {
  day: 'D',
  days: 'D',
  week: 'W',
  weeks: 'W',
  month: 'M',
  months: 'M',
  year: 'Y',
  years: 'Y',
  quarter: 'Q',
};
export const REL: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  this: 0,
  next: 1,
  coming: 1,
  following: 1,
};
export const VAGUE: Record<string, string> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  recently: 'PAST_REF',
  soon: 'FUTURE_REF',
};

// words that can follow "the" in a date expression
export const THE_NEXT = new Set<string>([
  "'",
  '’',
  'end',
  'beginning',
  'start',
  'middle',
  'first',
  'second',
  'third',
  'fourth',
  'final',
  'last',
  'next',
  'following',
  'previous',
  'same',
  'day',
  'year',
  'weekend',
  'future',
  'near',
  'long',
  'past',
  'time',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
]);

export const STARTERS = new Set<string>([
  ...Object.keys(MONTHS),
  ...Object.keys(MONTH_ABBR),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(SEASONS),
  ...Object.keys(VAGUE),
  ...Object.keys(REL),
  ...Object.keys(COUNT),
  'yesterday',
  'today',
  'tomorrow',
  'tonight',
  'earlier',
  'later',
  'early',
  'late',
  'mid',
  'the',
  'that',
  'recent',
  'q1',
  'q2',
  'q3',
  'q4',
  'first',
  'second',
  'third',
  'fourth',
]);

/**
 * `words.has` behind a cheap test: per first two letters (a–z, or anything else), a bit per word length.
 * Most words of a text share neither their start and length with a member, so they are never hashed.
 */
export function wordGate(words: ReadonlySet<string>): (w: string) => boolean {
  const lengths = new Int32Array(27 * 27);
  for (const w of words) lengths[gateSlot(w)] |= 1 << Math.min(w.length, 31);
  return (w) => (lengths[gateSlot(w)] & (1 << Math.min(w.length, 31))) !== 0 && words.has(w);
}

function gateSlot(w: string): number {
  // a missing character (NaN) and anything but a–z fall in the last row or column
  const a = w.charCodeAt(0) - 97;
  const b = w.charCodeAt(1) - 97;
  return (a >= 0 && a < 26 ? a : 26) * 27 + (b >= 0 && b < 26 ? b : 26);
}

/** STARTERS.has, gated. */
export const isStarter = wordGate(STARTERS);
