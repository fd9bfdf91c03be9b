import type { Command } from 'commander';

// Placeholder while the review-stats command is being written.
export function registerReviewStats(_program: Command): void {}
