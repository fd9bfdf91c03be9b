/**
 * JSON for a `<script type="application/json">` element: `<` (and `>`, `&`) become \u escapes so that
 * no text of a document, not even "</script>" or "<!--", can end the element early; U+2028/U+2029 are
 * escaped so the blob stays valid if someone pastes it into JavaScript.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => ESCAPES[c]!);
}
