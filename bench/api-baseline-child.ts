/**
 * The API benchmark's baseline, run as a child process with NEO4J_URI set: every request
 * variant's Cypher, recorded once (bench/record-variants.ts), replayed through the bare driver,
 * in read transactions, with no HTTP, no input parsing and no row validation, by `c` concurrent
 * loops for a while.
 * Prints one JSON object: latency samples summarised per endpoint and concurrency.
 */
import { parseArgs } from "node:util";
import { openBenchDriver } from "./bench-driver";
import { closeDriver } from "../graph/driver";
import { buildVariants, ENDPOINTS } from "./api-requests";
import { summarizeLatencies, type LatencySummary } from "./latency";
import { callGraphFunction, recordVariants } from "./record-variants";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { papers: { type: "string" }, seed: { type: "string" }, count: { type: "string" }, duration: { type: "string" }, concurrency: { type: "string" } } });
  const uri = process.env.NEO4J_URI ?? "";
  const variants = buildVariants(Number(values.papers), Number(values.seed), Number(values.count));
  const recorded = await recordVariants(variants);
  const db = openBenchDriver(uri);
  const duration = Number(values.duration) * 1000;
  const timeout = 10_000;
  const out: Record<string, Record<string, LatencySummary>> = {};
  for (const endpoint of ENDPOINTS) {
    out[endpoint] = {};
    for (const c of (values.concurrency ?? "1").split(",").map(Number)) {
      const requests = recorded[endpoint];
      out[endpoint][String(c)] = await loop(c, duration, async (i) => {
        for (const queries of requests[i % requests.length] ?? []) await db.replayRead(queries, timeout);
      });
    }
  }
  // For the profile, at concurrency 1 only: the graph/ functions themselves, in-process (their
  // Cypher, the conversion of driver values, the validation of rows), without HTTP or Next.js.
  const profile: Record<string, Record<string, LatencySummary>> = { graph: {} };
  for (const endpoint of ENDPOINTS) {
    profile.graph![endpoint] = await loop(1, duration, async (i) => {
      await callGraphFunction(variants[endpoint][i % variants[endpoint].length]!);
    });
  }
  await db.close();
  await closeDriver();
  console.log(JSON.stringify({ ...out, profile }));
}

/** `c` concurrent loops calling `work` with a running index for `ms`; latencies of the calls that succeed. */
async function loop(c: number, ms: number, work: (i: number) => Promise<void>): Promise<LatencySummary> {
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: c }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await work(next++);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return summarizeLatencies(latencies, (performance.now() - started) / 1000, errors);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
