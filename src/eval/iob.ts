/**
 * Decodes a sentence's chunk tags into spans. One decoder serves IOB1 (I- opens a chunk, B- only splits
 * two adjacent chunks of one type), IOB2 (B- opens every chunk), IOBES and BILOU: a chunk continues only
 * on I-/E-/L- of the same type, and every other tag closes it.
 */
export interface TagSpan {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  label: string;
}

type Action = 'open' | 'continue' | 'single' | 'last';

/** What each tag prefix does; a tag without a known prefix (IO scheme: `PER`) continues like I-. */
const prefixActions: Readonly<Record<string, Action>> = {
  B: 'open',
  I: 'continue',
  E: 'last',
  L: 'last',
  S: 'single',
  U: 'single',
};

function splitTag(tag: string): { action: Action; label: string } | undefined {
  if (tag === 'O' || tag === '_' || tag === '') return undefined;
  const m = /^([A-Z])[-_](.+)$/.exec(tag);
  const action = m ? prefixActions[m[1]!] : undefined;
  return action ? { action, label: m![2]! } : { action: 'continue', label: tag };
}

export function decodeTags(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | undefined;
  const close = (): void => {
    if (open) spans.push(open);
    open = undefined;
  };
  tags.forEach((tag, i) => {
    const t = splitTag(tag);
    if (!t) return close();
    const extends_ = (t.action === 'continue' || t.action === 'last') && open?.label === t.label;
    if (extends_) open!.end = i + 1;
    else {
      close();
      open = { start: i, end: i + 1, label: t.label };
    }
    if (t.action === 'single' || t.action === 'last') close();
  });
  close();
  return spans;
}
