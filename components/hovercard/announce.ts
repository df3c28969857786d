// What a screen reader hears when a card opens from the keyboard: the card's own text, short,
// in reading order (the live region in the card's shadow root speaks it).
import { clip } from './HoverCard';
import type { CardData } from './types';
import { t, tn } from '../../locales/i18n';

export interface CardPosition {
  /** 0-based place of this person in the reading order. */
  index: number;
  count: number;
}

export function announcement(data: CardData, position?: CardPosition): string {
  const parts: string[] = [];
  if (data.kind === 'person') {
    parts.push(data.descriptors.length > 0 ? `${data.name}, ${data.descriptors.join(', ')}.` : `${data.name}.`);
    parts.push(tn('announce_named', data.mentionCount));
    if (data.quotes.length > 0) parts.push(tn('announce_quoted', data.quotes.length));
    if (position) parts.push(t('announce_position', position.index + 1, position.count));
  } else {
    parts.push(data.speaker ? t('announce_quotation_by', data.speaker) : t('announce_quotation'));
    parts.push(t('quote_marks', clip(data.text, 160)));
  }
  return parts.join(' ');
}
