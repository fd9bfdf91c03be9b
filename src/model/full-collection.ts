import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full garbage collection now, in this thread, without starting Node with `--expose-gc`: the flag is set
 * once, and a new context's `gc` is the isolate's (the main context's global stays without one).
 *
 * For the few moments where a large structure has just become garbage and an equally large one is about to
 * be made (wink's instance made afresh: `src/tokenize/wink.ts`). Not for a timer: forced collections drop the
 * hidden classes no live object uses, and the optimized code that saw them with it (`src/run/v8-settings.ts`).
 */
export function collectFully(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
