/**
 * Gold files give Unicode code-point offsets; the document model uses UTF-16 indices. They differ only
 * after a character outside the Basic Multilingual Plane, so the table is built only when the text has one.
 */
export type CodePointToUtf16 = (codePoint: number) => number;

const hasSurrogate = /[\uD800-\uDFFF]/;

export function codePointToUtf16(text: string): CodePointToUtf16 {
  if (!hasSurrogate.test(text)) return (cp) => cp;
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
