/** Latency samples (ms) of one load test, summarised the same way for the API and its baseline. */
import { median, percentile } from "./bench-stats";

export type LatencySummary = { p50: number; p95: number; p99: number; rps: number; requests: number; errors: number };

export function summarizeLatencies(latencies: readonly number[], seconds: number, errors: number): LatencySummary {
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
    requests: latencies.length,
    errors,
  };
}

/** Medians, field by field, of several runs' summaries (errors are summed: any error counts). */
export function medianSummary(runs: readonly LatencySummary[]): LatencySummary {
  const pick = (key: keyof LatencySummary) => median(runs.map((run) => run[key]));
  return { p50: pick("p50"), p95: pick("p95"), p99: pick("p99"), rps: pick("rps"), requests: pick("requests"), errors: runs.reduce((sum, run) => sum + run.errors, 0) };
}
