/**
 * The GMB extract (`../shared/train/gmb.jsonl`) is tokenized: each sentence's tokens are joined by single
 * spaces ("the army 's chief said \" we won \" ."). The pipeline reads ordinary text, and gold windows of
 * GMB sentences were annotated on ordinary text, so a window's text is rebuilt with ordinary spacing by this
 * rule — the same rule, token for token, as the one that made the annotated texts (their SHA-256 checks it):
 * no space before closing punctuation and clitics, none after opening brackets and `$`/`#`, straight double
 * quotes alternating open/close across the whole window, sentences joined by one space. Anything else (a
 * dash " - ", a slash) keeps its spaces.
 */

/** Tokens written without a space before them. */
const NO_SPACE_BEFORE: ReadonlySet<string> = new Set(['.', ',', ';', ':', '?', '!', ')', ']', '}', '%', "'s", "'S", "'ll", "'m", "'re", "'ve", "'d", "n't", "N'T", '’s', "'", '...', '…', '..']);
/** Tokens written without a space after them. */
const NO_SPACE_AFTER: ReadonlySet<string> = new Set(['(', '[', '{', '$', '#']);

/** Consecutive GMB sentence texts (tokens joined by single spaces) as one ordinary text. */
export function detokenizeGmb(sentences: readonly string[]): string {
  const out: string[] = [];
  let inQuote = false; // a straight double quote is open
  let glued = true; // no space before the next token (start of the text, or after an opening token)
  for (const sentence of sentences) {
    for (const token of sentence.split(' ')) {
      if (token === '') continue;
      let spaceBefore = !glued && !NO_SPACE_BEFORE.has(token);
      let spaceAfter = !NO_SPACE_AFTER.has(token);
      if (token === '"') {
        // An opening quote keeps the space before it and glues to the next word; a closing one glues back.
        if (inQuote) spaceBefore = false;
        else spaceAfter = false;
        inQuote = !inQuote;
      }
      if (spaceBefore) out.push(' ');
      out.push(token);
      glued = !spaceAfter;
    }
    // The next sentence starts after one space, even after a sentence ending in "(" (never seen, but defined).
    glued = false;
  }
  return out.join('');
}
