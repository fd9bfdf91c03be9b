import type { Mention } from '../../src/model/document.js';

/** A candidate mention for tests of the overlap resolver and candidate index: only the span matters. */
export const mentionAt = (start: number, end: number, over: Partial<Mention> = {}): Mention => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  type: 'Place',
  form: 'name',
  recognizer: 'test',
  priority: 50,
  confidence: 0.9,
  ...over,
});
