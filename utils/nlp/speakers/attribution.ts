// The phrase that attributes a quotation, as the cue parsers (cue-after.ts, cue-before.ts, tail.ts, colon.ts,
// passive.ts) find it: the span of the speaker's words, the cue, and where the attributing clause ends.
export interface Attribution {
  /** attributing phrase span */
  start: number;
  end: number;
  cue: string | null;
  /** end of the attribution clause in the text (for continuation checks) */
  clauseEnd: number;
}
