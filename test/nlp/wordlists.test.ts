// Word lists are data (utils/nlp/data/*.json: { about, words }), one concept per file. A word in two lists is
// reported unless the pair is listed below as intended: either with the exact shared words, or as two lists
// that answer different questions (any shared word is fine). Every word list in the folder takes part, the
// quotation cue verbs (CUES of quotes-attribution.ts, speaker-cues.json) and the speaker ranker's lists too.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUES } from '../../utils/nlp/quotes-attribution';

interface WordList {
  about: string;
  words: string[];
}

const DATA = fileURLToPath(new URL('../../utils/nlp/data/', import.meta.url));
/** Every { about, words } file (not the generated lexicon and models, nor files of several lists). */
const WORD_LISTS: Record<string, WordList> = Object.fromEntries(
  readdirSync(DATA)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(DATA + f, 'utf8')) as Partial<WordList>] as const)
    .filter((e): e is [string, WordList] => typeof e[1].about === 'string' && Array.isArray(e[1].words)),
);
/** Second lists kept in a file beside its `words` ({ about<Key>, <key> }), checked like the others. */
const SUB_LISTS: Record<string, WordList> = Object.fromEntries(
  [['name-hyphen-affixes', 'prefixes']].map(([file, key]) => {
    const json = JSON.parse(readFileSync(DATA + file + '.json', 'utf8')) as Record<string, unknown>;
    const about = json['about' + key[0].toUpperCase() + key.slice(1)];
    return [`${file}.${key}`, { about: String(about), words: json[key] as string[] }];
  }),
);
const NLP = fileURLToPath(new URL('../../utils/nlp/', import.meta.url));
const LOADERS = readdirSync(NLP, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(NLP + f, 'utf8'))
  .join('\n');

const lists: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries({ ...WORD_LISTS, ...SUB_LISTS }).map(([k, v]) => [k, v.words]),
);
const SPEAKER_LISTS = Object.keys(lists).filter((k) => k.startsWith('speaker-'));
/** The speaker lists of nouns (the cue verbs are checked word by word like the other verb lists). */
const SPEAKER_NOUNS = SPEAKER_LISTS.filter((k) => k !== 'speaker-cues');
const ROLE_AND_ORG_LISTS = [
  'role-words',
  'titles',
  'strong-titles',
  'kin-words',
  'org-after',
  'org-after-lower',
  'org-words',
  'org-of',
  'org-first',
  'org-kinds',
  'eponymous',
];
/** Every pair of a list in `as` and a different list in `bs`, intended with any shared word. */
const between = (as: string[], bs: string[], why: string): [string, string, 'any', string][] =>
  as.flatMap((a) => bs.filter((b) => b !== a).map((b): [string, string, 'any', string] => [a, b, 'any', why]));

