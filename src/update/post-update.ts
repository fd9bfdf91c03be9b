/**
 * Sends SPARQL 1.1 Update requests to an endpoint (SPARQL 1.1 Protocol: POST, form-encoded `update=`),
 * one after the other; a request the server refuses stops the load with its answer.
 */
export async function postUpdates(endpoint: string, requests: Iterable<string>, onRequest?: (n: number) => void): Promise<number> {
  let n = 0;
  for (const request of requests) {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: '*/*' },
      body: new URLSearchParams({ update: request }),
    }).catch((err: Error) => {
      throw new Error(`cannot reach ${endpoint}: ${(err.cause as Error | undefined)?.message ?? err.message}`);
    });
    const answer = await res.text();
    if (!res.ok) throw new Error(`${endpoint} refused update request ${n + 1} (HTTP ${res.status}): ${answer.slice(0, 800)}`);
    n++;
    onRequest?.(n);
  }
  return n;
}
