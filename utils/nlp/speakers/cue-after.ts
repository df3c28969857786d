// The attribution right after a quotation's closing mark: `"…," X said`, `"…," said X`, `"…" - X`,
// `"…." Mr Smith said.`, `"…?" she asked`.
import type { Attribution } from './attribution';
import { invertedSubjectEnd } from './inverted';
import {
  CUES,
  DETERMINER,
  PREP,
  PRONOUN,
  SUBORD,
  adjectival,
  auxOrAdverb,
  isLower,
  isParticiple,
} from './word-classes';
import { breakBetween, clauseStop, gapHas, wordsIn, type W } from './words';

// a whole sentence of subject + speech verb: "He said.", "Mr MacFarlane added.", "Dr. Jane Roe said on Monday.",
// "Gonzalez said in an interview."
const SHORT_ATTRIBUTION =
  /^((?:He|She|They|We|I)|(?:The|A|An)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:also\s+)?(said|says|added|adds|explained|continued|noted|wrote|told\s+[\p{L}\s]{1,30}?)(?:\s+(?:in|on|at|during|after|before|from|via|over|with|last|this)(?:\s+(?!that\b|which\b|who\b)[\p{L}\p{N}'’.-]+){1,5})?\s*[.!](?=\s|$)/u;

// `"…." The words were Holt's, …`, `"…." Those were the words of Jane Roe.`: a sentence naming whose words they were
const WORDS_OF =
  /^(?:(?:The|Those|These)\s+words\s+(?:were|are)\s+(?:those\s+of\s+)?|(?:Those|These|They)\s+(?:were|are)\s+the\s+words\s+of\s+)((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,3})(['’]s)?(?=[\s,.;])/u;

/** Cue right after the closing mark: `"…," X said`, `"…," said X`, `"…" - X`. */
export function attributionAfter(text: string, close: number, limit: number, content: string): Attribution | null {
  let i = close + 1;
  const end = Math.min(limit, close + 220);
  const head = /^[\s,;:—–-]*/.exec(text.slice(i, i + 6))![0];
  const separated = /[,;:—–-]/.test(head);
  i += head.length;
  if (i >= end) return null;
  const sentenceDone = /[.!?]["”'’)\]]*\s*$/.test(content);
  // `"… a boat." ¶ Asked whether it was enough, she shrugged.`: a finished quotation is not attributed by the next
  // paragraph (a dash line under a pull quote is: `"…" ¶ — Matthew Ingram`)
  if (sentenceDone && head.includes('\n') && !/[—–-]/.test(head)) return null;
  // `… say it is a "tax raid"; the Lib Dems say …`: a semicolon opens a clause of its own, which says something else
  if (head.includes(';')) return null;
  // `"…." The next sentence` is not an attribution; `"…?" he asked` is. `'…,' ¶ 'I'm delighted,' said the coach`:
  // the next quotation opens here (single marks too, which clauseStop does not stop at), so its cue is not ours
  if (/^[.!?'‘"“«„]/.test(text[i])) return null;
  if (
    sentenceDone &&
    !separated &&
    /^[\p{Lu}]/u.test(text[i]) &&
    !/^(?:Said|Says|Asked|Added)\b/.test(text.slice(i, i + 6))
  ) {
    // `"…." Mr Smith said.` — a sentence that is nothing but the attribution still belongs to the quotation
    const only = SHORT_ATTRIBUTION.exec(text.slice(i, Math.min(end, i + 80)));
    // `"… Happy Thanksgiving!" ¶ Brian Good said he, too, …`: a new paragraph opening with a name and a verb
    // reports what someone else said; it does not attribute the exclamation before it
    if (!only) {
      const of = /\n/.test(head) ? null : WORDS_OF.exec(text.slice(i, Math.min(end, i + 80)));
      if (of) {
        const s0 = i + of[0].length - of[1].length - (of[2]?.length ?? 0);
        // the cue is the words before the name, so the name counts as attached to the marks (context.ts)
        const cue = text.slice(i, s0).trim();
        return { start: s0, end: s0 + of[1].length, cue, clauseEnd: i + clauseStop(text.slice(i, end)) };
      }
      return /\n/.test(head) ? null : askedBy(text, i, end, content);
    }
    return { start: i, end: i + only[1].length, cue: only[2], clauseEnd: i + only[0].length };
  }
  if (!separated && !/[,.!?…—–-]["”'’]*\s*$/.test(content)) return null;
  const seg = text.slice(i, end);
  const clauseEnd = i + clauseStop(seg);
  // pull-quote attribution: `"…" - Matthew Ingram`
  if (/[-—–]/.test(head)) {
    const m = /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}/u.exec(seg);
    if (m) return { start: i, end: i + m[0].length, cue: null, clauseEnd: i + m[0].length };
  }
  const ws = wordsIn(text, i, clauseEnd);
  for (let k = 0; k < ws.length && k <= 14; k++) {
    const l = ws[k].l;
    const according = k === 0 && l === 'according' && ws[1]?.l === 'to';
    if ((!CUES.has(l) || adjectival(ws, k)) && !according) continue;
    if (k === 0) {
      // inverted: "said Smith", "says progressive columnist", "according to X"
      if (isParticiple(l)) return null;
      // `… the next "update on our organization": say the word "layoffs."`: a bare verb after a colon is an
      // imperative (its -s form is a cue too), not `"…": said X`
      if (head.includes(':') && (CUES.has(l + 's') || CUES.has(l + 'es'))) return null;
      const a = according ? 2 : 1;
      const b = invertedSubjectEnd(text, ws, a);
      if (b === a) return null;
      return { start: ws[a].s, end: ws[b - 1].e, cue: according ? 'according to' : ws[k].w, clauseEnd };
    }
    if (isParticiple(l)) return null;
    // `"We were lucky" — so said Jones after the match`: the inverted subject after "so said"
    if (k === 1 && ws[0].l === 'so' && /[—–-]/.test(head)) {
      const b = invertedSubjectEnd(text, ws, 2);
      return b > 2 ? { start: ws[2].s, end: ws[b - 1].e, cue: ws[k].w, clauseEnd } : null;
    }
    if (/^(?:and|but|or|then|so)$/i.test(ws[0].w)) return null;
    // "Detik.com quoted Djamal as saying": the one quoted speaks; "Lane was quoted by the Times as saying": the
    // subject before the passive is the one quoted (read below, with the cue 'said')
    const passive = l === 'quoted' && k > 0 && /^(?:was|were|is|are|been|being)$/.test(ws[k - 1].l);
    if (l === 'quoted' && !passive) {
      let asAt = k + 2;
      while (asAt < ws.length && asAt <= k + 5 && ws[asAt].l !== 'as') asAt++;
      if (asAt < ws.length && ws[asAt].l === 'as' && /^say/.test(ws[asAt + 1]?.l ?? '') && asAt > k + 1) {
        return { start: ws[k + 1].s, end: ws[asAt - 1].e, cue: 'said', clauseEnd };
      }
    }
    let a = 0;
    while (a < k && SUBORD.test(ws[a].w)) a++;
    // `"…," adding that …` is a participle clause; `"…," Boeing said` is not
    if (a === k || PREP.test(ws[a].w) || (ws[a].l.endsWith('ing') && isLower(ws[a]))) return null;
    let b = k;
    while (b > a && auxOrAdverb(ws, b - 1)) b--;
    if (b === a) return null;
    // the phrase is one noun phrase (appositions allowed): no sentence break inside
    if (breakBetween(text, ws, a, b - 1, /[.!?]\s/)) return null;
    a = afterVerbPhrase(text, ws, a, b, k);
    if (b - 1 > a && PRONOUN.test(ws[b - 1].l) && ws[b - 1].w[0] === ws[b - 1].l[0]) {
      return { start: ws[b - 1].s, end: ws[b - 1].e, cue: passive ? 'said' : ws[k].w, clauseEnd };
    }
    return { start: ws[a].s, end: ws[b - 1].e, cue: passive ? 'said' : ws[k].w, clauseEnd };
  }
  return null;
}

/**
 * `"…," opens Friday, the studio said`: the words before the last comma are the rest of the quoted sentence's
 * clause (a lower-case word that is no determiner or pronoun opens them), and the subject is the noun phrase
 * after the comma (a determiner or a capital opens it). An apposition (`the chairman, Jim Press, said`,
 * `attorney general Bob Ferguson, a Democrat, said`) is kept whole.
 */
function afterVerbPhrase(text: string, ws: W[], a: number, b: number, k: number): number {
  if (!isLower(ws[a]) || DETERMINER.test(ws[a].w) || PRONOUN.test(ws[a].w)) return a;
  if (gapHas(text, ws[b - 1], ws[k], /,/)) return a;
  for (let j = b - 1; j > a; j--) {
    if (!gapHas(text, ws[j - 1], ws[j], /,/)) continue;
    return DETERMINER.test(ws[j].w) || /^\p{Lu}/u.test(ws[j].w) ? j : a;
  }
  return a;
}

// the subject and speech verb right after a question or an exclamation: `"Who is Ellen Fetter?" Rothman recalls`
const ASKED_BY =
  /^((?:He|She|They|We|I)|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(?:also\s+)?(\p{Ll}+)\b/u;

/** `"…?" X asked`, `"…!" she recalls thinking`: the clause after a question or an exclamation attributes it. */
function askedBy(text: string, i: number, end: number, content: string): Attribution | null {
  if (!/[?!]["”'’)\]]*\s*$/.test(content)) return null;
  const m = ASKED_BY.exec(text.slice(i, Math.min(end, i + 80)));
  if (!m || !CUES.has(m[2]) || m[2].endsWith('ing')) return null;
  return { start: i, end: i + m[1].length, cue: m[2], clauseEnd: i + clauseStop(text.slice(i, end)) };
}