/** [list, list, the shared words ('any': unrelated questions), why]. */
const INTENDED: [string, string, string[] | 'any', string][] = [
  // the three verb lists: the same verbs mark a person (speech-verbs: document evidence for the tagger;
  // person-verbs: a news convention after the tagger) and a quotation (quote-cues)
  [
    'speech-verbs',
    'person-verbs',
    'said says told died married tweeted smiled laughed wrote recalled explained insisted admitted added argued noted asked replied'.split(
      ' ',
    ),
    'both mark a person before them; person-verbs is read after tagging, speech-verbs before',
  ],
  [
    'speech-verbs',
    'speaker-cues',
    'said says told added explained asked wrote argued noted stated tweeted insisted recalled replied responded warned acknowledged admitted claimed continued declared laughed'.split(
      ' ',
    ),
    'a speech verb marks a person and may introduce a quotation',
  ],
  [
    'person-verbs',
    'speaker-cues',
    'said says told testified pleaded tweeted laughed wrote recalled explained insisted admitted added argued noted asked replied shouted whispered admits explains insists pleads recalls replies tells testifies whispers'.split(
      ' ',
    ),
    'a person verb may introduce a quotation',
  ],
  ['person-object-verbs', 'speaker-cues', ['urged'], 'urged takes a person and may introduce a quotation'],
  [
    'person-object-verbs',
    'quote-judging-verbs',
    ['accused', 'blamed', 'criticized', 'praised', 'criticised', 'thanked', 'welcomed'],
    'a verb of judging aloud takes a person and hands words to its subject',
  ],
  [
    'person-subject-verbs',
    'quote-judging-verbs',
    ['criticized', 'praised', 'criticised', 'thanked'],
    'a verb of judging aloud takes a person and hands words to its subject',
  ],
  [
    'person-verbs',
    'quote-judging-verbs',
    ['apologised', 'apologises', 'apologized', 'apologizes'],
    'a verb of apology marks a person and hands words to its subject',
  ],
  ['person-object-verbs', 'person-subject-verbs', 'any', 'person-subject-verbs is the subset of person-object-verbs'],
  ['person-object-verbs', 'person-verbs', ['married'], 'married takes a person on both sides'],
  ['person-object-verbs', 'speech-verbs', ['married'], 'married takes a person on both sides'],
  ['person-subject-verbs', 'person-verbs', ['married'], 'married takes a person on both sides'],
  ['person-subject-verbs', 'speech-verbs', ['married'], 'married takes a person on both sides'],
  // tense of a clause (dates) is another question than who speaks
  ['past-cues', 'speech-verbs', 'any', 'tense, not speakers'],
  ['past-cues', 'person-verbs', 'any', 'tense, not speakers'],
  ['past-cues', 'person-object-verbs', 'any', 'tense, not speakers'],
  ['past-cues', 'person-subject-verbs', 'any', 'tense, not speakers'],
  ['past-cues', 'speaker-cues', 'any', 'tense, not speakers'],
  ['future-cues', 'speaker-cues', 'any', 'tense, not speakers'],
  ['past-cues', 'org-words', ['reported'], 'tense; "a Politico report(ed)" after an outlet'],
  ['org-words', 'speaker-cues', ['reported'], '"reported" after an outlet, and as a cue'],
  // titles and roles: a title is a role written before a name
  ['titles', 'strong-titles', 'any', 'strong-titles is the subset of titles that nearly always precedes a name'],
  ['titles', 'role-words', 'any', 'a title is a role written before the name'],
  ['strong-titles', 'role-words', 'any', 'a title is a role written before the name'],
  ['kin-words', 'role-words', 'any', 'kin nouns describe a person in an apposition too'],
  ['kin-words', 'titles', ['father'], '"Father Brown": a priest\'s title'],
  [
    'kin-words',
    'person-kin-titles',
    ['aunt', 'cousin', 'uncle'],
    'a name after a kin noun vs a kin word as a title to cut ("Aunt Miranda")',
  ],
  [
    'person-kin-titles',
    'speaker-roles',
    ['aunt', 'cousin', 'uncle'],
    "a kin word as a title vs the same noun as an unnamed speaker's role",
  ],
  // organizations: words after, before, "of" and kinds answer different positions around a name
  ['org-after', 'org-words', 'any', 'org-words: evidence gathered before tagging; org-after: a rule after it'],
  ['org-after', 'org-after-lower', 'any', 'org-after-lower: the company suffixes that count even in lower case'],
  ['org-after-lower', 'org-words', 'any', 'company suffixes'],
  ['org-after', 'org-of', 'any', '"Ford Foundation" and "Foundation of …"'],
  ['org-after', 'org-first', 'any', '"Harvard University" and "University of …"'],
  ['org-after', 'org-kinds', 'any', '"Ford Company" and "the company Ford"'],
  ['org-first', 'org-kinds', 'any', 'position before a name, capitalized or not'],
  ['org-first', 'org-of', 'any', 'position before a name'],
  ['org-first', 'org-words', 'any', 'position before or after a name'],
  ['org-kinds', 'org-of', 'any', 'position before a name'],
  ['org-kinds', 'org-words', 'any', 'position before or after a name'],
  ['org-of', 'org-words', 'any', 'position before or after a name'],
  ['eponymous', 'org-after', ['sachs'], '"Goldman Sachs" alone and after "Goldman"'],
  ['eponymous', 'quote-work-nouns', ['tiktok'], '"TikTok" alone, and "her TikTok, "…"" before a video\'s title'],
  ['eponymous', 'org-first', ['dolby'], '"Dolby" alone and "Dolby Theatre"'],
  ['storm-words', 'org-first', 'any', '"Storm Dennis" opens no name, and "Dennis" alone is the storm'],
  ['east-asian-family-names', 'org-after', ['park'], '"Park Joo-Ho" and "Central Park"'],
  ['kin-words', 'org-after', ['brothers'], '"his brothers Tom and Jack" and "Warner Brothers"'],
  ['kin-words', 'org-of', ['daughters', 'sons'], '"her daughters, Siobhán and Áine" and "Sons of Anarchy"'],
  // particles: the general list, the ones that open surnames, and the prefixes that glue to a capital
  ['name-particles', 'surname-particles', 'any', 'surname-particles is a subset of the particles'],
  ['glue-prefixes', 'name-particles', 'any', '"DeSantis" glued, "de Blasio" apart'],
  ['glue-prefixes', 'surname-particles', 'any', '"DeSantis" glued, "de Blasio" apart'],
  ['east-asian-family-names', 'glue-prefixes', ['ma'], '"Ma Ying-jeou" and "MacArthur"'],
  ['burmese-name-syllables', 'org-first', ['san'], '"Aung San Suu Kyi" and "San Francisco"'],
  // a word joined to a name by a hyphen ("Kremlin-backed") answers no question the word alone does
  ...between(['name-hyphen-affixes'], Object.keys(lists), 'a word joined to a name by a hyphen, not the word alone'),
  // 'post-Mugabe' is a prefix before a hyphen; 'the Post said' is a newspaper
  ...['speaker-document-heads', 'speaker-org-name-words'].map((k): [string, string, string[], string] => [
    'name-hyphen-affixes.prefixes',
    k,
    ['post'],
    'a prefix joined to a name by a hyphen, not the newspaper',
  ]),
  // abbreviations (where a period ends no sentence) are about punctuation, not meaning
  ...['title-abbreviations', 'soft-abbreviations', 'sentence-openers'].flatMap((abbr) =>
    Object.keys(lists)
      .filter((k) => k !== abbr)
      .map((k): [string, string, 'any', string] => [abbr, k, 'any', 'sentence breaks, not meaning']),
  ),
  ['place-prepositions', 'sentence-openers', 'any', 'sentence breaks, not meaning'],
  // the speaker ranker's lists (utils/nlp/speakers/) ask who speaks for a quotation; the name lists ask whether
  // a capitalized word is a person. Roles and organization words are shared concepts: merging them is left to
  // the speaker lists' owner (reported), so for now any shared word is accepted
  ...between(SPEAKER_NOUNS, ROLE_AND_ORG_LISTS, 'speakers and names: a shared concept, to be merged'),
  ...between(SPEAKER_NOUNS, SPEAKER_NOUNS, "the speaker ranker's own lists").filter(([a, b]) => a < b),
  ['speaker-cues', 'speaker-document-heads', ['warning'], '"warning" cues a quotation and heads "the warning said"'],
  [
    'quote-context-words',
    'speaker-said-nouns',
    ['comment', 'words'],
    'a noun of what was said marks speech around marks and hands a quotation to its possessor',
  ],
  ['speaker-cues', 'speaker-said-nouns', ['warning'], '"warning" cues a quotation and, owned, hands one over'],
  ['speaker-document-heads', 'future-cues', ['will', 'plan'], '"the will", "the plan" as documents'],
  ['speaker-document-heads', 'east-asian-family-names', ['song'], '"the song says" and the family name Song'],
  // a work named in marks after its noun ("the song, “…”") is not a quotation; the same nouns head a document
  // that speaks, a family name and an organization's noun
  ['quote-work-nouns', 'speaker-document-heads', 'any', 'a work named in marks vs a document that speaks'],
  [
    'quote-speech-rulings',
    'speaker-document-heads',
    ['ruling'],
    'a ruling speaks, and "ruling that …" hands words over',
  ],
  ['quote-work-nouns', 'east-asian-family-names', 'any', 'a work noun vs the family name Song'],
  ['quote-work-nouns', 'org-after', 'any', 'a work noun vs an organization noun after a name ("show")'],
  ['future-cues', 'sentence-openers', 'any', 'sentence breaks, not meaning'],
  ['past-cues', 'sentence-openers', 'any', 'sentence breaks, not meaning'],
  // "the Obama administration": a lower-case noun after a name marks a person; the same nouns head
  // organizations ("Trump Administration") and unnamed speakers ("an aide said")
  // "PV Sindhu" vs "BBC Radio": acronyms in capitals that open no person's name, also words of other lists
  ...between(
    ['not-joined-initials'],
    [
      'east-asian-family-names',
      'eponymous',
      'glue-prefixes',
      'name-particles',
      'org-first',
      'role-words',
      'speaker-org-name-words',
      'speaker-roles',
      'strong-titles',
      'surname-particles',
      'titles',
    ],
    'an acronym in capitals vs the same letters as a word',
  ),
  // "Villa manager Unai Emery": the words before a club's role are the club; the role is a person's too
  ...between(
    ['club-roles'],
    ['not-joined-initials', 'role-words', 'speaker-roles', 'speaker-unnamed-heads', 'strong-titles', 'titles'],
    "a club's role before its holder vs the same word as a person's role or title",
  ),
  ...between(
    ['person-attributive-nouns'],
    [...ROLE_AND_ORG_LISTS, ...SPEAKER_NOUNS],
    "a noun after a person's name, not a name word",
  ),
];

