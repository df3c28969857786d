// What the reading memory holds about a person, shaped for the hover card.
import type { PersonHistory as CardHistory } from '../../components/hovercard/types';
import type { Person } from '../../utils/nlp/types';
import { sendToBackground } from '../../utils/messaging';
import { cardHistory } from '../../utils/page/memory';

// excludeUrl: the store leaves the current article out of the list and the count of others.
export async function personHistory(person: Person, currentUrl: string): Promise<CardHistory | null> {
  return cardHistory(
    await sendToBackground('lede:memory-person', { name: person.name, excludeUrl: currentUrl }),
    currentUrl,
  );
}
