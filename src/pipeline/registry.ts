import type { StageFactory } from '../stage/stage.js';
import { STAGE_NAMES, type StageName } from './stage-names.js';
import { segmentStage } from '../segment/stage.js';
import { tokenizeStage } from '../tokenize/stage.js';
import { recognizeStage } from '../recognize/stage.js';
import { datesStage } from '../dates/stage.js';
import { relationsStage } from '../relations/stage.js';
import { resolveStage } from '../resolve/stage.js';

/** Every stage a pipeline file may name, in the order a sensible pipeline runs them. */
export const stageRegistry: Readonly<Record<StageName, StageFactory>> = {
  segment: segmentStage,
  tokenize: tokenizeStage,
  recognize: recognizeStage,
  dates: datesStage,
  relations: relationsStage,
  resolve: resolveStage,
};

export const knownStages: readonly string[] = STAGE_NAMES;
