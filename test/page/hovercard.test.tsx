// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HoverCard, safeHref } from '../../components/hovercard/HoverCard';
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

let root: HTMLElement;
function show(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

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

  it('fills the memory slot: article count, headlines with safe links, an earlier quotation', () => {
    const el = show(
      <HoverCard
        data={{
          ...person,
          history: {
            articleCount: 2,
            headlines: [
              {
                title: 'Sanders wins primary',
                url: 'https://news.example/a',
                date: '2019-03-01',
                site: 'Example News',
              },
              { title: 'Bad link', url: 'javascript:alert(1)', date: null, site: null },
            ],
            earlierQuote: { text: 'Earlier words.', title: 'Older piece', url: null, date: '2018-01-02' },
          },
        }}
      />,
    );
    expect(el.querySelector('.memory h3')!.textContent).toBe('In 2 other articles you read');
    const links = el.querySelectorAll('.memory a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://news.example/a');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(el.querySelector('.heads')!.textContent).toContain('Bad link');
    expect(el.querySelector('blockquote')!.textContent).toBe('“Earlier words.”');
    expect(el.querySelector('figcaption')!.textContent).toBe('Older piece · 2018-01-02');
  });

  it('shows no memory section while memory is loading, and says so when there is none', () => {
    const loading = show(<HoverCard data={{ ...person, history: undefined }} />);
    expect(loading.querySelector('.memory')).toBeNull();
    render(null, root);
    const none = show(<HoverCard data={person} />);
    expect(none.querySelector('.memory')!.textContent).toBe('Not in anything else you have read.');
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
