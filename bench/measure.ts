/** One timed run over a corpus, and the rates derived from it. */
export interface Throughput {
  documents: number;
  tokens: number;
  bytes: number;
  seconds: number;
  tokensPerSecond: number;
  documentsPerSecond: number;
  mbPerSecond: number;
}

export function throughput(documents: number, tokens: number, bytes: number, seconds: number): Throughput {
  const round = (x: number, digits: number): number => Number(x.toFixed(digits));
  return {
    documents,
    tokens,
    bytes,
    seconds: round(seconds, 3),
    tokensPerSecond: Math.round(tokens / seconds),
    documentsPerSecond: round(documents / seconds, 1),
    mbPerSecond: round(bytes / 1e6 / seconds, 3),
  };
}

export async function seconds<T>(fn: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - t0) / 1000 };
}

export const mb = (bytes: number): number => Number((bytes / 1024 / 1024).toFixed(1));
