/**
 * The bench smoke stage of `npm test` (tests/run-all.ts): `npm run bench` must keep working, so a
 * one-run ingest benchmark at 1,000 papers runs, and this checks that it wrote its figures. It
 * checks that they exist and make sense (counts, an idempotent re-run), never how fast they are.
 */
import { existsSync, readFileSync, statSync } from "node:fs";

type MethodFigures = { seconds?: number; nodesPerSecond?: number; txHeapMb?: number };
type SizeFigures = { papers?: number; nodes?: number; relationships?: number; methods?: Record<string, MethodFigures>; rerun?: { changes?: number } };

/** What is wrong with the results file `file` written after `since` (ms); empty when all is well. */
export function checkBenchResults(file: string, since: number, expected: { papers: number; methods: string[] }): string[] {
  if (!existsSync(file)) return [`${file} was not written`];
  if (statSync(file).mtimeMs < since) return [`${file} is older than this run`];
  const results = (JSON.parse(readFileSync(file, "utf8")) as { ingest?: SizeFigures[] }).ingest ?? [];
  const problems: string[] = [];
  const size = results.find((r) => r.papers === expected.papers);
  if (!size) return [`no ingest figures for ${expected.papers} papers in ${file}`];
  if (!((size.nodes ?? 0) > expected.papers)) problems.push(`nodes: ${size.nodes} for ${expected.papers} papers`);
  if (!((size.relationships ?? 0) > 0)) problems.push(`relationships: ${size.relationships}`);
  for (const method of expected.methods) {
    const figures = size.methods?.[method];
    if (!figures) problems.push(`no figures for ${method}`);
    else if (!(Number.isFinite(figures.seconds) && (figures.seconds ?? 0) > 0 && (figures.nodesPerSecond ?? 0) > 0)) problems.push(`${method}: seconds ${figures.seconds}, nodes/s ${figures.nodesPerSecond}`);
  }
  if (size.rerun?.changes !== 0) problems.push(`the re-run of our ingest reported ${size.rerun?.changes} changes, not 0`);
  return problems;
}
