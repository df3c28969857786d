// Where a card goes: below the name it explains, or above when there is no room below;
// never over the name, always inside the viewport (pure, so it is unit-tested).

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Set when neither side fits the whole card: the card scrolls inside this height. */
  maxHeight: number | null;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  view: { width: number; height: number },
): Placement {
  const below = view.height - MARGIN - (anchor.top + anchor.height + GAP);
  const above = anchor.top - GAP - MARGIN;
  const width = Math.min(card.width, view.width - 2 * MARGIN);
  const left = Math.round(Math.max(MARGIN, Math.min(anchor.left, view.width - MARGIN - width)));
  if (card.height <= below || (card.height > above && below >= above)) {
    const top = Math.round(anchor.top + anchor.height + GAP);
    return { left, top, maxHeight: card.height <= below ? null : Math.max(0, Math.floor(below)), side: 'below' };
  }
  const h = Math.min(card.height, above);
  return {
    left,
    top: Math.round(anchor.top - GAP - h),
    maxHeight: card.height <= above ? null : Math.max(0, Math.floor(above)),
    side: 'above',
  };
}
