import type { Mention } from '../../src/model/document.js';
import { packageRoot } from '../../src/model/package-root.js';
import { gazetteerRecognizer } from '../../src/recognize/recognizers/gazetteer.js';
import { prepare } from '../helpers/prepare.js';

export const env = { baseDir: packageRoot(), packageRoot: packageRoot() };

/** Gazetteer candidates above the recognize stage's default threshold (0.5), as the pipeline keeps them. */
export async function places(text: string, options: Record<string, unknown> = {}): Promise<Mention[]> {
  const doc = await prepare(text);
  const recognizer = await gazetteerRecognizer(options, env);
  return recognizer.recognize(doc, []).filter((m) => m.confidence >= 0.5);
}

/** The candidate whose text is exactly `name` (first one). */
export function find(mentions: readonly Mention[], name: string): Mention | undefined {
  return mentions.find((m) => m.text === name);
}
