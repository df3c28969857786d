// The hover card's window onto the reader's memory: a frame of the extension's own origin
// (entrypoints/memory-card), so nothing it shows enters the page's reach. Same size whatever it
// holds (nothing, or many articles): the card's size tells the page nothing about the memory.
import { t } from '../../locales/i18n';

export const MEMORY_FRAME_HEIGHT = 148;

export function MemoryFrame({ src }: { src: string }) {
  return (
    <iframe
      class="memory-frame"
      src={src}
      title={t('memory_title')}
      height={MEMORY_FRAME_HEIGHT}
      referrerpolicy="no-referrer"
      data-lede-memory-frame=""
    />
  );
}
