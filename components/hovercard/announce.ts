// What a screen reader hears when a card opens from the keyboard: the card's own text, short,
// in reading order (the live region in the card's shadow root speaks it).
import { clip } from './HoverCard';
import type { CardData } from './types';

export interface CardPosition {
  /** 0-based place of this person in the reading order. */
  index: number;
  count: number;
}

export function announcement(data: CardData, position?: CardPosition): string {
  const parts: string[] = [];
  if (data.kind === 'person') {
    parts.push(data.descriptors.length > 0 ? `${data.name}, ${data.descriptors.join(', ')}.` : `${data.name}.`);
    parts.push(
      data.mentionCount === 1 ? 'Named once in this article.' : `Named ${data.mentionCount} times in this article.`,
    );
    if (data.quotes.length > 0)
      parts.push(data.quotes.length === 1 ? 'Quoted once.' : `Quoted ${data.quotes.length} times.`);
    if (position) parts.push(`Person ${position.index + 1} of ${position.count}.`);
  } else {
    parts.push(data.speaker ? `Quotation, ${data.speaker}:` : 'Quotation:');
    parts.push(`“${clip(data.text, 160)}”`);
  }
  return parts.join(' ');
}
