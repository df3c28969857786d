import { describe, expect, it } from 'vitest';
import { addBylines } from '../../../utils/nlp/people/bylines';
import { at, doc, show } from './_doc';

describe('people step: addBylines', () => {
  it("adds the reporter's name on the line above a dateline", () => {
    const d = doc('TALKS RESUME IN CAIRO .\n\nOmar Haddadin\n\nCAIRO 1996-09-02\n\nTalks resumed on Monday .');
    expect(show(d, addBylines(d, []))).toEqual(['Omar Haddadin']);
  });

  it('reads "By" before the name and replaces a mention of part of it', () => {
    const d = doc('Shares rise\n\nBy Priya Okonjo\n\nLAGOS, June 10 (Reuters) - Shares rose.');
    expect(show(d, addBylines(d, [at(d, 'Okonjo')]))).toEqual(['Priya Okonjo']);
  });

  it('adds no line that is not right above a dateline, nor a place or an organization', () => {
    const prose = doc('Omar Haddadin\n\nTalks resumed on Monday in Cairo .');
    expect(addBylines(prose, [])).toEqual([]);
    const org = doc('Middle East Desk\n\nCAIRO 1996-09-02\n\nTalks resumed .');
    expect(addBylines(org, [])).toEqual([]);
  });
});
