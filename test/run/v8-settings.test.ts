import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, ONE_THREAD_INTERRUPT_BUDGET, interruptBudgetFor, longRunFlags } from '../../src/run/v8-settings.js';

/** A run in one thread gets the lower interrupt budget (v8-settings.ts 2b); a run with workers keeps the higher one. */
describe('V8 interrupt budget by the number of pipeline threads (v8-settings.ts)', () => {
  it('gives a run in one thread the one-thread budget, below the workers\' one', () => {
    expect(interruptBudgetFor(1)).toBe(ONE_THREAD_INTERRUPT_BUDGET);
    expect(ONE_THREAD_INTERRUPT_BUDGET).toBeLessThan(INTERRUPT_BUDGET);
    expect(longRunFlags(1)).toContain(`--interrupt-budget=${ONE_THREAD_INTERRUPT_BUDGET}`);
    expect(longRunFlags(1)).not.toContain(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  });

  it('keeps the workers\' budget for two or more threads', () => {
    expect(interruptBudgetFor(2)).toBe(INTERRUPT_BUDGET);
    expect(interruptBudgetFor(8)).toBe(INTERRUPT_BUDGET);
    expect(longRunFlags(2)).toContain(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(longRunFlags(2)).not.toContain(`--interrupt-budget=${ONE_THREAD_INTERRUPT_BUDGET}`);
  });

  it('limits the heap\'s growth whatever the number of threads', () => {
    for (const threads of [1, 2]) expect(longRunFlags(threads).filter((f) => f.startsWith('--heap-growing-percent='))).toHaveLength(1);
  });
});
