// Step of the interview reader (quotes/interview.ts): does a text say it is an interview? A word saying so early
// ("Wikinews interviewed …", "in a Q&A", "edited for length"), that is not a job interview, an interview the text
// reports ('said in an interview with the BBC') or a talk to a crowd ('spoke to reporters').
import { words as notInterviewWords } from '../data/quote-interview-not.json';

const HIRING: ReadonlySet<string> = new Set(notInterviewWords);

/** A text that presents itself as an interview says so early ("Wikinews interviewed …", "in a Q&A", "X tells
 *  Wikinews", "spoke with", "edited for length", "has been condensed", the writer's "We met in a hotel" or "We
 *  caught up with her in Dubai", a "Transcript:"). "tells" only before a name or an outlet:
 *  a column's "my friend tells everyone" and "the minister tells airlines" are not interviews. */
export const TELLS_CUE = /\btells\s+\p{Lu}/u;
const INTERVIEW_CUES =
  /\b(?:interview(?:s|ed|ing)?|[Tt]ranscript|Q\s?&\s?A|Q and A|(?:talk(?:s|ed)?|sp(?:eaks|oke)|chat(?:s|ted)?)\s+(?:to|with)|[Ww]e\s+(?:met|caught\s+up\s+with)|I\s+caught\s+up\s+with|s(?:at|its) down with|in conversation with|discuss(?:es|ed)\s[^.?!\n]{0,60}?\swith|(?:edited|condensed) for (?:length|clarity|brevity)|(?:has|have) been (?:lightly )?(?:edited|condensed))\b/gi;
export const CUE_WINDOW = 2000;
/** The word before "interview", and the noun of "interview(ing) for a …" after it. */
const WORD_BEFORE = /(\p{L}+)[\s-]*$/u;
const FOR_WHAT = /^\s+for\s+(?:(?:a|an|the|my|your|his|her|their|this|that|new|summer)\s+)*(\p{L}+)/iu;

/** An interview the text reports rather than is: a speech verb right before it ('said in an interview with the
 *  BBC', 'told the paper in a phone interview'); "In an interview, the president …" may be the text's own. */
const REPORTED_INTERVIEW =
  /\b(?:said|says|speaking|talking|told\s+[^.!?\n]{1,40}?|tells\s+[^.!?\n]{1,40}?|added|explained|argued|noted|claimed|admitted|revealed|insisted|stated|acknowledged|warned)\s+(?:(?:on|last)\s+\p{L}+\s+)?(?:in|during)\s+(?:a|an|his|her|their|its|one)\s+(?:[\p{L}\d-]+\s+){0,2}$/iu;
/** 'In an interview with the BBC on Sunday, the minister said …': an interview the sentence goes on to report with
 *  a speech verb ("In an interview, the president spoke about peace" and "In the interview, Herrick explains" stay
 *  the text's own). */
const IN_AN_INTERVIEW = /\b(?:in|during)\s+(?:a|an|his|her|their|its|one)\s+(?:[\p{L}\d-]+\s+){0,2}$/iu;
const REPORTED_AFTER =
  /^[^.!?\n]{0,150}?\b(?:said|says|told|tells|added|argued|claimed|admitted|revealed|insisted|stated|acknowledged|warned)\b/i;

/** Talking to a crowd is no interview: 'spoke to reporters', 'talked with supporters'. */
const CROWD =
  /^\s+(?:(?:the|a|some|local|foreign|gathered|waiting|visiting)\s+)?(?:reporters|journalists|press|media|crowds?|supporters|audiences?|students|lawmakers|legislators|delegates|voters|residents|protesters|troops|workers|employees|staff|members|fans|parliament|congress|the\s+nation)\b/i;

/** Whether the text's head says it is an interview: a cue that is not a job interview or an admissions one,
 *  nor an interview or a talk the text reports. */
export function saysInterview(head: string): boolean {
  for (const m of head.matchAll(INTERVIEW_CUES)) {
    if (
      /^(?:talk|spo|spe|chat)/i.test(m[0]) &&
      CROWD.test(head.slice(m.index + m[0].length, m.index + m[0].length + 40))
    )
      continue;
    if (/^interview/i.test(m[0])) {
      if (REPORTED_INTERVIEW.test(head.slice(Math.max(0, m.index - 80), m.index))) continue;
      const after = m.index + m[0].length;
      if (
        IN_AN_INTERVIEW.test(head.slice(Math.max(0, m.index - 40), m.index)) &&
        REPORTED_AFTER.test(head.slice(after, after + 160))
      )
        continue;
      const before = WORD_BEFORE.exec(head.slice(Math.max(0, m.index - 30), m.index))?.[1].toLowerCase();
      const what = FOR_WHAT.exec(head.slice(m.index + m[0].length, m.index + m[0].length + 60))?.[1].toLowerCase();
      if ((before && HIRING.has(before)) || (what && HIRING.has(what))) continue;
    }
    return true;
  }
  return false;
}
