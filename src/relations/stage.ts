import type { StageFactory } from '../pipeline/stage.js';

// Placeholder while the relations stage is being written: does nothing yet.
export const relationsStage: StageFactory = () => ({ name: 'relations', run() {} });
