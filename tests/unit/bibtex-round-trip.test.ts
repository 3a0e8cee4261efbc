/**
 * The app's BibTeX export read back by the ingest: an exported reading path loads as the same
 * papers. It spans two layers (client and ingest), so it lives under tests/.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRoadmapFile } from "@/ingest/read-roadmap-file";
import { attention, detailedNode, gqa, lstm } from "@/app/lib/fixtures.test-support";
import { toBibtex } from "@/app/lib/to-bibtex";

const tricky = detailedNode("cost-and-speed-50-faster-models-in-c", { title: "Cost & {Speed}: 50% faster_models in C#", year: 2024, properties: {} });

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "to-bibtex-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the reading path's BibTeX export", () => {
  it("loads back to the same papers: ids, titles, authors, years, DOIs", async () => {
    const nodes = [attention, lstm, gqa, tricky];
    const path = join(dir, "path.bib");
    await writeFile(path, await toBibtex(nodes));
    const warnings: unknown[] = [];
    const roadmap = await readRoadmapFile(path, { warn: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    expect(roadmap.papers.map((p) => p.id)).toEqual(nodes.map((n) => n.id));
    expect(roadmap.papers.map((p) => p.title)).toEqual(nodes.map((n) => n.title));
    expect(roadmap.papers.map((p) => p.year)).toEqual(nodes.map((n) => n.year));
    expect(roadmap.papers[0]?.authors).toEqual(["Ashish Vaswani", "Noam Shazeer", "Łukasz Kaiser"]);
    expect(roadmap.papers[1]).toMatchObject({ doi: "10.1162/neco.1997.9.8.1735", venue: "Neural Computation" });
    expect(roadmap.papers[2]?.authors).toEqual(["Joshua Ainslie", "Michiel de Jong"]);
  });
});