/** Repeats in lists not owned with this test, reported to their owner (a repeat is harmless in a set). */
const REPEATS_REPORTED: Record<string, string[]> = { 'speaker-org-name-words': ['council', 'foundation'] };

function intended(a: string, b: string): string[] | 'any' | null {
  for (const [x, y, words] of INTENDED) if ((x === a && y === b) || (x === b && y === a)) return words;
  return null;
}

describe('word lists', () => {
  it('every list is loaded by the analysis, and CUES is the speaker-cues list', () => {
    expect(Object.keys(WORD_LISTS).length).toBeGreaterThan(20);
    for (const name of Object.keys(WORD_LISTS)) expect(LOADERS, name).toContain(`/data/${name}.json'`);
    expect([...CUES]).toEqual(lists['speaker-cues']);
  });

  it('every list says what it is for and has no repeated or upper-case word', () => {
    for (const [name, l] of Object.entries({ ...WORD_LISTS, ...SUB_LISTS })) {
      expect(l.about.length, name).toBeGreaterThan(20);
      expect(l.words.length, name).toBeGreaterThan(0);
      const repeated = l.words.filter((w, i) => l.words.indexOf(w) !== i);
      expect(repeated, name + ' repeats a word').toEqual(REPEATS_REPORTED[name] ?? []);
      expect(
        l.words.filter((w) => w !== w.toLowerCase() || w !== w.trim()),
        name,
      ).toEqual([]);
    }
  });

  it('no word is in two lists unless that is intended', () => {
    const names = Object.keys(lists).sort();
    const unintended: string[] = [];
    const stale: string[] = [];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const other = new Set(lists[names[j]]);
        const shared = lists[names[i]].filter((w) => other.has(w)).sort();
        const ok = intended(names[i], names[j]);
        if (ok === 'any') continue;
        const allowed = new Set(ok ?? []);
        const extra = shared.filter((w) => !allowed.has(w));
        if (extra.length) unintended.push(`${names[i]} × ${names[j]}: ${extra.join(' ')}`);
        const gone = [...allowed].filter((w) => !shared.includes(w));
        if (gone.length) stale.push(`${names[i]} × ${names[j]} no longer share: ${gone.join(' ')}`);
      }
    }
    expect(unintended).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('the check finds a word added to a second list', () => {
    const shared = (a: readonly string[], b: readonly string[]) => a.filter((w) => b.includes(w));
    const roles = [...lists['role-words'], 'said'];
    expect(shared(roles, lists['person-verbs'])).toEqual(['said']);
    expect(intended('role-words', 'person-verbs')).toBeNull();
  });

  it('every intended pair names lists that exist', () => {
    for (const [a, b] of INTENDED) {
      expect(lists[a], a).toBeDefined();
      expect(lists[b], b).toBeDefined();
    }
  });
});
