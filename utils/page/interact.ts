// Pointer and keyboard behaviour of the marks: hover dwell opens a card, leaving closes it
// after a grace period (so the pointer can travel into the card), a shortcut cycles through
// people, Escape and scrolling away close. Listeners are passive where possible and never
// cancel the page's clicks.
import { announcement } from '../../components/hovercard/announce';
import type { Box } from '../../components/hovercard/place';
import type { CardData } from '../../components/hovercard/types';
import type { CardLayer } from './cards';
import type { HitIndex, Target } from './hit';

export const DWELL_MS = 350;
export const GRACE_MS = 300;
/** The shortcut: Alt+Shift+L (by key position, so it works on every layout and on macOS). */
export const SHORTCUT_LABEL = 'Alt+Shift+L';

/**
 * Whether the reader made this event. A page's own script can dispatch any event, but only the
 * browser sets `isTrusted` (it is unforgeable, and read here through the content script's own
 * view of the event). Only these open, move or close a card: a page cannot open one, and so
 * cannot make Lede look anything up. Focus is never a way in: a script's el.focus() yields
 * focus events that look real. (DOM emulations without isTrusted, in unit tests, count as real;
 * every browser has it.)
 */
export function isUserInput(e: Event): boolean {
  return (e as { isTrusted?: boolean }).isTrusted !== false;
}

export function isShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyL' && !isEditable(e.target);
}

/** Typing in the page's own fields is never taken over (on macOS Alt+Shift+L types a letter). */
function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable === true;
}

export interface InteractOptions {
  doc: Document;
  hits: HitIndex;
  cards: CardLayer;
  /** Person targets in reading order (first mention first), for the shortcut. */
  people: Target[];
  cardFor(target: Target): CardData;
  /** Called when a person card opens, to fetch the reader's memory of them. */
  onPersonCard?(target: Target, update: (data: CardData) => void): void;
  focusRange(range: Range | null): void;
  signal: AbortSignal;
}

function box(r: DOMRect): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

let logged = false;
/** Wraps a callback the browser calls: an error is logged once and never reaches the page. */
function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      if (!logged) console.error('[Lede]', error);
      logged = true;
    }
  };
}

export function installInteraction(o: InteractOptions): void {
  const { doc, hits, cards, signal } = o;
  const win = doc.defaultView!;
  let frame = 0;
  let px = 0;
  let py = 0;
  let hovered: Target | null = null;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let openTarget: Target | null = null;
  let anchorRange: Range | null = null;
  let anchorLine = 0;
  let cycle = -1;
  let returnFocus: Element | null = null;

  const stopDwell = () => {
    clearTimeout(dwell);
    dwell = undefined;
  };
  const stopGrace = () => {
    clearTimeout(grace);
    grace = undefined;
  };

  /** `focus`: opened from the keyboard — the card takes focus and its text is announced. */
  function show(target: Target, range: Range, rect: DOMRect, focus: boolean): void {
    stopDwell();
    stopGrace();
    openTarget = target;
    anchorRange = range;
    const rects = range.getClientRects();
    anchorLine = Math.max(
      0,
      Array.prototype.findIndex.call(rects, (r: DOMRect) => r.top === rect.top && r.left === rect.left),
    );
    const data = o.cardFor(target);
    cards.open(data, box(rect), focus);
    if (focus) {
      const index = o.people.indexOf(target);
      cards.announce(announcement(data, index >= 0 ? { index, count: o.people.length } : undefined));
    }
    if (target.kind === 'person' && o.onPersonCard) {
      o.onPersonCard(target, (next) => {
        if (openTarget === target) cards.update(next);
      });
    }
  }

  function hide(): void {
    stopDwell();
    stopGrace();
    if (!cards.isOpen()) return;
    const hadFocus = cards.hasFocus();
    cards.close();
    o.focusRange(null);
    openTarget = null;
    anchorRange = null;
    if (hadFocus && returnFocus && returnFocus.isConnected)
      (returnFocus as HTMLElement).focus?.({ preventScroll: true });
    returnFocus = null;
  }

  function onFrame(): void {
    frame = 0;
    const hit = hits.at(px, py);
    const target = hit?.target ?? null;
    if (target) {
      stopGrace();
      if (target === openTarget) return;
      if (target !== hovered) {
        hovered = target;
        stopDwell();
        dwell = setTimeout(
          guard(() => {
            // Re-check where the pointer is now: the page may have scrolled during the dwell.
            const now = hits.at(px, py);
            if (now && now.target === target) show(target, now.range, now.rect, false);
          }),
          DWELL_MS,
        );
      }
      return;
    }
    hovered = null;
    stopDwell();
    if (cards.isOpen() && !grace && !cards.hasFocus()) grace = setTimeout(guard(hide), GRACE_MS);
  }

  const frameGuarded = guard(onFrame);
  const opts = { capture: true, passive: true, signal };

  doc.addEventListener(
    'pointermove',
    guard((e: PointerEvent) => {
      if (e.pointerType === 'touch' || !isUserInput(e)) return;
      if (cards.owns(e)) {
        // On the card: keep it open, forget the pending hover.
        stopGrace();
        stopDwell();
        hovered = null;
        return;
      }
      px = e.clientX;
      py = e.clientY;
      if (!frame) frame = win.requestAnimationFrame(frameGuarded);
    }),
    opts,
  );

  doc.addEventListener(
    'pointerdown',
    guard((e: PointerEvent) => {
      if (isUserInput(e) && cards.isOpen() && !cards.owns(e)) hide();
    }),
    opts,
  );

  doc.addEventListener(
    'keydown',
    guard((e: KeyboardEvent) => {
      if (!isUserInput(e)) return;
      if (e.key === 'Escape' && cards.isOpen()) {
        hide();
        return;
      }
      if (isShortcut(e) && o.people.length > 0) {
        e.preventDefault();
        if (!cards.hasFocus()) returnFocus = doc.activeElement;
        cycle = (cycle + 1) % o.people.length;
        const target = o.people[cycle];
        const range = target.ranges[0];
        const el = (range.startContainer as Node).parentElement;
        el?.scrollIntoView({ block: 'center', inline: 'nearest' });
        o.focusRange(range);
        // Wait for the scroll to settle into layout before measuring.
        win.requestAnimationFrame(() =>
          win.requestAnimationFrame(
            guard(() => {
              if (signal.aborted) return;
              const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
              show(target, range, rect, true);
            }),
          ),
        );
      }
    }),
    { capture: true, signal },
  );

  let scrollFrame = 0;
  const follow = guard(() => {
    scrollFrame = 0;
    if (!cards.isOpen() || !anchorRange) return;
    const rects = anchorRange.getClientRects();
    const r = rects[Math.min(anchorLine, rects.length - 1)];
    if (!r || r.bottom < 0 || r.top > win.innerHeight || !anchorRange.startContainer.isConnected) hide();
    else cards.reposition(box(r));
  });
  const onScroll = () => {
    if (!scrollFrame) scrollFrame = win.requestAnimationFrame(follow);
  };
  win.addEventListener('scroll', onScroll, opts);
  win.addEventListener('resize', onScroll, opts);

  signal.addEventListener('abort', () => {
    stopDwell();
    stopGrace();
    if (frame) win.cancelAnimationFrame(frame);
    if (scrollFrame) win.cancelAnimationFrame(scrollFrame);
  });

  // Exposed for the Close button.
  closeHandlers.set(cards, hide);
}

const closeHandlers = new WeakMap<CardLayer, () => void>();

export function closeCard(cards: CardLayer): void {
  closeHandlers.get(cards)?.();
}
