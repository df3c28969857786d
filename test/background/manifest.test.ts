// The manifest wxt.config.ts writes for each browser: Chrome's messages are structured clones
// (the page's HTML reaches the background cheaper on the page's main thread); Firefox always
// clones and has no such key.
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestOf = (env: { browser: string; manifestVersion: 2 | 3 }) => Record<string, unknown>;
const manifest = config.manifest as unknown as ManifestOf;

describe('manifest', () => {
  it('asks Chrome for structured-clone messaging, not JSON (Chrome 148+; older Chrome ignores the key)', () => {
    expect(manifest({ browser: 'chrome', manifestVersion: 3 }).message_serialization).toBe('structured_clone');
  });

  it('has no such key for Firefox, which always clones', () => {
    expect(manifest({ browser: 'firefox', manifestVersion: 2 })).not.toHaveProperty(
      'message_serialization',
      expect.anything(),
    );
  });
});
