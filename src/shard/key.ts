import { createHash } from 'node:crypto';
import type { PipelineConfig } from '../pipeline/config.js';
import type { MentionLayer } from '../graph/document-graph.js';
import type { SourceDocument } from '../model/document.js';
import { packageVersion } from '../model/package-root.js';
import { SHARD_FORMAT_VERSION } from './format.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * What decides a document's annotations besides its own text: the tool's version (its rules and gazetteer
 * data ship with it), the shard format, the pipeline's stages and options, --reference-date and --mentions. A shard
 * made under another version is never reused. (Files a pipeline's options name, such as a user's own
 * gazetteer list, are not hashed: after editing one, run without --resume.)
 */
export function pipelineVersion(config: PipelineConfig, referenceDate: string | undefined, mentions: MentionLayer = 'all'): string {
  const stages = config.stages.map((s) => ({ stage: s.stage, options: s.options }));
  return sha256(JSON.stringify({ tool: packageVersion(), format: SHARD_FORMAT_VERSION, pipeline: config.name, stages, referenceDate: referenceDate ?? null, mentions })).slice(0, 32);
}

/** A document's identity for --resume: its text and where it came from, under one pipeline version. */
export function documentKey(input: SourceDocument, version: string): string {
  const { path: _absolute, ...source } = input.source;
  return sha256(`${version}\u0000${input.id}\u0000${JSON.stringify(source)}\u0000${input.text}`).slice(0, 32);
}
