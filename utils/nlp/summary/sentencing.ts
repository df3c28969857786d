// Sentencing remarks, as courts in England and Wales, Scotland, Ireland, Australia and New Zealand publish them: the
// judge speaks to the defendant ("Daniel Hargreaves, you have pleaded guilty to…", "Mr Wiremu, you appear for sentence
// on…") and passes sentence near the end ("The sentence is one of nine years' imprisonment.", "The end sentence is two
// years and three months' imprisonment."). The sentence passed is the news of the remarks, and the lead (the offence,
// the facts) never reaches it: it closes the summary. So does a court opinion's holding ("We hold that…").
import type { Span } from '../types';
import { dropAsides } from './asides';
import type { Cand } from './candidates';
import { cleanSentence } from './clean';
import { compress } from './compress';

// the judge speaks to the defendant about to be sentenced, or the text says what it is
const ADDRESSED =
  /\b(?:you (?:have )?(?:pleaded|pled|been found|been convicted)\b|you (?:now )?appear (?:today |before (?:me|this court|the court) )?for sentence|I (?:must|will|shall) now sentence you|sentencing (?:remarks|notes))/i;
// the sentence passed: "The sentence is…", "The end sentence is…", "I sentence you to…", "The total sentence I pass is…"
const PASSES =
  /^(?:(?:so|therefore|accordingly|in (?:all|those) (?:the )?circumstances|for (?:these|those|all (?:of )?(?:these|those|the above)) reasons|taking (?:all of )?(?:this|these matters|everything) into account),? )?(?:(?:the|my|your) (?:end |total |overall |final |effective |least )?sentence (?:is|will be|(?:that )?I (?:pass|impose)(?: on you)? is)\b|I (?:therefore |now |accordingly )?(?:sentence you to|impose (?:a|the) (?:total |overall |end )?sentence of|pass (?:a|the) (?:total )?sentence of)\b)/i;
// a sentence passed has a term or an order in it ("nine years", "18 months", "a community order", "life")
const TERM =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty)\b[\s-]+(?:years?|months?|weeks?|days?|hours?)\b|\b(?:life|imprisonment|detention|community (?:order|sentence)|suspended|discharge|fine of)\b/i;
// the opening read for the judge's words to the defendant
const OPENING = 6;

/**
 * The sentence that passes sentence in sentencing remarks, as shown, or null when the text is none (its title or
 * opening does not speak to the defendant) or passes none.
 */
export function sentencePassed(
  text: string,
  sentences: Span[],
  cands: readonly Cand[],
  title: string | null,
): string | null {
  const opening = cands.filter((c) => !c.residue).slice(0, OPENING);
  // the judge's own words, not a story quoting them ("'You have pleaded guilty…,' the judge told him.")
  if (!(title !== null && ADDRESSED.test(title)) && !opening.some((c) => ADDRESSED.test(unquoted(c.s)))) return null;
  for (const sp of sentences) {
    const s = cleanSentence(
      text
        .slice(sp.start, sp.end)
        .trim()
        .replace(/^\[\d+\]\s*/, ''),
    );
    if (PASSES.test(s) && TERM.test(s)) return compress(dropAsides(s));
  }
  return null;
}

// a court's opinion: the formula that opens it ("JUSTICE KAGAN delivered the opinion of the
// Court.", "PER CURIAM."), and its holding ("We hold that it may not, and reverse…", "For these reasons, we conclude
// that…"), which slip opinions give in their first paragraphs
// (the formula is a sentence of its own, or opens one with the justices who joined: "…of the Court, in which…")
const OPINION = /^(?:[^,.]{2,60} delivered the (?:opinion|judgment) of the court(?:[.,]|$)|per curiam\.?$)/i;
const HOLDING =
  /^(?:(?:for (?:the|these|those) reasons[^,]{0,60}|accordingly|therefore|today|in sum),\s*)?we (?:therefore |now |accordingly )?(?:hold|conclude)\b/i;
const OPINION_OPENING = 12;

/**
 * A court opinion's holding, as shown, and the sentence before it as shown (the question it answers), or null when
 * the text is no opinion or its first sentences hold nothing.
 */
export function holding(cands: readonly Cand[], title: string | null): { s: string; before: string | null } | null {
  const opening = cands.slice(0, OPINION_OPENING);
  if (!(title !== null && OPINION.test(title)) && !opening.some((c) => OPINION.test(c.s))) return null;
  const i = cands.findIndex((c) => !c.residue && HOLDING.test(c.s));
  if (i < 0) return null;
  const before = i > 0 && cands[i - 1].ok ? cands[i - 1].shown : null;
  return { s: cands[i].shown, before };
}

const unquoted = (s: string) => s.replace(/["“‘][^"”’]*["”’]?/g, ' ');
