import { describe, expect, it } from 'vitest';
import { ruleFor, sanitizeSiteRules, siteMatches } from '../../utils/store/site-rules';

describe('site rules', () => {
  it('sanitizes stored rules', () => {
    expect(sanitizeSiteRules(null)).toEqual({ paused: false, off: [], on: [] });
    expect(sanitizeSiteRules({ paused: 'yes', off: ['a.example', 3, 'a.example'], on: 'x' })).toEqual({
      paused: false,
      off: ['a.example'],
      on: [],
    });
  });

  it('matches subdomains and decides off / on / auto', () => {
    expect(siteMatches('example.com', 'www.news.example.com')).toBe(true);
    expect(siteMatches('example.com', 'badexample.com')).toBe(false);
    const rules = { paused: false, off: ['social.example'], on: ['blog.example'] };
    expect(ruleFor(rules, 'm.social.example')).toBe('off');
    expect(ruleFor(rules, 'blog.example')).toBe('on');
    expect(ruleFor(rules, 'news.example')).toBe('auto');
    expect(ruleFor({ ...rules, paused: true }, 'blog.example')).toBe('off');
  });
});
