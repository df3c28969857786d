// The rest of the sentence after the closing mark hands the words to someone: "…," according to X', ', the CDC
// says.', ', as he put it', ', in the words of one senator'. A phrase handed over so is a partial quotation.
import { attributionAtSentenceEnd } from '../quotes-attribution';
import { accordingTo } from './context';
import { verdictAfter } from './introduced';

/** ", the lawsuit says.", ", the CDC said." — a common noun as the subject at the sentence's end. */
const TAIL_NOUN_SAYS =
  /,\s+(?:the|a|an|his|her|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:said|says|added|adds|wrote|writes|reported|reports|stated|states|noted|notes|claimed|claims|alleged|alleges|argued|argues)\s*[.!]?\s*$/u;

/** 'as he put it', 'as one analyst put it', 'in her words', 'in the words of one senator' soon after the marks. */
const AS_PUT_IT =
  /^[^.!?]{0,80}?\b(?:as\s+(?:he|she|they|I|we|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?|(?:one|a|an|the|his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:put|puts|has\s+put|had\s+put)\s+it|in\s+(?:his|her|their|its|my|our|[\p{Lu}][\p{L}'’-]+['’]s?)\s+(?:own\s+)?words|in\s+the\s+words\s+of)\b/u;

/** The rest of the sentence attributes what came before: "…," according to X' or ', the CDC says.' */
export function attributedLater(text: string, close: number, end: number): boolean {
  const rest = text.slice(close + 1, Math.min(end, close + 300));
  return (
    accordingTo(rest) ||
    TAIL_NOUN_SAYS.test(rest) ||
    AS_PUT_IT.test(rest) ||
    verdictAfter(rest) ||
    !!attributionAtSentenceEnd(text, close, end)
  );
}
