/**
 * Lenient by default: the Markdown flaws that --strict refuses (tests/integration/bad-inputs.ts)
 * load without it, the flawed entry skipped or salvaged, and the run prints a warning with
 * file:line and what was done. Each roadmap is removed again, leaving the database as it was.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver, getDatabase, getDriver } from "../../graph/driver";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { writeBadInputs } from "./bad-inputs";
import { runIngest } from "./support/run-ingest";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const dir = mkdtempSync(join(tmpdir(), "roadmap-lenient-"));
const picked = ["a table row with too many cells", "a link with no target", "a truncated Markdown file (inside a link)"];
const cases = writeBadInputs(dir).filter((input) => picked.includes(input.name));

let before: GraphChecksum;
beforeAll(async () => {
  before = await getGraphChecksum();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeDriver();
});

describe("a flawed Markdown list loads by default, with a warning per flaw", () => {
  it("has the cases it needs", () => {
    expect(cases.map((c) => c.name).sort()).toEqual([...picked].sort());
  });

  it.each(cases.map((input, index) => [input.name, input, index] as const))("%s", async (_, input, index) => {
    const roadmap = `lenient-${index}`;
    const run = await runIngest([input.file, "--roadmap", roadmap]);
    try {
      expect(run.code, run.output).toBe(0);
      expect(run.output).toMatch(new RegExp(`^${escape(input.file)}:${input.line}: .*${input.problem.source}.*: (the link was skipped|all its cells were read)$`, "m"));
      const { records } = await getDriver().executeQuery("MATCH (:Roadmap {id: $roadmap})<-[:PART_OF]-(:Section)<-[:IN_SECTION]-(p:Paper) RETURN count(p) AS n", { roadmap }, { database: getDatabase() });
      expect(Number(records[0]?.get("n"))).toBeGreaterThan(0);
    } finally {
      const removed = await runIngest(["--remove", roadmap]);
      expect(removed.code, removed.output).toBe(0);
    }
  });

  it("leaves the database as it was once the roadmaps are removed", async () => {
    expect(await getGraphChecksum()).toEqual(before);
  });
});
