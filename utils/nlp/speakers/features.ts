// The features of a candidate speaker, as names (binary features; the model gives each a weight): where
// its evidence comes from (an attributing cue after or before the quotation, inverted "said X", the next
// quotation's cue, a pronoun's referent, a name nearby, the previous speaker), how far, which role in the
// cue's clause, gender and number agreement, paragraph boundaries, and the shape of the quotation.
import type { Candidate, Evidence } from './candidates';
import type { Cue, Site } from './context';
import { CUES } from './word-classes';
import { otherCueKind } from './other-language';
import cueKinds from '../data/speaker-cue-kinds.json';

const bucket = (n: number, cuts: number[]) => {
  for (const c of cuts) if (n <= c) return String(c);
  return `>${cuts[cuts.length - 1]}`;
};

/** Phrase classes whose head is not a name: a name inside them is not the speaker by itself. */
const INSIDE = new Set(['unnamed', 'org', 'document', 'role']);

export const ADDS = /^(?:added|adds|continued|continues)$/i;

function cueTag(cue: Cue): string {
  return `${cue.side}${cue.inverted ? '-inv' : ''}`;
}

/** Verbs whose object is what is quoted, a name or a label (`called the plan "a disaster"`). */
const FRAMES: ReadonlySet<string> = new Set(cueKinds.frames);

function cueVerb(cue: Cue): string {
  const v = (cue.cue ?? 'none').toLowerCase();
  if (v === 'according to' || v === 'put it') return 'according';
  if (v === ':') return 'colon';
  if (/^(?:said|says|say|told|tells|added|adds)$/.test(v)) return 'say';
  if (v.endsWith('ing')) return 'participle';
  if (FRAMES.has(v)) return 'frame';
  // any other finite speech verb ("noted", "claims", "tweeted", "reported")
  if (CUES.has(v)) return 'speech';
  // another language's speech verb or 'according to' (other-language.ts): read as the English one
  const o = otherCueKind(v);
  if (o) return o === 'said' ? 'say' : 'according';
  return 'other';
}

