// The first content script, on every http(s) page at document_idle: the tripwire
// (entrypoints/content/tripwire.ts). Listed in the manifest by wxt.config.ts, not as a WXT content
// script: WXT's wrapper and the webextension polyfill would be most of what every page loads, and
// WXT's content-script context can be ended by an event any page may dispatch (docs/security.md).
import { extensionApi } from './content/extension-api';
import { startTripwire } from './content/tripwire';

export default defineUnlistedScript(() => {
  const api = extensionApi();
  if (api) startTripwire(document, api);
});
