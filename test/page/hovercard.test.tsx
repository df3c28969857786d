// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '../helpers/mount';
import { HoverCard, safeHref } from '../../components/hovercard/HoverCard';
import { MEMORY_FRAME_HEIGHT } from '../../components/hovercard/MemoryFrame';
import { placeCard } from '../../components/hovercard/place';
import type { PersonCardData } from '../../components/hovercard/types';

const person: PersonCardData = {
  kind: 'person',
  name: 'Bernie Sanders',
  descriptors: ['Sen.', 'I-Vt.'],
  mentionCount: 4,
  quotes: ['We are going to win.', 'Second.', 'Third.', 'Fourth.'],
  history: null,
};

const show = mount;

describe('HoverCard', () => {
  it('shows name, descriptors, mention count and at most three quotations', () => {
    const el = show(<HoverCard data={person} shortcut="Alt+Shift+L" />);
    const card = el.querySelector('[role="dialog"]')!;
    expect(card.getAttribute('aria-label')).toBe('Lede: Bernie Sanders');
    expect(card.getAttribute('tabindex')).toBe('-1');
    expect(el.querySelector('.name')!.textContent).toBe('Bernie Sanders');
    expect(el.querySelector('.desc')!.textContent).toBe('Sen. · I-Vt.');
    expect(el.querySelector('.count')!.textContent).toBe('Named 4 times in this article');
    expect(el.querySelectorAll('.quotes li')).toHaveLength(3);
    expect(el.querySelector('.quotes li')!.textContent).toBe('“We are going to win.”');
    expect(el.querySelector('.more')!.textContent).toBe('1 more quotation');
    expect(el.querySelector('.foot')!.textContent).toContain('Alt+Shift+L: next person');
  });

  it('renders page text as text, never as markup', () => {
    const el = show(<HoverCard data={{ ...person, name: '<img src=x onerror=alert(1)>', quotes: ['<b>bold</b>'] }} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('.name')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('never shows the reading memory in the page, even when the card data carries it', () => {
    const el = show(
      <HoverCard
        data={{
          ...person,
          history: {
            articleCount: 2,
            headlines: [{ title: 'Sanders wins primary', url: 'https://news.example/a', date: null, site: null }],
            earlierQuote: { text: 'Earlier words.', title: null, url: null, date: null },
          },
        }}
      />,
    );
    expect(el.textContent).not.toContain('Sanders wins primary');
    expect(el.textContent).not.toContain('Earlier words.');
    expect(el.textContent).not.toMatch(/other articles? you read|Not in anything else/);
  });

  it("puts a person's memory in a fixed-size frame of the extension's origin", () => {
    const src = 'chrome-extension://dynamic-id/memory-card.html?name=Bernie+Sanders';
    const el = show(<HoverCard data={person} memoryFrame={src} />);
    const frame = el.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('height')).toBe(String(MEMORY_FRAME_HEIGHT));
    expect(frame.getAttribute('title')).toBe('From your reading');
    expect(frame.getAttribute('referrerpolicy')).toBe('no-referrer');
    // A quotation card has none; nor a person card without a frame address.
    const quote = show(
      <HoverCard data={{ kind: 'quote', text: 'x', speaker: null, speakerKind: null, cue: null }} memoryFrame={src} />,
    );
    expect(quote.querySelector('iframe')).toBeNull();
    expect(show(<HoverCard data={person} />).querySelector('iframe')).toBeNull();
  });

  it('shows the speaker of a quotation', () => {
    const el = show(
      <HoverCard
        data={{ kind: 'quote', text: 'x', speaker: 'one of the organizers', speakerKind: 'unnamed', cue: 'said' }}
      />,
    );
    expect(el.querySelector('.name')!.textContent).toBe('one of the organizers (said)');
    expect(el.querySelector('.muted')!.textContent).toBe('Attributed to an unnamed source');
    const none = show(<HoverCard data={{ kind: 'quote', text: 'x', speaker: null, speakerKind: null, cue: null }} />);
    expect(none.querySelector('.name')!.textContent).toBe('Speaker not identified');
  });

  it('only lets web links through', () => {
    expect(safeHref('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});

describe('placeCard', () => {
  const view = { width: 800, height: 600 };
  const card = { width: 320, height: 200 };
  const overlaps = (a: { top: number; height: number }, top: number, h: number) =>
    top < a.top + a.height && top + h > a.top;

  it('goes below the name when there is room', () => {
    const anchor = { left: 100, top: 100, width: 80, height: 20 };
    const p = placeCard(anchor, card, view);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(120);
    expect(p.maxHeight).toBeNull();
  });

  it('goes above when there is no room below, never over the name', () => {
    const anchor = { left: 100, top: 500, width: 80, height: 20 };
    const p = placeCard(anchor, card, view);
    expect(p.side).toBe('above');
    expect(overlaps(anchor, p.top, card.height)).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(8);
  });

  it('stays inside the viewport horizontally', () => {
    const p = placeCard({ left: 700, top: 100, width: 80, height: 20 }, card, view);
    expect(p.left + card.width).toBeLessThanOrEqual(view.width - 8);
    expect(placeCard({ left: -50, top: 100, width: 80, height: 20 }, card, view).left).toBe(8);
  });

  it('shrinks into the larger side when neither fits, still clear of the name', () => {
    const tall = { width: 320, height: 500 };
    const anchor = { left: 10, top: 250, width: 80, height: 20 };
    const p = placeCard(anchor, tall, view);
    expect(p.maxHeight).not.toBeNull();
    const h = p.maxHeight!;
    expect(overlaps(anchor, p.top, h)).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + h).toBeLessThanOrEqual(view.height - 8);
  });
});
