import { describe, expect, it } from 'vitest';
import { cluster } from '../../../utils/nlp/people/cluster';
import { at, doc } from './_doc';

describe('people: cluster', () => {
  it('groups mentions into people, the fullest form as the name, ids in order', () => {
    const d = doc('Sen. Bernie Sanders spoke. Sanders left. Angela Merkel stayed.');
    const ps = cluster(d, [at(d, 'Bernie Sanders'), at(d, 'Sanders', 1), at(d, 'Angela Merkel')]);
    expect(ps.map((p) => [p.id, p.name, p.aliases, p.mentions.length])).toEqual([
      ['p1', 'Bernie Sanders', ['Sanders'], 2],
      ['p2', 'Angela Merkel', [], 1],
    ]);
    expect(ps[0].descriptors).toEqual(['Sen.']);
  });

  it('puts a surname after a gendered title with the person of that surname whose given name agrees', () => {
    const d = doc('Joan Price fell. Her grandson Liam Price spoke. Mrs Price is home. Mr Price was relieved.');
    const ps = cluster(d, [at(d, 'Joan Price'), at(d, 'Liam Price'), at(d, 'Price', 2), at(d, 'Price', 3)]);
    expect(ps.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Joan Price', 2],
      ['Liam Price', 2],
    ]);
  });

  it('names a person by the form with initials over a bare surname seen more often, not by a trailing initial', () => {
    const d = doc('J.C. Chandor spoke. Chandor left. Chandor waved. Kernighan, Brian J. wrote it; Brian read it.');
    const ps = cluster(d, [
      at(d, 'J.C. Chandor'),
      at(d, 'Chandor', 1),
      at(d, 'Chandor', 2),
      at(d, 'Brian J.'),
      at(d, 'Brian', 1),
    ]);
    expect(ps.map((p) => p.name)).toEqual(['J.C. Chandor', 'Brian']);
  });

  it('reads a capitalized surname particle as a particle ("Ten Hag", "Ter Stegen" are the full names\' people)', () => {
    const d = doc('Erik ten Hag and Marc-André ter Stegen met. Ten Hag left. Ter Stegen stayed.');
    const ps = cluster(d, [
      at(d, 'Erik ten Hag'),
      at(d, 'Marc-André ter Stegen'),
      at(d, 'Ten Hag'),
      at(d, 'Ter Stegen'),
    ]);
    expect(ps.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Erik ten Hag', 2],
      ['Marc-André ter Stegen', 2],
    ]);
  });

  it('keeps two people with different middle initials apart', () => {
    const d = doc('George H. W. Bush and George W. Bush met.');
    const ps = cluster(d, [at(d, 'George H. W. Bush'), at(d, 'George W. Bush')]);
    expect(ps).toHaveLength(2);
  });

  it('starts a mention after a prefix\'s hyphen ("anti-Trump" names Trump)', () => {
    const d = doc('Donald Trump spoke to anti-Trump protesters.');
    const people = cluster(d, [at(d, 'Donald Trump'), at(d, 'anti-Trump')]);
    expect(people.map((p) => p.mentions.map((m) => d.text.slice(m.start, m.end)))).toEqual([['Donald Trump', 'Trump']]);
  });
});
