/**
 * `npx tsx bench/generate-roadmap.ts --papers N [--seed S] [--out FILE] [--format ndjson|json]`
 *
 * Writes a synthetic roadmap (bench/build-synthetic-roadmap.ts) that `npm run ingest -- FILE`
 * accepts: the streamed `.ndjson` form (any size, read line by line) or, for small sizes, the
 * structured `.json` form (the reader's 20 MB limit applies to it). Deterministic for a seed.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import type { NdjsonLineInput } from "../ingest/roadmap-ndjson-schema";
import { syntheticRoadmap, type SyntheticOptions } from "./build-synthetic-roadmap";

export type GeneratedCounts = Record<NdjsonLineInput["kind"], number> & { bytes: number };

/** Streams the NDJSON form into `file` in ~1 MB writes; returns line counts per kind. */
export function writeSyntheticNdjson(file: string, options: SyntheticOptions): GeneratedCounts {
  const counts: GeneratedCounts = { roadmap: 0, section: 0, paper: 0, resource: 0, buildsOn: 0, surveys: 0, bytes: 0 };
  // bench/.data/ is git-ignored, so a fresh clone does not have it.
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, "w");
  try {
    let buffer = "";
    for (const record of syntheticRoadmap(options)) {
      counts[record.kind]++;
      buffer += `${JSON.stringify(record)}\n`;
      if (buffer.length > 1 << 20) {
        counts.bytes += writeSync(fd, buffer);
        buffer = "";
      }
    }
    counts.bytes += writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return counts;
}

/** The structured form (what `roadmapSchema` reads): the same records, grouped by kind. */
export function syntheticStructured(options: SyntheticOptions): Record<string, unknown> {
  const out = { roadmap: {}, sections: [] as unknown[], papers: [] as unknown[], resources: [] as unknown[], buildsOn: [] as unknown[], surveys: [] as unknown[] };
  for (const record of syntheticRoadmap(options)) {
    if (record.kind === "roadmap") {
      const { kind: _kind, ...roadmap } = record;
      out.roadmap = roadmap;
    } else if (record.kind === "resource") {
      const { kind: _kind, resourceKind, ...rest } = record;
      out.resources.push({ ...rest, kind: resourceKind });
    } else {
      const { kind, ...rest } = record;
      out[kind === "section" ? "sections" : kind === "paper" ? "papers" : kind].push(rest);
    }
  }
  return out;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      papers: { type: "string" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      format: { type: "string", default: "ndjson" },
    },
  });
  const papers = Number(values.papers);
  const seed = Number(values.seed);
  if (!Number.isInteger(papers) || papers < 10 || papers > 5_000_000) throw new Error("--papers must be an integer from 10 to 5000000");
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
  const format = values.format === "json" ? "json" : "ndjson";
  const out = values.out ?? `bench/.data/synthetic-${papers}.${format}`;
  const started = Date.now();
  if (format === "json") {
    const text = JSON.stringify(syntheticStructured({ papers, seed }));
    const fd = openSync(out, "w");
    writeSync(fd, text);
    closeSync(fd);
    console.log(`wrote ${out}: ${(text.length / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return;
  }
  const counts = writeSyntheticNdjson(out, { papers, seed });
  console.log(`wrote ${out}: ${JSON.stringify(counts)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();
