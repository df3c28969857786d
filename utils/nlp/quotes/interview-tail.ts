// Step of the interview reader (quotes/interview.ts): the page's own lines after an interview's last answer,
// which end it. A stage direction of the transcript ('(SOUNDBITE OF MUSIC)', '[AD BREAK]'), the copyright, the
// outlet's note on its transcripts ('NPR transcripts are created on a rush deadline'), a work's publisher or
// release ('Burning Questions Again is published by Chatto & Windus.'), the writer's own line ('Jordan Avery is a
// staff writer for The Athletic.') and the interviewer's credit ('Sam Barrott was speaking to Leah Carr.', 'Q&A
// conducted by Tess Palmer.').
import { ROLE_WORDS } from '../wordlists';
import { FIRST_PERSON } from './interview-labels';

/** A paragraph that is only a direction in brackets, in capitals. */
const DIRECTION = /^[[(][^a-z\])\n]{2,40}[\])]$/;
const COPYRIGHT = /^(?:Copyright\b|©)/i;
const TRANSCRIPT_NOTE =
  /\btranscripts?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\p{L}+\s+){0,2}?(?:created|generated|produced|edited|transcribed|prepared)\b/iu;
/** A work's publisher or release, its title for subject (not a pronoun of the answer's). */
const RELEASE =
  /^(?!(?:It|It['’]s|This|That|They|He|She|We|I|You|There)\b)\p{Lu}[^.!?\n]{0,100}?\s(?:is|are)\s+(?:published|produced|out\s+now|available|released|on\s+sale|in\s+(?:cinemas|theaters|theatres|bookshops|bookstores))\b/u;
const NAME = String.raw`(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}`;
/** A name, 'is' and an article, then up to four words to a role ('Jordan Avery is a staff writer for …'). */
const NAME_IS = new RegExp(String.raw`^${NAME}(?:is|was)\s+(?:a|an|the)\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)`, 'u');
const INTERVIEWER_CREDIT = new RegExp(String.raw`^${NAME}(?:was|were)\s+(?:speaking|talking)\s+(?:to|with)\b`, 'u');
/** Who held the interview ('Q&A conducted by Tess Palmer.', 'Interview by Sam Lee', 'This interview was recorded
 *  on 3 May.'). */
const CONDUCTED =
  /^(?:(?:(?:This|The|Our)\s+)?(?:Q\s?&\s?A|interview|conversation)\s+(?:(?:was|has\s+been)\s+)?(?:conducted|carried\s+out|recorded|compiled)\b|Interview(?:ed)?\s+by\s)/iu;

/** Someone's job told in the third person, with no first person: the page's line on its writer or guest. */
function writerLine(p: string): boolean {
  const m = NAME_IS.exec(p);
  if (!m || FIRST_PERSON.test(p)) return false;
  return m[1].split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/s$/, '')));
}

/** Whether a paragraph after an answer is the page's own line (see the file's head). */
export function pageTail(para: string): boolean {
  const p = para.trim();
  return (
    DIRECTION.test(p) ||
    COPYRIGHT.test(p) ||
    TRANSCRIPT_NOTE.test(p) ||
    RELEASE.test(p) ||
    writerLine(p) ||
    INTERVIEWER_CREDIT.test(p) ||
    CONDUCTED.test(p)
  );
}
