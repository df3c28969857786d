// The few extension APIs the tripwire uses, straight from the browser: Firefox's `browser` and
// Chrome's `chrome` both return promises from runtime.sendMessage (MV2 and MV3 alike). Not the
// webextension polyfill, which would be most of the script that runs on every page.

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
