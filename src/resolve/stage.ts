import type { StageFactory } from '../pipeline/stage.js';

// Placeholder while the resolve stage is being written: does nothing yet.
export const resolveStage: StageFactory = () => ({ name: 'resolve', run() {} });
