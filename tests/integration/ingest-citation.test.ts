/**
 * Reference-manager exports through the real ingest CLI into the real Neo4j: a .bib, an .ris
 * and a CSL-JSON file load (flawed entries as warnings with file:line, --strict refusing them),
 * and a reading path exported as BibTeX by the app loads back to the same papers. Every test
 * removes what it added; the database ends as it began.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toBibtex } from "../../app/lib/to-bibtex";
import { closeDriver, getDatabase, getDriver } from "../../graph/driver";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { nodesResponseSchema, readingPathSchema } from "@/contract/schemas";
import { callRoute } from "./support/call-route";
import { ROOT, runIngest } from "./support/run-ingest";

const fixture = (name: string) => resolve(ROOT, "ingest", "fixtures", name);

async function read<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await getDriver().executeQuery(query, params, { database: getDatabase(), routing: "READ" });
  return records.map((r) => r.toObject() as T);
}

const papersOf = (roadmap: string) =>
  read<{ id: string; doi: string | null; authors: string[] | null; section: string }>(
    `MATCH (p:Paper)-[:IN_SECTION]->(s:Section {roadmap: $roadmap})
     RETURN p.id AS id, p.doi AS doi, p.authors AS authors, s.name AS section ORDER BY s.order, p.id`,
    { roadmap },
  );

let before: GraphChecksum;
let dir = "";
beforeAll(async () => {
  before = await getGraphChecksum();
  dir = await mkdtemp(join(tmpdir(), "ingest-citation-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await closeDriver();
});

/** Papers without a DOI or arXiv id: a list that names one of them with its identifier adds it. */
const lacking = () => read<{ id: string; missing: string[] }>(
  `MATCH (p:Paper) WHERE p.doi IS NULL OR p.arxivId IS NULL
   RETURN p.id AS id, [k IN ['doi', 'arxivId'] WHERE p[k] IS NULL] AS missing`,
);

/**
 * Removing a list keeps the papers it shares, and with them the DOI or arXiv id the list gave
 * a paper that lacked it (a fact about the paper, not about the list). Everything else must be
 * as before: the gained identifiers are taken off again (the test cleans up), then compared.
 */
async function forgetGainedIdentifiers(lackedBefore: { id: string; missing: string[] }[]): Promise<void> {
  const session = getDriver().session({ database: getDatabase() });
  try {
    await session.executeWrite((tx) =>
      tx.run(
        `UNWIND $rows AS row MATCH (p:Paper {id: row.id})
         FOREACH (_ IN CASE WHEN 'doi' IN row.missing THEN [1] ELSE [] END | REMOVE p.doi)
         FOREACH (_ IN CASE WHEN 'arxivId' IN row.missing THEN [1] ELSE [] END | REMOVE p.arxivId)`,
        { rows: lackedBefore },
      ),
    );
  } finally {
    await session.close();
  }
}

async function loadAndRemove(file: string, roadmap: string, check: (output: string) => Promise<void>): Promise<void> {
  const lackedBefore = await lacking();
  const run = await runIngest([file, "--roadmap", roadmap]);
  expect(run.code, run.output).toBe(0);
  try {
    await check(run.output);
    const again = await runIngest([file, "--roadmap", roadmap]);
    expect(again.output).toMatch(/total changes: 0\b/);
  } finally {
    const removed = await runIngest(["--remove", roadmap]);
    expect(removed.code, removed.output).toBe(0);
  }
  await forgetGainedIdentifiers(lackedBefore);
  expect(await getGraphChecksum()).toEqual(before);
}

