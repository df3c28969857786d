import { describe, expect, it } from 'vitest';
import { dropOrgContext } from '../../../utils/nlp/people/org-context';
import { at, doc, show } from './_doc';

describe('people step: dropOrgContext', () => {
  it("drops names inside an organization's name", () => {
    const d = doc("Friends of Bernie Sanders met at Sam's Club near the Ford Motor plant.");
    const ms = [at(d, 'Bernie Sanders'), at(d, 'Sam'), at(d, 'Ford')];
    expect(dropOrgContext(d, ms)).toEqual([]);
  });

  it('drops a name right after a kind of organization', () => {
    const d = doc('The German magazine Der Spiegel reported it.');
    expect(dropOrgContext(d, [at(d, 'Der Spiegel')])).toEqual([]);
  });

  it("keeps a person's name", () => {
    const d = doc("Bernie Sanders met Sam Smith at the club's bar.");
    const ms = [at(d, 'Bernie Sanders'), at(d, 'Sam Smith')];
    expect(show(d, dropOrgContext(d, ms))).toEqual(['Bernie Sanders', 'Sam Smith']);
  });

  it('drops a name opened by a nationality or creed, not a given name that is also one', () => {
    const d = doc('Christian Cullen scored. Christian Democrats met in the Dutch East Indies.');
    const ms = [at(d, 'Christian Cullen'), at(d, 'Christian Democrats'), at(d, 'Dutch East Indies')];
    expect(show(d, dropOrgContext(d, ms))).toEqual(['Christian Cullen']);
  });

  it.each([
    ['Shares of Eli Lilly rose.', 'Eli Lilly', []],
    ["Trader Joe's recalled snacks.", 'Trader Joe', []],
    ['Booz Allen Hamilton won the contract.', 'Allen Hamilton', []],
    ['Dr. Martens boots sold out.', 'Martens', []],
    ["Warner Bros Discovery's Max grew.", 'Warner Bros Discovery', []],
    ['The Jefferson Davis Parkway was renamed.', 'Jefferson Davis', []],
    ['Kennedy airport runway closed', 'Kennedy', []],
    ['Astronomers used the James Webb Space Telescope.', 'James Webb Space', []],
    // a territory, a province, a valley named after a person
    ['New Zealand claims the Ross Dependency in Antarctica.', 'Ross', []],
    ['Floods hit Hunan Province.', 'Hunan', []],
    ['The Napa Valley wineries reopened.', 'Napa', []],
    ['Designer Calvin Klein spoke.', 'Calvin Klein', ['Calvin Klein']],
    ['Mary Kay Letourneau was jailed.', 'Mary Kay Letourneau', ['Mary Kay Letourneau']],
  ])('a company or road named like a person: %s', (text, name, kept) => {
    const d = doc(text);
    expect(show(d, dropOrgContext(d, [at(d, name)]))).toEqual(kept);
  });
});
