/**
 * Whether a roadmap goes in one transaction or is staged in committed batches
 * (graph/write-roadmap.ts). One transaction is the faster way (no label swap, one commit), but
 * Neo4j holds all of it in memory until the commit, about 25 KB per paper with its
 * relationships (measured: 8 MB at 1k papers, 256 MB at 10k, 2.5 GB at 100k). So a roadmap is
 * staged only when its estimate would pass half of the server's per-transaction limit
 * (db.memory.transaction.max), or of a fallback when the limit is unknown or unlimited.
 */
import type { RoadmapWrite } from "./roadmap-write";

/** Bytes of transaction state per paper, relationships included (see above). */
export const BYTES_PER_PAPER = 25 * 1024;
/** Per row of any other kind (a section, a resource, a placement counted on its own…). */
export const BYTES_PER_ROW = 3 * 1024;
/** The budget when the server's limit is unknown (no right to read settings) or unlimited ("0B"). */
export const FALLBACK_BUDGET = 256 * 1024 * 1024;

const UNITS: Record<string, number> = { B: 1, KIB: 1024, MIB: 1024 ** 2, GIB: 1024 ** 3, TIB: 1024 ** 4, KB: 1000, MB: 1000 ** 2, GB: 1000 ** 3, TB: 1000 ** 4 };

/** Parses a Neo4j byte setting as SHOW SETTINGS gives it ("1.00GiB", "512.00MiB", "0B", "1073741824"); null if it is not one. */
export function parseByteSetting(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)?\s*$/i.exec(value);
  if (!match) return null;
  const factor = UNITS[(match[2] ?? "B").toUpperCase()];
  return factor === undefined ? null : Math.round(Number(match[1]) * factor);
}

/** Estimated transaction memory of writing `input` in one transaction, from its announced row counts. */
export function estimateTransactionBytes(totals: RoadmapWrite["totals"]): number {
  const { papers = 0, sectionLinks: _links = 0, ...rest } = totals ?? {};
  const others = Object.values(rest).reduce((sum, n) => sum + (n ?? 0), 0);
  return papers * BYTES_PER_PAPER + others * BYTES_PER_ROW;
}

/** The per-transaction budget for a one-transaction write: half the server's limit (bytes; null or 0 = unknown or unlimited). */
export function transactionBudget(limit: number | null): number {
  return limit !== null && limit > 0 ? limit / 2 : FALLBACK_BUDGET;
}

/** Staged when the estimate passes the budget. */
export function shouldStage(totals: RoadmapWrite["totals"], limit: number | null): boolean {
  return estimateTransactionBytes(totals) > transactionBudget(limit);
}
