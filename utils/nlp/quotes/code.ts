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

/** One token of words joined by underscores ('session_timeout', 'MAX_RETRIES'): a setting's or a variable's name,
 *  never a word anyone says. */
const SNAKE_CASE = /^[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+$/u;

/** `before`: the text before the opening mark; `after`: from the closing mark on. */

export function codeString(before: string, content: string, after: string): boolean {
  if (CODE_BEFORE.test(before) || ADDRESS.test(content) || MENU_PATH.test(content) || SNAKE_CASE.test(content)) {
    return true;
  }
  return ONE_TOKEN.test(content) && KEY_AFTER.test(after);
}

/** A line of program text: opens with a statement's keyword and holds '(', '{' or '='; or holds '(' or '=' and ends
 *  with ';' or '{'; or is only closing brackets ('});'). A list item ending with ';' in prose has neither. */
const CODE_LINE =
  /^[ \t]*(?:(?:const|let|var|function|import|export|return|if|for|while|def|class|public|private|static)\b[^\n]*[({=][^\n]*|[^\n]*(?:[\w$]\(|=)[^\n]*[;{]|[}\])]+;?)[ \t]*$/gm;
/** Lines of code it takes to call a text a page with code. */
const MIN_CODE_LINES = 2;

/** The text prints program code (a blog post with a snippet): its one-word strings in straight marks are literals. */
export function hasCode(text: string): boolean {
  let n = 0;
  CODE_LINE.lastIndex = 0;
  while (CODE_LINE.exec(text) && ++n < MIN_CODE_LINES);
  return n >= MIN_CODE_LINES;
}

/** One identifier-like token ('any', 'noImplicitAny', 'no-non-null-assertion', '--listFilesOnly'), no sentence
 *  punctuation of its own. */
const IDENTIFIER = /^[-@$_./]*[\p{L}_$][\p{L}\p{N}_$.\-/:@]*$/u;

export function codeToken(content: string): boolean {
  return IDENTIFIER.test(content) && !/[.:]$/.test(content);
}
