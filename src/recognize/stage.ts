import type { Mention } from '../model/document.js';
import type { StageFactory } from '../stage/stage.js';
import { checkOptionKeys, optionBoolean, optionNumber, PipelineConfigError } from '../stage/options.js';
import type { Recognizer } from './recognizer.js';
import { recognizerRegistry } from './registry.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { documentNames } from './document-names.js';
import { withoutVesselNames } from './vessel-names.js';
import { joinHyphenCompounds } from './hyphen-compound.js';
import { withoutPlatformModifiers } from './platform-modifier.js';
import { withoutPlaceAdjectives } from './place-modifier.js';
import { withPartyNames } from './party-names.js';
import { withUnlistedParties } from './unlisted-party.js';
import { withGivenNamesBeforeListed } from './given-name-before-listed.js';

interface RecognizerEntry {
  use: string;
  options?: Record<string, unknown>;
}

function parseEntries(raw: unknown): RecognizerEntry[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new PipelineConfigError('stage "recognize"', 'option "recognizers" must be a non-empty array of {"use": name, "options": {…}}');
  }
  return raw.map((e, i) => {
    const entry = typeof e === 'string' ? { use: e } : e;
    if (typeof entry !== 'object' || entry === null || typeof (entry as RecognizerEntry).use !== 'string') {
      throw new PipelineConfigError('stage "recognize"', `recognizers[${i}] must be a name or {"use": name, "options": {…}}`);
    }
    const { use, options } = entry as RecognizerEntry;
    if (!(use in recognizerRegistry)) {
      throw new PipelineConfigError(
        'stage "recognize"',
        `recognizers[${i}] "${use}" is not a known recognizer (known: ${Object.keys(recognizerRegistry).join(', ')})`,
      );
    }
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new PipelineConfigError('stage "recognize"', `recognizers[${i}].options must be an object`);
    }
    return { use, options: options ?? {} };
  });
}

/**
 * Runs the pipeline's recognizers in order, each seeing the candidates before it, then lets the overlap
 * resolver keep one consistent set of mentions, then (option `documentNames`, on by default) makes the
 * document consistent: a name accepted once is a name where it repeats (see document-names.ts).
 */
export const recognizeStage: StageFactory = async (options, env) => {
  checkOptionKeys(options, 'recognize', ['recognizers', 'minConfidence', 'documentNames']);
  const minConfidence = optionNumber(options, 'minConfidence', 'recognize', 0.5, [0, 1]);
  const consistent = optionBoolean(options, 'documentNames', 'recognize', true);
  const recognizers: Recognizer[] = [];
  for (const entry of parseEntries(options.recognizers)) {
    recognizers.push(await recognizerRegistry[entry.use]!(entry.options ?? {}, env));
  }
  return {
    name: 'recognize',
    run(doc) {
      const candidates: Mention[] = [];
      for (const r of recognizers) {
        for (const m of r.recognize(doc, candidates)) candidates.push(m);
      }
      const settled = withGivenNamesBeforeListed(doc.text, joinHyphenCompounds(doc.text, resolveOverlaps(candidates, minConfidence)), candidates);
      const named = withoutVesselNames(doc.text, consistent ? documentNames(doc, settled) : settled);
      doc.mentions = withUnlistedParties(doc.text, withPartyNames(doc.text, withoutPlaceAdjectives(doc.text, withoutPlatformModifiers(doc.text, named))));
    },
  };
};
