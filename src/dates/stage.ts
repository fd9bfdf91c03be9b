import type { StageFactory } from '../pipeline/stage.js';

// Placeholder while the dates stage is being written: does nothing yet.
export const datesStage: StageFactory = () => ({ name: 'dates', run() {} });
