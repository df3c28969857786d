// The card layer: one host element on <html> (the only element Lede adds, created when a
// card is first needed), a closed shadow root, Preact inside. The host is fixed, zero-sized
// and ignores the pointer; only the card itself takes pointer events, and it never covers
// the name it explains, so clicks on the page are never blocked.
import { h, render } from 'preact';
import { HoverCard } from '../../components/hovercard/HoverCard';
import { placeCard, type Box } from '../../components/hovercard/place';
import { CARD_CSS, HOST_STYLE } from '../../components/hovercard/styles';
import type { CardData } from '../../components/hovercard/types';

export const HOST_TAG = 'lede-card-host';

/**
 * The address of a person's memory frame (extension origin), or null for none. Set once by the
 * page layer (entrypoints/lede-page.ts); unset, person cards have no memory section.
 */
let memoryFrameFor: ((name: string) => string | null) | null = null;

export function setMemoryFrame(address: ((name: string) => string | null) | null): void {
  memoryFrameFor = address;
}
const ANNOUNCE_DELAY_MS = 100;

export interface CardLayer {
  open(data: CardData, anchor: Box, focus: boolean): void;
  /** Re-renders the open card with new data (memory arrived), keeping its place. */
  update(data: CardData): void;
  reposition(anchor: Box): void;
  close(): void;
  isOpen(): boolean;
  /** Whether an event's path goes through our host. */
  owns(event: Event): boolean;
  /** Whether focus is inside the card. */
  hasFocus(): boolean;
  announce(text: string): void;
  /** Removes the host element. */
  destroy(): void;
  readonly host: HTMLElement | null;
}

export function createCardLayer(doc: Document, shortcut: string, onCloseClick: () => void): CardLayer {
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let mount: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let open = false;
  let lastAnchor: Box | null = null;
  let current: CardData | null = null;
  let speaking: ReturnType<typeof setTimeout> | undefined;

  function ensure(): void {
    if (host) return;
    host = doc.createElement(HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    live = doc.createElement('div');
    live.className = 'sr';
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('role', 'status');
    mount = doc.createElement('div');
    shadow.append(style, live, mount);
    doc.documentElement.appendChild(host);
  }

  function card(): HTMLElement | null {
    return (mount?.firstElementChild as HTMLElement | null) ?? null;
  }

  function place(anchor: Box): void {
    const el = card();
    if (!el) return;
    const win = doc.defaultView;
    el.style.maxHeight = '';
    const size = el.getBoundingClientRect();
    const view = { width: doc.documentElement.clientWidth || win?.innerWidth || 0, height: win?.innerHeight || 0 };
    const p = placeCard(anchor, { width: size.width, height: size.height }, view);
    el.style.left = `${p.left}px`;
    el.style.top = `${p.top}px`;
    if (p.maxHeight !== null) el.style.maxHeight = `${p.maxHeight}px`;
    el.dataset.side = p.side;
    el.style.visibility = '';
  }

  function draw(data: CardData): void {
    const memoryFrame = data.kind === 'person' && memoryFrameFor ? memoryFrameFor(data.name) : null;
    render(h(HoverCard, { data, memoryFrame, shortcut, onClose: onCloseClick }), mount!);
  }

  return {
    get host() {
      return host;
    },
    open(data, anchor, focus) {
      ensure();
      current = data;
      lastAnchor = anchor;
      draw(data);
      const el = card();
      if (!el) return;
      el.style.visibility = 'hidden';
      place(anchor);
      open = true;
      // Test hooks (the page can see the text anyway; the reader's memory is in the frame only).
      host!.dataset.card = data.kind;
      host!.dataset.name = data.kind === 'person' ? data.name : (data.speaker ?? '');
      if (focus) el.focus({ preventScroll: true });
    },
    update(data) {
      if (!open || !current) return;
      current = data;
      draw(data);
      if (lastAnchor) place(lastAnchor);
    },
    reposition(anchor) {
      if (!open) return;
      lastAnchor = anchor;
      place(anchor);
    },
    close() {
      if (!open || !mount) return;
      render(null, mount);
      open = false;
      current = null;
      delete host!.dataset.card;
      delete host!.dataset.name;
    },
    isOpen: () => open,
    owns(event) {
      return !!host && event.composedPath().includes(host);
    },
    hasFocus() {
      return !!host && doc.activeElement === host;
    },
    announce(text) {
      ensure();
      // Emptied first and filled a moment later: a region just added, or the same words
      // again (the same person twice), is otherwise not spoken by every screen reader.
      live!.textContent = '';
      clearTimeout(speaking);
      const region = live!;
      speaking = setTimeout(() => (region.textContent = text), ANNOUNCE_DELAY_MS);
    },
    destroy() {
      clearTimeout(speaking);
      if (mount) render(null, mount);
      host?.remove();
      host = shadow = mount = live = null;
      open = false;
    },
  };
}
