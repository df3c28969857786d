// The card's CSS, scoped by the shadow root: the page's CSS cannot reach in, ours cannot leak out.
export const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; ' +
  'display: block !important; contain: layout style !important;';

export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; box-sizing: border-box; width: 320px; max-width: calc(100vw - 16px); overflow: auto;
  pointer-events: auto; padding: 12px 14px 8px; border-radius: 10px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  color: #111827; background: #ffffff; border: 1px solid #d1d5db;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18); outline: none;
}
.card:focus-visible { box-shadow: 0 0 0 3px rgba(37, 99, 235, 0.55), 0 8px 24px rgba(0, 0, 0, 0.18); }
.head { display: flex; flex-direction: column; gap: 2px; margin-bottom: 4px; }
.name { font-size: 16px; font-weight: 650; }
.desc, .muted, .meta, .more, .foot, figcaption { color: #4b5563; font-size: 12.5px; }
.count { margin: 0 0 6px; font-size: 13px; }
h3 { margin: 8px 0 4px; font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.04em; color: #374151; }
ul { margin: 0; padding: 0 0 0 16px; }
li { margin: 2px 0; }
p { margin: 4px 0; }
a { color: #1d4ed8; text-decoration: underline; }
.memory-frame { display: block; box-sizing: border-box; width: 100%; border: 0; border-top: 1px solid #e5e7eb; margin: 8px 0 0; padding: 0; background: transparent; color-scheme: normal; }
.foot { display: flex; justify-content: space-between; align-items: center; margin-top: 8px; border-top: 1px solid #f3f4f6; padding-top: 4px; }
.close { all: unset; cursor: pointer; font-size: 16px; line-height: 1; padding: 0 4px; border-radius: 4px; color: inherit; }
.close:focus-visible { outline: 2px solid #2563eb; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #f3f4f6; background: #1f2937; border-color: #374151; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.5); }
  .desc, .muted, .meta, .more, .foot, figcaption { color: #9ca3af; }
  h3 { color: #d1d5db; }
  a { color: #93c5fd; }
  .memory-frame { border-top-color: #374151; }
  .foot { border-top-color: #374151; }
}
`;
