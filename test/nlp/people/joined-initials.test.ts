import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../utils/nlp/people';
import { addJoinedInitials } from '../../../utils/nlp/people/joined-initials';
import { splitSentences } from '../../../utils/nlp/sentences';
import { doc, show } from './_doc';

const names = (t: string) =>
  findPeople(t, splitSentences(t)).flatMap((p) => p.mentions.map((m) => t.slice(m.start, m.end)));

describe('people step: addJoinedInitials', () => {
  it.each([
    // a role, a title, a person's verb, 'by' or the surname alone elsewhere: the capitals are initials
    ['Badminton star PV Sindhu won on Sunday.', ['PV Sindhu']],
    ['Tamil Nadu Chief Minister MK Stalin met officials.', ['MK Stalin']],
    ['The film was directed by SS Rajamouli.', ['SS Rajamouli']],
    ['BS Yediyurappa, the former chief minister, said he would resign.', ['BS Yediyurappa']],
    ['JRR Tolkien wrote the book.', ['JRR Tolkien']],
    ['PV Sindhu won on Sunday. Sindhu said later that she was tired.', ['PV Sindhu', 'Sindhu']],
    // one capital without a period, as Indian outlets write it
    ['The order was signed by S Jaishankar.', ['S Jaishankar']],
    ['The collector, K Annamalai, said the roads were closed.', ['K Annamalai']],
    ['File photo of interviewee R Saravanan.', ['R Saravanan']],
    // the tagger took the surname: the initials join it, also after a role opening the sentence
    ['Cricketer MS Dhoni retired.', ['MS Dhoni']],
    // a middle initial after a given name stays the tagger's
    ['Harry S Truman was president, and Truman said so.', ['Harry S Truman', 'Truman']],
    [
      'Meteorologist S Balachandran said more rain was likely. According to Balachandran, it will pass.',
      ['S Balachandran', 'Balachandran'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // acronyms of organizations, teams and offices; capitals the text also uses alone; common words after
    'Fans of the NY Knicks said they were tired.',
    'PSV Eindhoven won 3-0 on Saturday.',
    'The BBC Radio show aired on Monday.',
    'Home Secretary Suella Braverman told GB News it was clear.',
    'The PV panels were cheap, and PV Sindhu said so.',
    'Colleagues said MS Teams crashed again.',
    'The AP Photo shows the crowd.',
    'Chrysler LLC Jim Press spoke.',
    'Apple CEO Tim Cook spoke.',
    'Patients with hepatitis B Virus were treated.',
    'A Raja, the former minister, denied it.',
  ])('leaves the capitals in "%s" out of every name', (text) => {
    const d = doc(text);
    expect(show(d, addJoinedInitials(d, []))).toEqual([]);
    expect(names(text).filter((n) => /\b[A-Z]{1,3}\b/.test(n))).toEqual([]);
  });
});
