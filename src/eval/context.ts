import type { Span } from '../model/document.js';

/**
 * A window of text around one or more spans, each marked ⟦like this⟧, on one line, for reading errors.
 * Spans must not overlap.
 */
export function contextOf(text: string, spans: readonly Span[], window = 60): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const from = Math.max(0, sorted[0]!.start - window);
  const to = Math.min(text.length, sorted[sorted.length - 1]!.end + window);
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    out += `${text.slice(at, start)}⟦${text.slice(start, s.end)}⟧`;
    at = Math.max(at, s.end);
  }
  out += text.slice(at, to) + (to < text.length ? '…' : '');
  return out.replace(/\s+/g, ' ');
}
