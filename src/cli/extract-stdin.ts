/** `newsgraph extract --stdin --ndjson`: JSONL records in, one shard line per document out (run/line-stream.ts). */
export async function extractStdin(opts: { pipeline: string; name: string; referenceDate?: string; mentions: 'all' | 'linked' | 'none'; quiet?: boolean }): Promise<void> {
  const [{ streamLines }, { loadPipelineConfig }] = await Promise.all([import('../run/line-stream.js'), import('../pipeline/pipeline.js')]);
  const facts = await streamLines(process.stdin, process.stdout, {
    pipeline: loadPipelineConfig(opts.pipeline),
    name: opts.name,
    mentions: opts.mentions,
    ...(opts.referenceDate ? { referenceDate: opts.referenceDate } : {}),
    warn: (line) => process.stderr.write(`${line}\n`),
  });
  if (!opts.quiet) process.stderr.write(`${facts.documents.length} documents read, ${facts.failures.length} failed, ${facts.problems?.length ?? 0} bad records\n`);
  process.exitCode = facts.status === 'failed' ? 1 : 0; // as extract: 1 when an input failed as a whole
}
