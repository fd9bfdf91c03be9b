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

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
/** U+2028 and U+2029 in UTF-8: E2 80 A8, E2 80 A9 (E2 starts a character, so never inside another). */
const E2 = 0xe2;
const BYTE_ESCAPES: Record<number, string> = { [LT]: ESCAPES['<']!, [GT]: ESCAPES['>']!, [AMP]: ESCAPES['&']! };

/**
 * jsonForScript's escaping applied to JSON already encoded as UTF-8 (a document's text as JSON.stringify wrote
 * it into its shard), handed to `push` as runs of the bytes and escapes in between: the same bytes as
 * encoding `jsonForScript` of the parsed value, without decoding, parsing and writing the text again.
 */
export function scriptSafeJson(json: Uint8Array, push: (piece: string | Uint8Array) => void): void {
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const b = json[i]!;
    if (b !== LT && b !== GT && b !== AMP && b !== E2) continue;
    let escape = BYTE_ESCAPES[b];
    let end = i + 1;
    if (b === E2) {
      if (json[i + 1] !== 0x80 || (json[i + 2] !== 0xa8 && json[i + 2] !== 0xa9)) continue;
      escape = json[i + 2] === 0xa8 ? ESCAPES['\u2028']! : ESCAPES['\u2029']!;
      end = i + 3;
    }
    if (i > from) push(json.subarray(from, i));
    push(escape!);
    from = end;
    i = end - 1;
  }
  if (from < json.length) push(from === 0 ? json : json.subarray(from));
}
