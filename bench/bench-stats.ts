/**
 * Shared by every benchmark: medians and percentiles, the machine description, printing a
 * table, and writing results as JSON under bench/results/ (git-ignored).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";

export const BENCH_DIR = resolve(import.meta.dirname);
export const ROOT = resolve(BENCH_DIR, "..");
export const DATA_DIR = join(BENCH_DIR, ".data");
export const RESULTS_DIR = join(BENCH_DIR, "results");

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export type Machine = { cpuModel: string; nproc: number; memoryGb: number; freeMemoryGb: number; loadAverage: number[]; node: string; java: string; note: string };

export function describeMachine(): Machine {
  let java = "unknown";
  try {
    java = execFileSync("sh", ["-c", "java -version 2>&1 | head -1"], { encoding: "utf8" }).trim();
  } catch {
    // no java: the benchmarks that need Neo4j will say so
  }
  return {
    cpuModel: cpus()[0]?.model ?? "unknown",
    nproc: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    freeMemoryGb: Math.round((freemem() / 1024 ** 3) * 10) / 10,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    java,
    note: "shared machine: other processes ran at the same time; figures are medians of several runs",
  };
}

/** A fixed-width table: one header row, right-aligned numbers. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map((cell) => (typeof cell === "number" ? formatNumber(cell) : cell)))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => String(row[i] ?? "").length)));
  const line = (row: (string | number)[]) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0))).join("  ");
  return [line(cells[0] ?? []), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en-US");
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Writes bench/results/<name>.json (the latest) and a time-stamped copy; returns the path. */
export function writeResults(name: string, data: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const text = `${JSON.stringify({ benchmark: name, at: new Date().toISOString(), machine: describeMachine(), ...(data as object) }, null, 2)}\n`;
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  writeFileSync(join(RESULTS_DIR, `${name}-${stamp}.json`), text);
  const latest = join(RESULTS_DIR, `${name}.json`);
  writeFileSync(latest, text);
  return latest;
}

/** "1000,10000" -> [1000, 10000], refusing anything but positive integers. */
export function parseSizes(text: string): number[] {
  const sizes = text.split(",").map((part) => Number(part.trim()));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--sizes must be integers of at least 10, comma-separated (got "${text}")`);
  return sizes;
}

export const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
