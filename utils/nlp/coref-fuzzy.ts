// Misspelled surnames: news copy often spells a name two ways ("DesRosier" … "DesRoiser said"). A single-word
// name that is one or two edits from exactly one known person's surname is taken to be that person.
import type { Person } from './types';

/** Optimal string alignment distance (edits with adjacent transpositions), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

const surname = (p: Person) =>
  p.name
    .split(/\s+/)
    .filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w))
    .at(-1) ?? '';

/** The one person (other than `self`) whose surname `word` misspells, or null. Same initial, 6+ letters. */
export function fuzzySurname(word: string, people: Person[], self?: Person): Person | null {
  if (word.length < 6) return null;
  const max = word.length >= 8 ? 2 : 1;
  const lw = word.toLowerCase();
  let found: Person | null = null;
  for (const p of people) {
    if (p === self || !/\s/.test(p.name)) continue;
    const s = surname(p);
    if (s[0] !== word[0] || s === word) continue;
    if (editDistance(lw, s.toLowerCase(), max) <= max) {
      if (found && found !== p) return null;
      found = p;
    }
  }
  return found;
}