function evidenceFeatures(e: Evidence, site: Site, out: string[]): void {
  const short = site.words <= 4 ? 'short' : 'long';
  switch (e.type) {
    case 'none':
      out.push('none');
      if (!e.cues.length) out.push('none:noCue');
      for (const c of e.cues) {
        out.push(`none:cue:${cueTag(c)}`, `none:cue:${cueTag(c)}:${c.attached ? 'att' : 'far'}`);
      }
      out.push(`none:${short}`);
      if (site.opensPara) out.push('none:opensPara');
      return;
    case 'cueMention': {
      const t = `${e.route}:${cueTag(e.cue)}`;
      // a name inside a phrase headed by something else ("a spokesman for Smith", "Sanders's campaign")
      const h = e.orgAfter || INSIDE.has(e.phrase) ? 'inside' : 'head';
      out.push(
        `mention:${t}`,
        `mention:${t}:${e.cue.attached ? 'att' : 'far'}`,
        `mention:${t}:${h}`,
        `mention:${t}:${e.last ? 'last' : 'notLast'}`,
        `mention:${e.route}:phrase=${e.phrase}`,
        `mention:${t}:verb=${cueVerb(e.cue)}`,
        `mention:${t}:${short}`,
      );
      if (e.orgAfter) out.push('mention:orgAfter');
      if (e.tail) out.push('mention:tail', `mention:tail:phrase=${e.phrase}`);
      return;
    }
    case 'cuePhrase': {
      const t = `${e.route}:${cueTag(e.cue)}`;
      out.push(`phrase:${t}`, `phrase:${e.route}:cls=${e.cls}`, `phrase:${t}:cls=${e.cls}`);
      // the subject of the sentence before (no cue of the quotation's own): its verb and distance are not an
      // attribution's, so they do not share the weights of one ('wept in court. "…," he said')
      if (e.cue.side === 'prevSubject') out.push(`phrase:${t}:verb=${cueVerb(e.cue)}`);
      else out.push(`phrase:${e.route}:${e.cue.attached ? 'att' : 'far'}`, `phrase:verb=${cueVerb(e.cue)}`);
      if (e.indefinite) out.push('phrase:indefinite');
      out.push(`phrase:len=${bucket(e.length, [1, 2, 4, 6])}`);
      if (e.verbish) out.push('phrase:verbish');
      if (e.firstName) out.push(`phrase:as=${e.as}:firstName`);
      if (e.as && e.shape) {
        out.push(`phrase:as=${e.as}`);
        if (e.shape.orgWord) out.push(`phrase:as=${e.as}:orgWord`);
        if (e.shape.allCaps) out.push(`phrase:as=${e.as}:allCaps`);
        if (e.shape.oneWord) out.push(`phrase:as=${e.as}:oneWord`);
        if (e.shape.apposition) out.push(`phrase:as=${e.as}:apposition`);
        // two to four capitalized words, none an institution's, no acronym: how most people's names look
        if (!e.shape.orgWord && !e.shape.allCaps && !e.shape.oneWord && !e.definite)
          out.push(`phrase:as=${e.as}:plain`);
        if (e.definite) out.push(`phrase:as=${e.as}:definite`);
      }
      return;
    }
    case 'roleMatch':
      out.push(`role:${e.route}`, `role:n=${bucket(e.n, [1, 2])}`);
      return;
    case 'institution':
      // "he"/"she" for someone the sentence before describes without a name: its own features
      // a name the people finder missed, subject of the sentence before: its own features
      if (e.name) out.push('desc:name', `desc:name:${cueTag(e.cue)}`);
      else if (/^(?:he|she)$/.test(e.pronoun)) out.push('desc:hs', `desc:${cueTag(e.cue)}`);
      else out.push(`inst:${e.pronoun}`, `inst:rank=${bucket(e.rank, [1, 2])}`, `inst:${cueTag(e.cue)}`);
      return;
    case 'surnameMatch':
      out.push(`surname:${e.route}`, `surname:n=${bucket(e.n, [1, 2])}`);
      if (e.fuzzy) out.push('surname:fuzzy');
      return;
    case 'pronoun': {
      const p = /^(?:he|she)$/.test(e.pronoun) ? 'hs' : e.pronoun;
      const t = `${e.route}:${cueTag(e.cue)}`;
      out.push(
        `pron:${p}`,
        `pron:${t}`,
        `pron:${p}:gender=${e.gender}`,
        `pron:${p}:rank=${bucket(e.rank, [1, 2, 3, 4])}`,
        `pron:gender=${e.gender}:rank=${bucket(e.rank, [1, 2, 3])}`,
        `pron:para=${bucket(e.paraDist, [0, 1, 2, 4])}`,
      );
      if (e.subject)
        out.push(
          `pron:subject`,
          `pron:subject:rank=${bucket(e.rank, [1, 2])}`,
          `pron:subject:sent=${bucket(e.sentDist, [1, 2])}`,
        );
      out.push(`pron:sent=${bucket(e.sentDist, [1, 2, 3])}`);
      if (e.lastSpeaker) out.push('pron:lastSpeaker', `pron:lastSpeaker:gender=${e.gender}`);
      if (e.paraTopic) out.push('pron:paraTopic', `pron:paraTopic:gender=${e.gender}`);
      // "he added", "she went on": the one who was speaking goes on speaking
      if (ADDS.test(e.cue.cue ?? '')) out.push(`pron:adds:${e.lastSpeaker ? 'lastSpeaker' : 'other'}`);
      // the sentence before the pronoun names nobody: the last person quoted rather than the last named
      if (!e.prevSentNamed) out.push(`pron:prevSentEmpty:${e.lastSpeaker ? 'lastSpeaker' : 'other'}`);
      return;
    }
    case 'window': {
      const t = `${e.dir}:${e.where}`;
      out.push(`win:${t}`, `win:${e.dir}:rank=${bucket(e.rank, [1, 2, 3])}`, `win:${t}:rank=${bucket(e.rank, [1, 2])}`);
      // (what word follows the mention was a feature too: it fitted the training outlets, not the others)
      if (e.subject) out.push(`win:subject:${e.dir}`, `win:subject:${t}`);
      // a paragraph that is nothing but the quotation: its speaker is often named just before it
      if (site.opensPara && site.endsPara)
        out.push(`win:${t}:wholePara`, `win:${t}:rank=${bucket(e.rank, [1, 2])}:wholePara`);
      if (e.cueNext) out.push(`win:cueNext:${t}`);
      if (e.cuePrev) out.push(`win:cuePrev:${t}`);
      out.push(`win:${e.dir}:${site.cues.length ? 'cued' : 'uncued'}`);
      return;
    }
    case 'continuation': {
      const pd = bucket(e.paraDist, [0, 1, 2]);
      // `X said the board was "…" and that Y remained "…"` (Site.reported): the sentence's speech verb is this
      // clause's cue too, and its subject the one already speaking, as 'he' is in "he added"
      const own = e.ownCue || !!site.reported;
      if (site.reported) out.push('cont:reported');
      out.push('cont', `cont:para=${pd}`, `cont:own=${own}`, `cont:para=${pd}:own=${own}`);
      // a quotation's own cue naming someone else ends the run; its pronoun continues it
      out.push(`cont:ownPhrase=${e.ownCue || !site.reported ? e.ownPhrase : 'pronoun'}`);
      if (e.onlyAttribution) out.push('cont:onlyAttribution', `cont:onlyAttribution:own=${own}`);
      if (e.sameSentence) out.push('cont:sameSentence');
      if (e.opensPara) out.push(`cont:opensPara:para=${pd}`);
      if (e.prevEndsPara && e.opensPara) out.push(`cont:paraRun:para=${pd}`);
      return;
    }
  }
}

/** The candidate's feature names, each once, in a fixed order. */
export function featuresOf(c: Candidate, site: Site): string[] {
  const out: string[] = [];
  for (const e of c.evidence) evidenceFeatures(e, site, out);
  if (c.speaker) {
    out.push(`kind:${c.speaker.kind}${c.speaker.personId ? ':id' : ''}`);
    const types = [...new Set(c.evidence.map((e) => e.type))].sort();
    if (types.length > 1) out.push(`routes:${types.length > 3 ? 'many' : types.join('+')}`);
  }
  return [...new Set(out)];
}
