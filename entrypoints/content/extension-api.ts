// The few extension APIs the content scripts use, straight from the browser: Firefox's `browser` and
// Chrome's `chrome` both return promises from runtime.sendMessage (MV2 and MV3 alike). Not the
// webextension polyfill, which would be most of the script that runs on every page and a few
// milliseconds of every article's start.
import type { BackgroundMessages } from '../../utils/messaging';

/** What a message's sender looks like to a listener (the part the tripwire reads). */
export interface RawSender {
  id?: string;
  url?: string;
}

export type RawListener = (message: unknown, sender: RawSender, sendResponse: (answer: unknown) => void) => boolean;

export interface ExtensionApi {
  runtime: {
    readonly id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: RawListener): void; removeListener(listener: RawListener): void };
  };
}

/** The browser's own extension API in this content script (undefined outside an extension). */
export function extensionApi(): ExtensionApi | undefined {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return g.browser?.runtime ? g.browser : g.chrome?.runtime ? g.chrome : undefined;
}

/** How the background's polyfill (Chrome) answers a handler that rejected: as a reply, not a rejection. */
interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message?: unknown;
}

function isPolyfillRejection(reply: unknown): reply is PolyfillRejection {
  return (
    typeof reply === 'object' &&
    reply !== null &&
    (reply as Partial<PolyfillRejection>).__mozWebExtensionPolyfillReject__ === true
  );
}

/**
 * Sends `{ type, data }` to the background and resolves with its answer. A handler that failed
 * rejects here in both browsers (Firefox passes the rejection on; Chrome's polyfill sends it as a
 * reply).
 */
export async function askBackground<K extends keyof BackgroundMessages>(
  api: ExtensionApi,
  type: K,
  data: BackgroundMessages[K]['request'],
): Promise<BackgroundMessages[K]['response']> {
  const reply = await api.runtime.sendMessage({ type, data });
  if (isPolyfillRejection(reply)) throw new Error(String(reply.message ?? `${type} failed`));
  return reply as BackgroundMessages[K]['response'];
}
