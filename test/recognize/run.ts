import type { Mention } from '../../src/model/document.js';
import type { RecognizerFactory } from '../../src/recognize/recognizer.js';
import { packageRoot } from '../../src/model/package-root.js';
import { prepare } from '../helpers/prepare.js';

const env = { baseDir: packageRoot(), packageRoot: packageRoot() };

/**
 * Runs one recognizer over a prepared text, after `earlier` candidates (e.g. a hand-made demonym), and
 * returns its candidates with `text` for easy assertions.
 */
export async function recognizeWith(factory: RecognizerFactory, text: string, earlier: (doc: string) => Mention[] = () => [], options: Record<string, unknown> = {}): Promise<Mention[]> {
  const doc = await prepare(text);
  const recognizer = await factory(options, env);
  return recognizer.recognize(doc, earlier(text));
}

/** A demonym candidate as the demonym recognizer would propose it, for the first occurrence of `word`. */
export function demonym(text: string, word: string, country: string): Mention {
  const start = text.indexOf(word);
  return {
    start,
    end: start + word.length,
    text: word,
    type: 'Place',
    placeKind: 'Country',
    form: 'demonym',
    recognizer: 'demonym',
    priority: 10,
    confidence: 0.9,
    ref: { id: `country:${country}`, name: country, type: 'Place', placeKind: 'Country' },
  };
}

/** A name candidate from an earlier recognizer (gazetteer-like) for the first occurrence of `name`. */
export function named(text: string, name: string, type: Mention['type'], extra: Partial<Mention> = {}): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, form: 'name', recognizer: 'gazetteer', priority: 50, confidence: 0.9, ...extra };
}

export const texts = (ms: readonly Mention[]): string[] => ms.map((m) => m.text);
