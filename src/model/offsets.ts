/**
 * Converts UTF-16 offsets (JavaScript string indices, used inside the pipeline) into Unicode code point
 * offsets (used by NIF and the output contract). Text without astral characters (emoji, some CJK) needs no
 * table; otherwise a prefix count of surrogate pairs is built once per document.
 */
export type CodePointOffset = (utf16: number) => number;

export function codePointOffsets(text: string): CodePointOffset {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  // pairsBefore[i] = surrogate pairs that end before UTF-16 index i.
  const pairsBefore = new Uint32Array(text.length + 1);
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    pairsBefore[i] = pairs;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairsBefore[i + 1] = pairs;
        pairs++;
        i++;
      }
    }
  }
  pairsBefore[text.length] = pairs;
  return (i) => i - pairsBefore[i]!;
}

/**
 * The inverse: Unicode code point offsets (gold files, the graph) to UTF-16 indices (JavaScript strings,
 * the document model, the browser). An offset outside the text is an error in the caller's data.
 */
export type Utf16Offset = (codePoint: number) => number;

export function codePointToUtf16(text: string): Utf16Offset {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const table: number[] = [];
  let i = 0;
  for (const ch of text) {
    table.push(i);
    i += ch.length;
  }
  table.push(i);
  return (cp) => {
    const v = table[cp];
    if (v === undefined) throw new RangeError(`code-point offset ${cp} is outside the text (${table.length - 1} code points)`);
    return v;
  };
}
