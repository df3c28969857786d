// The memory client inside the extension (popup, options, hover card): messages to the background.
import { browser } from 'wxt/browser';
import { memoryClient, type MemoryClient } from './messages';

let client: MemoryClient | null = null;

export function extensionMemoryClient(): MemoryClient {
  client ??= memoryClient((envelope) => browser.runtime.sendMessage(envelope));
  return client;
}
