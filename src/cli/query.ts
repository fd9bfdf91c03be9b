import type { Command } from 'commander';

// Placeholder while the query command is being written.
export function registerQuery(_program: Command): void {}
