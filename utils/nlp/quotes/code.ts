// Step: strings of code and addresses printed in an article are not quotations: an argument of a call
// ('console.log("…")', 'it("…",'), a key or a value of an object literal ('{ "rel": "…" }'), an assigned value
// or an attribute ('name = "…"', 'class="…"'), a key before its colon ('"https://…": <dialog>'), a web address,
// a path through an app's menus ('go to "Settings > Privacy"').
const CODE_BEFORE = /(?:[\p{L}\p{N}_$]\(|[{[]|["”]\s*:|=)\s*$/u;
/** A key: one token in marks with its colon right after the closing mark. */
const KEY_AFTER = /^.:/u;
const ONE_TOKEN = /^\S+$/;
const ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;
const MENU_PATH = /\S\s+(?:>|→|›)\s+\S/;

/** `before`: the text before the opening mark; `after`: from the closing mark on. */
export function codeString(before: string, content: string, after: string): boolean {
  if (CODE_BEFORE.test(before) || ADDRESS.test(content) || MENU_PATH.test(content)) return true;
  return ONE_TOKEN.test(content) && KEY_AFTER.test(after);
}