describe("reference-manager exports load into Neo4j", () => {
  it("a .bib: papers shared with the bundled roadmap, new ones with DOI and authors, the broken entry a warning", async () => {
    await loadAndRemove(fixture("reading-list.bib"), "bib-list", async (output) => {
      expect(output).toMatch(/reading-list\.bib:50: @misc entry cannot be read .*; entry skipped/);
      const papers = await papersOf("bib-list");
      expect(papers.filter((p) => p.section === "Transformers").map((p) => p.id)).toEqual(["1706.03762", "2305.13245"]);
      expect(papers.find((p) => p.id === "long-short-term-memory")).toMatchObject({ doi: "10.1162/neco.1997.9.8.1735", authors: ["Sepp Hochreiter", "Jürgen Schmidhuber"] });
      // The Transformer stays one node, shared with the bundled roadmap.
      expect(await read("MATCH (p:Paper {arxivId: '1706.03762'}) RETURN p.id AS id")).toHaveLength(1);
      const repo = await read<{ kind: string }>("MATCH (r:Resource)-[:IN_SECTION]->(:Section {roadmap: 'bib-list'}) RETURN r.kind AS kind");
      expect(repo).toEqual([{ kind: "repository" }]);
    });
  });

  it("an .ris file, sections from its keywords", async () => {
    await loadAndRemove(fixture("reading-list.ris"), "ris-list", async (output) => {
      expect(output).toMatch(/reading-list\.ris:27: record has no title; record skipped/);
      const papers = await papersOf("ris-list");
      expect(papers.map((p) => [p.section, p.id])).toEqual([
        ["Language models", "1810.04805"],
        ["Vision", "1512.03385"],
        ["Vision", "2006.11239"],
        ["Diffusion", "2006.11239"],
      ]);
      expect(papers.find((p) => p.id === "1512.03385")).toMatchObject({ doi: "10.1109/cvpr.2016.90", authors: ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"] });
    });
  });

  it("a CSL-JSON file", async () => {
    await loadAndRemove(fixture("reading-list.csl.json"), "csl-list", async (output) => {
      expect(output).toMatch(/reading-list\.csl\.json:27: item 3: item has no title; item skipped/);
      expect((await papersOf("csl-list")).map((p) => p.id).sort()).toEqual(["1911.02150", "2111.00396"]);
    });
  });

  it("--strict refuses each flawed file at its line and writes nothing", async () => {
    for (const [name, line] of [["reading-list.bib", 50], ["reading-list.ris", 27], ["reading-list.csl.json", 27]] as const) {
      const run = await runIngest([fixture(name), "--strict"]);
      expect(run.code, run.output).not.toBe(0);
      expect(run.output).toContain(`${name}:${line}: `);
      expect(run.output).toMatch(/refused: --strict/);
    }
    expect(await getGraphChecksum()).toEqual(before);
  });
});

describe("the app's BibTeX export loads back", () => {
  it("to the same papers: no new paper node, the path's ids in the roadmap", async () => {
    const answer = await callRoute("POST", "/api/reading-path", { target: "generative-ai/transformer-architecture" });
    expect(answer.status, answer.text).toBe(200);
    const path = readingPathSchema.parse(JSON.parse(answer.text));
    const papers = path.steps.map((step) => step.node).filter((node) => node.kind === "paper" || node.kind === "survey");
    expect(papers.length).toBeGreaterThan(5);
    // As the page exports: the path's papers with their stored fields, in one request.
    const details = await callRoute("POST", "/api/nodes", { ids: papers.map((node) => node.id) });
    expect(details.status, details.text).toBe(200);
    const { nodes, missing } = nodesResponseSchema.parse(JSON.parse(details.text));
    expect(missing).toEqual([]);
    const file = join(dir, "reading-path.bib");
    await writeFile(file, await toBibtex(nodes));
    const paperCount = async () => Number((await read<{ n: number }>("MATCH (p:Paper) RETURN count(p) AS n"))[0]?.n);
    const count = await paperCount();

    const run = await runIngest([file, "--roadmap", "exported-path"]);
    expect(run.code, run.output).toBe(0);
    try {
      expect(run.output).not.toMatch(/warning/);
      expect(await paperCount()).toBe(count);
      expect((await papersOf("exported-path")).map((p) => p.id).sort()).toEqual(nodes.map((n) => n.id).sort());
    } finally {
      const removed = await runIngest(["--remove", "exported-path"]);
      expect(removed.code, removed.output).toBe(0);
    }
    expect(await getGraphChecksum()).toEqual(before);
  });
});
