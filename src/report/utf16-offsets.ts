/**
 * The inverse of src/model/offsets.ts: Unicode code point offsets (graph and StatementRow) back to UTF-16
 * indices, which is what the browser's string functions use. Text without astral characters needs no
 * table; otherwise the UTF-16 index of every code point is listed once per document.
 */
export type Utf16Offset = (codePoint: number) => number;

export function utf16Offsets(text: string): Utf16Offset {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  starts.push(text.length);
  return (cp) => starts[Math.min(Math.max(cp, 0), starts.length - 1)]!;
}
