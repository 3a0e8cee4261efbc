import { describe, expect, it } from "vitest";
import type { WriteTiming } from "../graph/write-roadmap";
import { formatProfile, summarizeTimings } from "./format-profile";

const timings: WriteTiming[] = [
  { part: "staged", step: "papers", rows: 5000, serverMs: 800, wallMs: 1200 },
  { part: "staged", step: "papers", rows: 2000, serverMs: 300, wallMs: 500 },
  { part: "staged", step: "buildsOn", rows: 4000, serverMs: 600, wallMs: 700 },
  { part: "final", step: "publish (label swap)", rows: 0, serverMs: 900, wallMs: 950 },
  { part: "final", step: "papers", rows: 3, serverMs: 5, wallMs: 6 },
  { part: "final", step: "commit", rows: 0, serverMs: 1500, wallMs: 1500 },
];

describe("the ingest profile", () => {
  it("sums statements by part and step, in the order they first ran", () => {
    const rows = summarizeTimings(timings);
    expect(rows.map((r) => `${r.part}/${r.step}`)).toEqual([
      "staged batches/papers",
      "staged batches/buildsOn",
      "final transaction/publish (label swap)",
      "final transaction/papers",
      "final transaction/commit",
    ]);
    expect(rows[0]).toMatchObject({ statements: 2, rows: 7000, serverMs: 1100, wallMs: 1700 });
  });

  it("prints reading, each step and the total in seconds, and counts the commits", () => {
    const text = formatProfile(timings, 1234, 9876);
    expect(text).toMatch(/^ingest profile \(4 commits\):/);
    expect(text).toMatch(/read\s+read and validate the file\s+1\.23/);
    expect(text).toMatch(/staged batches\s+papers\s+2\s+7000\s+1\.10\s+1\.70/);
    expect(text).toMatch(/final transaction\s+commit\s+1\s+0\s+1\.50\s+1\.50/);
    expect(text.trimEnd().split("\n").at(-1)).toMatch(/total\s+the whole run\s+9\.88$/);
  });
});
