// What a candidate speaker is and the evidence for it, as candidates.ts gathers it and features.ts reads it.
import type { Speaker } from '../types';
import type { Cue, Site } from './context';
import type { PhraseClass, PhraseInfo } from './phrase';

type PhraseShape = PhraseInfo['shape'];

export type Route = 'own' | 'next';

export type Evidence =
  | { type: 'none'; cues: Cue[] }
  | {
      type: 'cueMention';
      route: Route;
      cue: Cue;
      last: boolean;
      phrase: PhraseClass;
      orgAfter: boolean;
      /** Named after the phrase, in the rest of an inverted clause: `said the chairman of X, Jim Press`. */
      tail?: boolean;
    }
  | {
      type: 'cuePhrase';
      route: Route;
      cue: Cue;
      cls: PhraseClass;
      indefinite: boolean;
      /** Opens with the/this/its…: "The New York Times", "the company". */
      definite?: boolean;
      /** Words in the phrase. */
      length: number;
      /** A lower-case word ending in -ed or a finite verb inside: a clause, not a noun phrase. */
      verbish: boolean;
      as?: 'person' | 'org';
      shape?: PhraseShape;
      firstName?: boolean;
    }
  | { type: 'roleMatch'; route: Route; cue: Cue; n: number }
  /** An institution named just before an "it"/"they" cue. */
  | {
      type: 'institution';
      route: Route;
      cue: Cue;
      pronoun: string;
      rank: number;
      /** A name the people finder missed. */ name?: true;
    }
  | { type: 'surnameMatch'; route: Route; cue: Cue; n: number; fuzzy: boolean }
  | {
      type: 'pronoun';
      route: Route;
      cue: Cue;
      pronoun: string;
      gender: 'match' | 'mismatch' | 'unknown';
      rank: number;
      subject: boolean;
      paraDist: number;
      /** Sentences between the referent's last mention and the pronoun. */
      sentDist: number;
      /** The sentence just before the pronoun's names somebody. */
      prevSentNamed: boolean;
      lastSpeaker: boolean;
      /** The first person named in the pronoun's paragraph (its topic: "Fetter, for her part, … she said"). */
      paraTopic: boolean;
      /** The pronoun ends a chain of sentences opening with it (chain.ts) whose head is this person or another. */
      chain?: 'head' | 'other';
      /** How many people are named within reach before the pronoun (its possible referents). */
      named: number;
    }
  | {
      type: 'window';
      dir: 'before' | 'after';
      where: 'sentence' | 'nextSentence' | 'paragraph' | 'prevParagraph' | 'far';
      rank: number;
      subject: boolean;
      cueNext: boolean;
      cuePrev: boolean;
    }
  | {
      type: 'continuation';
      onlyAttribution: boolean;
      sameSentence: boolean;
      paraDist: number;
      ownCue: boolean;
      /** What the quotation's own nearest cue names (its phrase class), or 'none'. */
      ownPhrase: PhraseClass | 'none';
      opensPara: boolean;
      prevEndsPara: boolean;
    };

export interface Candidate {
  key: string;
  speaker: Speaker | null;
  evidence: Evidence[];
}

/** What the ranker decided for the quotation before (continuation evidence). */
export interface Previous {
  site: Site;
  key: string;
  speaker: Speaker;
  /** End of the previous quotation's own attribution after it (or its closing mark). */
  attrEnd: number;
}
