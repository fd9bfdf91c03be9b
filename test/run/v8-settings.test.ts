import { afterEach, describe, expect, it, vi } from 'vitest';

const flags: string[] = [];
vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: (f: string) => flags.push(f) }));

const { INTERRUPT_BUDGET, ONE_THREAD_INTERRUPT_BUDGET, interruptBudgetFor, tuneV8ForLongRun } = await import('../../src/run/v8-settings.js');

/** A run in one thread gets the lower interrupt budget (v8-settings.ts 2b); a run with workers keeps the higher one. */
describe('V8 interrupt budget by the number of pipeline threads (v8-settings.ts)', () => {
  afterEach(() => void (flags.length = 0));

  it('gives a run in one thread the one-thread budget, below the workers\' one', () => {
    expect(interruptBudgetFor(1)).toBe(ONE_THREAD_INTERRUPT_BUDGET);
    expect(ONE_THREAD_INTERRUPT_BUDGET).toBeLessThan(INTERRUPT_BUDGET);
    tuneV8ForLongRun(1);
    expect(flags).toContain(`--interrupt-budget=${ONE_THREAD_INTERRUPT_BUDGET}`);
    expect(flags).not.toContain(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  });

  it('keeps the workers\' budget for two or more threads', () => {
    expect(interruptBudgetFor(2)).toBe(INTERRUPT_BUDGET);
    expect(interruptBudgetFor(8)).toBe(INTERRUPT_BUDGET);
    tuneV8ForLongRun(2);
    expect(flags).toContain(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(flags).not.toContain(`--interrupt-budget=${ONE_THREAD_INTERRUPT_BUDGET}`);
  });
});
