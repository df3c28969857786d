import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../utils/nlp/quotes';
import { splitSentences } from '../../utils/nlp/sentences';
import type { Span } from '../../utils/nlp/types';

/** The text of paragraphs joined by blank lines; paragraphs starting with "> " sat in a <blockquote>. */
function page(paragraphs: string[]): { text: string; blocks: Span[] } {
  const blocks: Span[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    const quoted = p.startsWith('> ');
    const body = quoted ? p.slice(2) : p;
    if (quoted) blocks.push({ start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, blocks };
}

function found(paragraphs: string[]): string[] {
  const { text, blocks } = page(paragraphs);
  return findQuotes(text, splitSentences(text), [], { blockquotes: blocks }).map((q) => q.text);
}

const SPEECH = 'I have been building relationships with the founders for years, so we could move quickly.';

describe('block quotations without marks', () => {
  it('a block of prose after a paragraph that introduces it with a speech word is a quotation', () => {
    expect(found(['Ms Lee said at the trial that deals take time.', `> ${SPEECH}`, 'The trial goes on.'])).toEqual([
      SPEECH,
    ]);
  });

  it('a block after a paragraph ending with a colon is a quotation', () => {
    expect(found(['One reader, Sam Ortiz, put the case plainly:', `> ${SPEECH}`])).toEqual([SPEECH]);
  });

  it('nothing without the page saying it sat in a <blockquote>', () => {
    const { text } = page(['Ms Lee said at the trial that deals take time.', SPEECH]);
    expect(findQuotes(text, splitSentences(text), []).map((q) => q.text)).toEqual([]);
  });

  it('a block nobody introduces, a table of figures or a label is no quotation', () => {
    expect(found(['The company grew last year.', `> ${SPEECH}`])).toEqual([]);
    expect(
      found(['Ms Lee said the releases came fast:', '> Release Date 4.2.3 April 2014 4.1.6 April 2014 4.2.4 May']),
    ).toEqual([]);
    expect(found(['Ms Lee said:', '> Figure 6: the two repositories.'])).toEqual([]);
  });

  it('a block already in quotation marks is left to the marks; a stray mark at its end is not quoted words', () => {
    expect(found(['Ms Lee said:', `> “${SPEECH}”`])).toEqual([SPEECH]);
    expect(found(['Ms Lee said:', `> ${SPEECH}"`])).toEqual([SPEECH]);
  });

  it('a block of several paragraphs is one quotation', () => {
    const quote = `${SPEECH}\n\nWe did not want to wait for a rival.`;
    const text = `Ms Lee said:\n\n${quote}`;
    const block = { start: text.indexOf(quote), end: text.length };
    expect(findQuotes(text, splitSentences(text), [], { blockquotes: [block] }).map((q) => q.text)).toEqual([quote]);
  });

  it('a pull quote repeating the article’s words is not a second quotation', () => {
    expect(found([`Ms Lee said: ${SPEECH}`, `> ${SPEECH}`])).toEqual([]);
  });

  it('an embedded post, ending with its author and date, is no quotation', () => {
    expect(
      found([
        'Ms Lee wrote on Friday:',
        '> We will open the new bridge to traffic next week, on time and on budget. — Jane Lee (@janelee) May 2, 2024',
      ]),
    ).toEqual([]);
  });
});
