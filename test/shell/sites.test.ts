import { describe, expect, it } from 'vitest';
import { sanitizeRules, siteAllowed } from '../../utils/sites';

describe('site rules', () => {
  it('allows every site by default', () => {
    expect(siteAllowed(sanitizeRules(undefined), 'news.example.com')).toBe(true);
  });

  it('turns a site off, subdomains and www included, and nothing else', () => {
    const rules = sanitizeRules({ off: ['example.com'] });
    expect(siteAllowed(rules, 'example.com')).toBe(false);
    expect(siteAllowed(rules, 'www.example.com')).toBe(false);
    expect(siteAllowed(rules, 'news.example.com')).toBe(false);
    expect(siteAllowed(rules, 'notexample.com')).toBe(true);
    expect(siteAllowed(rules, 'example.org')).toBe(true);
  });

  it('pauses everywhere except the sites that are always on', () => {
    const rules = sanitizeRules({ paused: true, on: ['WWW.Ledger.example'] });
    expect(siteAllowed(rules, 'other.example')).toBe(false);
    expect(siteAllowed(rules, 'ledger.example')).toBe(true);
  });

  it('ignores malformed stored values', () => {
    expect(sanitizeRules({ paused: 'yes', off: [3, '', 'a.example'], on: 'b.example' })).toEqual({
      paused: false,
      off: ['a.example'],
      on: [],
    });
    expect(sanitizeRules(null)).toEqual({ paused: false, off: [], on: [] });
  });
});
