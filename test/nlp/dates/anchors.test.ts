import { describe, expect, it } from 'vitest';
import { anchorEnd, nextAnchor } from '../../../utils/nlp/dates/anchors';
import { STARTERS, isStarter, wordGate } from '../../../utils/nlp/dates/words';

// The regular expression nextAnchor() replaced: it must find the same matches.
const ANCHOR_RE =
  /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|now|currently|nowadays|recently|recent|soon|weeks?|weekend|months?|years?|quarter|days?|spring|summer|fall|autumn|winter|future|past|term|being|q[1-4])\b/g;

/** Every anchor of s as [start, end), found one after the other from the end of the last. */
function all(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = nextAnchor(s, 0); i >= 0; i = nextAnchor(s, anchorEnd)) out.push([i, anchorEnd]);
  return out;
}

function byRegex(s: string, from = 0): [number, number][] {
  const out: [number, number][] = [];
  ANCHOR_RE.lastIndex = from;
  for (let m = ANCHOR_RE.exec(s); m; m = ANCHOR_RE.exec(s)) out.push([m.index, ANCHOR_RE.lastIndex]);
  return out;
}

describe('nextAnchor', () => {
  it.each([
    ['', []],
    ['the weekly meeting', []],
    ['a weekend away', [[2, 9]]],
    [
      'in 2024',
      [
        [3, 4],
        [4, 5],
        [5, 6],
        [6, 7],
      ],
    ],
    [
      'q3 results, not q5 or q12',
      [
        [0, 2],
        [17, 18],
        [23, 24],
        [24, 25],
      ],
    ],
    ['mid-term and midterm', [[4, 8]]],
    [
      'now_on years2 days',
      [
        [12, 13],
        [14, 18],
      ],
    ],
    ['élnow ñtoday', [[7, 12]]],
    ['é now', [[2, 5]]],
    ['maybe may', [[6, 9]]],
  ])('%j', (s, want) => {
    expect(all(s)).toEqual(want);
    expect(byRegex(s)).toEqual(want);
  });

  it('starts inside a word as the regex does: only digits match there', () => {
    expect(nextAnchor('today x', 1)).toBe(-1);
    expect(nextAnchor('ab3 now', 1)).toBe(2);
    expect(anchorEnd).toBe(3);
  });

  it('finds what the regex finds in random text, from any start', () => {
    const parts = [
      'now',
      'week',
      'weeks',
      'q1',
      'q',
      '4',
      'day',
      'days',
      'may',
      'be',
      'being',
      'sept',
      '_',
      'é',
      'x',
      'Q2',
      'Now',
      'monday',
      '3rd',
      'nowadays',
    ];
    const seps = [' ', '', '-', '.', "'", '\n', 'ß', '1'];
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let j = rnd(8); j >= 0; j--) s += parts[rnd(parts.length)] + seps[rnd(seps.length)];
      const from = rnd(s.length + 1);
      const got: [number, number][] = [];
      for (let i = nextAnchor(s, from); i >= 0; i = nextAnchor(s, anchorEnd)) got.push([i, anchorEnd]);
      expect([s, from, got]).toEqual([s, from, byRegex(s, from)]);
    }
  });
});

describe('wordGate', () => {
  const gate = wordGate(new Set(['a', 'an', 'the', 'q1', 'sept', 'über', '']));
  it.each([
    ['a', true],
    ['an', true],
    ['the', true],
    ['q1', true],
    ['sept', true],
    ['über', true],
    ['', true],
    ['and', false],
    ['then', false],
    ['q2', false],
    ['s', false],
    ['über2', false],
    ['A', false],
  ])('%j → %s', (w, want) => expect(gate(w)).toBe(want));

  it('answers as Set.has for every starter of the date grammar and its neighbours', () => {
    for (const w of STARTERS) {
      expect(isStarter(w)).toBe(true);
      expect(isStarter(w + 'x')).toBe(STARTERS.has(w + 'x'));
      expect(isStarter(w.slice(1))).toBe(STARTERS.has(w.slice(1)));
    }
  });
});
