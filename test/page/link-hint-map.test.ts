// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/article';
import { buildTextMap } from '../../utils/page/textmap';

// The article text leaves a link's screen-reader hint out ("saidOpens a new window that" becomes
// "said that", utils/article/link-hints.ts) while the page keeps it: marks must still land on the
// page's words around it.
const SENTENCES = [
  'The county planning board met on Thursday to review a proposal for new housing near the old rail yard.',
  'Residents who spoke at the meeting raised concerns about traffic on the two-lane road that serves the site.',
  'The developer said it had already paid for one study last year and that the results showed the road could cope.',
  'Board members did not vote on the plan and said they would take up the question again next month.',
];
const prose = SENTENCES.map((s) => `<p>${s} ${s}</p>`).join('');

describe('a link hint left out of the article text', () => {
  it('still maps the words around it onto the page', () => {
    document.body.innerHTML =
      `<article><h1>Video platform updated</h1>${prose}` +
      '<p>The company <a href="https://example.com/p" target="_blank">said<span class="external-link-icon">' +
      'Opens a new window </span></a> that the new product would ship in the spring.</p>' +
      `${prose}</article>`; // fixed test markup, not page text
    const before = document.body.innerHTML;
    const text = extractArticle(document)?.text ?? '';
    expect(text).toContain('The company said that the new product would ship');
    expect(document.body.innerHTML).toBe(before);
    const s = text.indexOf('company said that the new');
    const ranges = buildTextMap(document, text).ranges(s, s + 'company said that the new'.length);
    const covered = ranges.map((r) => r.toString()).join('|');
    expect(covered).toContain('company said');
    expect(covered).toContain('that the new');
    expect(covered).not.toContain('Opens');
  });
});
