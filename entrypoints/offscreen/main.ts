// Chrome's offscreen document (entrypoints/background/offscreen.ts creates it): parses the pages
// the service worker hands it, inert, and reads their article. It answers only Lede's own
// background: onMessages refuses this message from a content script (CONTENT_SCRIPT_MAY_SEND).
import { onMessages, type OffscreenMessages } from '../../utils/messaging';
import { extractInert } from '../background/inert';

onMessages<OffscreenMessages>({
  'lede:extract-inert': ({ html, url, forced }) => extractInert(html, { url, forced: forced === true }),
});
