// Flags for Debian's Chromium in tests and benches, in one place. Without the networking flags
// Chromium floods this machine's closed network with refused connections.
export const HEADLESS_CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Real pages name hosts that do not resolve here: fail them at once instead of waiting. */
export const LOCAL_ONLY_RESOLVER = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';
