/**
 * The Markdown ingest on the largest real list of the corpus (ml-papers-of-the-week.md, 974 KB,
 * 1,098 linked arXiv ids): reading + validating in this process (syntax tree, entries, zod),
 * with the syntax tree's share on its own, and the whole CLI into an empty database, as a user
 * runs it. Targets (issue 12): parse + validate under 1 s, the whole CLI under 5 s.
 * CPU time is reported beside wall time: on a shared machine the wall clock also counts waiting.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { openBenchDriver } from "./bench-driver";
import { readRoadmapFile } from "../ingest/read-roadmap-file";
import { parseMarkdownTree } from "../ingest/readers/markdown/parse-markdown-tree";
import { startBenchNeo4j } from "./bench-neo4j";
import { formatTable, log, median, ROOT } from "./bench-stats";
import { runOurs, wipe } from "./ingest-runners";

export const MARKDOWN_FILE = resolve(ROOT, process.env.CORPUS_DIR ?? join("..", "shared", "corpus", "awesome-lists"), "ml-papers-of-the-week.md");

export type MarkdownBench = { file: string; runs: number; treeWallS: number; treeCpuS: number; readWallS: number; readCpuS: number; cliS: number; papers: number } | { file: string; skipped: string };

function timed(body: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  body();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

export async function runMarkdownBench(runs: number): Promise<MarkdownBench> {
  if (!existsSync(MARKDOWN_FILE)) return { file: MARKDOWN_FILE, skipped: "file not found (set CORPUS_DIR)" };
  const text = readFileSync(MARKDOWN_FILE, "utf8");
  await readRoadmapFile(MARKDOWN_FILE); // warm-up: module loading and JIT are not the reader's cost
  const tree: { wall: number; cpu: number }[] = [];
  const read: { wall: number; cpu: number }[] = [];
  let papers = 0;
  for (let run = 0; run < runs; run++) {
    tree.push(timed(() => parseMarkdownTree(text)));
    const cpu = process.cpuUsage();
    const started = performance.now();
    papers = (await readRoadmapFile(MARKDOWN_FILE)).papers.length;
    const used = process.cpuUsage(cpu);
    read.push({ wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 });
  }
  log(`markdown: parse + validate ${median(read.map((r) => r.wall)).toFixed(2)} s; now the CLI into an empty database`);
  const db = await startBenchNeo4j({ name: "markdown", heap: "1g", pageCache: "256m" });
  const driver = openBenchDriver(db.uri);
  const cli: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await wipe(driver);
      cli.push((await runOurs(driver, db.uri, MARKDOWN_FILE)).seconds);
    }
  } finally {
    await driver.close();
    await db.stop();
  }
  return {
    file: MARKDOWN_FILE, runs, papers,
    treeWallS: median(tree.map((t) => t.wall)), treeCpuS: median(tree.map((t) => t.cpu)),
    readWallS: median(read.map((r) => r.wall)), readCpuS: median(read.map((r) => r.cpu)),
    cliS: median(cli),
  };
}

export function markdownTable(result: MarkdownBench): string {
  if ("skipped" in result) return `skipped: ${result.file}: ${result.skipped}`;
  const s = (n: number) => n.toFixed(2);
  return formatTable(["measure (median of runs)", "wall s", "CPU s"], [
    ["syntax tree (micromark + GFM)", s(result.treeWallS), s(result.treeCpuS)],
    ["parse + validate (readRoadmapFile)", s(result.readWallS), s(result.readCpuS)],
    ["whole CLI, empty database", s(result.cliS), "-"],
  ]);
}

export function markdownTargets(result: MarkdownBench): string[] {
  if ("skipped" in result) return ["markdown: skipped"];
  return [
    `parse + validate < 1 s: ${result.readWallS < 1 ? "met" : "NOT met"} (${result.readWallS.toFixed(2)} s wall, ${result.readCpuS.toFixed(2)} s CPU, ${result.papers} papers)`,
    `whole CLI < 5 s on an empty database: ${result.cliS < 5 ? "met" : "NOT met"} (${result.cliS.toFixed(2)} s)`,
  ];
}
