// Month names and abbreviations, shared by the date analysis and the page-metadata date reader.
// Pure data: small enough for the content script, which reads published dates.

export const MONTH_NAMES: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** Three-letter abbreviations (and "sept"). "may" is here too: in running text callers must decide. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
