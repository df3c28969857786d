// Builds the bench's peer extension (content.ts) into a folder Chromium can load unpacked: an MV3
// manifest with one content script on every http(s) page at document_idle, bundled and minified
// as a store build would be. Nothing else: no background, no permissions.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForPage } from '../../lib/browser-bench';

export const PEER_SCRIPT = 'content.js';

const MANIFEST = {
  manifest_version: 3,
  name: 'Reader-mode peer (Lede bench)',
  version: '1.0.0',
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: [PEER_SCRIPT], run_at: 'document_idle' }],
};

/** Writes the peer into `dir`; returns the content script's size in bytes. */
export async function buildPeer(dir: string): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const js = await bundleForPage({ entryPoints: [join(import.meta.dirname, 'content.ts')] }, { minify: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(join(dir, PEER_SCRIPT), js);
  return Buffer.byteLength(js);
}
