/**
 * Word lists of a unit's action that more than one rule file reads (builtin.ts unit-*, unit-whereabouts.ts).
 * Kept here, not in builtin.ts, because builtin.ts imports the rule files that need them.
 */

/**
 * Before a unit's action, up to four words, none of a plan or a forecast ("the brigade will likely attack X"
 * places it nowhere yet), nor a "that" opening another clause ("told the X Post that shells struck Y").
 */
export const NOT_YET_WORDS = 'will|would|could|might|may|plan|plans|planned|intend|intends|intended|aims|aimed|prepare|prepares|preparing|ordered';
export const NOT_YET = `*4[${NOT_YET_WORDS}|that|before|ahead]`;

/** Taking losses, whose place follows the losses' description (unit-action-at-place). */
export const LOSS_VERBS = 'suffered|suffering|suffers|sustained|sustaining|sustains|taken|took|taking|incurred|incurring';
