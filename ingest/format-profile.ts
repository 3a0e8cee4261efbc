/**
 * `npm run ingest -- FILE --profile`: where an ingest's time went, by part of the write and by
 * statement, so that a slow load of a big list can be told apart (reading and validating the
 * file, the committed batches of a staged write, its final transaction, the commit).
 */
import type { WriteTiming } from "../graph/write-roadmap";

type Row = { part: string; step: string; statements: number; rows: number; serverMs: number; wallMs: number };

const PART_NAMES: Record<WriteTiming["part"], string> = { staged: "staged batches", final: "final transaction", single: "one transaction" };

/** Sums the timings by part and step, in the order the steps first ran. */
export function summarizeTimings(timings: readonly WriteTiming[]): Row[] {
  const rows = new Map<string, Row>();
  for (const t of timings) {
    const key = `${t.part}\u0000${t.step}`;
    const row = rows.get(key) ?? { part: PART_NAMES[t.part], step: t.step, statements: 0, rows: 0, serverMs: 0, wallMs: 0 };
    row.statements += 1;
    row.rows += t.rows;
    row.serverMs += t.serverMs;
    row.wallMs += t.wallMs;
    rows.set(key, row);
  }
  return [...rows.values()];
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/**
 * The profile table. `readMs`: reading and validating the file before the write; `totalMs`: the
 * whole run. Server seconds are Neo4j's time on the statements; wall seconds also count the
 * wait for the statement before (statements are pipelined) and, for a staged batch, its commit.
 */
export function formatProfile(timings: readonly WriteTiming[], readMs: number, totalMs: number): string {
  const table: string[][] = [["part", "step", "statements", "rows", "server s", "wall s"]];
  table.push(["read", "read and validate the file", "", "", "", seconds(readMs)]);
  for (const row of summarizeTimings(timings)) table.push([row.part, row.step, String(row.statements), String(row.rows), seconds(row.serverMs), seconds(row.wallMs)]);
  table.push(["total", "the whole run", "", "", "", seconds(totalMs)]);
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => (r[i] ?? "").length)));
  const lines = table.map((r) => r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  // Every staged batch commits on its own; the final (or only) transaction once.
  const commits = timings.filter((t) => t.part === "staged" || t.step === "commit").length;
  return `ingest profile (${commits} commits):\n${lines.join("\n")}`;
}
