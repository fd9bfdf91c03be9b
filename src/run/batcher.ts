/**
 * Gathers items that arrive one by one (documents of the files being read) into batches for a function
 * that handles a whole batch at once (`Pipeline.processBatch`, in this thread or in a worker). A batch goes
 * out when it is full, or on the next turn of the event loop with whatever has arrived by then: a run that
 * is busy processing collects the documents read meanwhile, so batches fill up by themselves under load and
 * a lone document never waits.
 */
export interface Batcher<I, O> {
  add(item: I): Promise<O>;
}

/** `runBatch` returns one result per item, in order: a value, or an Error for that item alone. */
export function batcher<I, O>(size: number, runBatch: (items: I[]) => Promise<Array<O | Error>>): Batcher<I, O> {
  let pending: Array<{ item: I; resolve: (o: O) => void; reject: (e: Error) => void }> = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    runBatch(batch.map((p) => p.item)).then(
      (results) =>
        batch.forEach((p, i) => {
          const r = results[i];
          if (r instanceof Error) p.reject(r);
          else if (r === undefined) p.reject(new Error('no result for this document'));
          else p.resolve(r);
        }),
      (err: unknown) => batch.forEach((p) => p.reject(err instanceof Error ? err : new Error(String(err)))),
    );
  };
  return {
    add(item) {
      return new Promise<O>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (pending.length >= size) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
  };
}
