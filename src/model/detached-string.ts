/**
 * A copy of `text` that does not keep the string it was cut from alive.
 *
 * Why: V8 makes a substring of 13 characters or more (`slice`, `split`, a regex match) as a view of its
 * parent, so a long-lived memo keyed by a word of a document keeps the whole document's text in memory for
 * as long as the key lives. The run-wide memos of the tokenizer, the vocabulary and the recognizers did that
 * with thousands of documents: a heap snapshot taken when the merge of 100 MB of ISW copies began held
 * 2,682 whole report texts (76 MB, growing with the input) retained only through such keys. Memos store
 * `detached(key)`; only misses pay the copy, and words shorter than 13 characters are copies already.
 */
export function detached(text: string): string {
  // A concatenation is flattened into a new string before it is sliced, so the slice's parent is that copy.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
