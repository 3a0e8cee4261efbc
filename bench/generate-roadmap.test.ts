import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateRoadmap } from "../ingest/validate-roadmap";
import { syntheticRoadmap } from "./build-synthetic-roadmap";
import { syntheticStructured, writeSyntheticNdjson } from "./generate-roadmap";

const dir = mkdtempSync(join(tmpdir(), "bench-generator-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("the synthetic roadmap generator", () => {
  it("writes the same bytes for the same seed, and other bytes for another seed", () => {
    const a = join(dir, "a.ndjson");
    const b = join(dir, "b.ndjson");
    const c = join(dir, "c.ndjson");
    writeSyntheticNdjson(a, { papers: 800, seed: 7 });
    writeSyntheticNdjson(b, { papers: 800, seed: 7 });
    writeSyntheticNdjson(c, { papers: 800, seed: 8 });
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
  });

  it("makes a roadmap the ingest accepts: unique ids, references that resolve, an acyclic BUILDS_ON into the past", () => {
    const roadmap = validateRoadmap(syntheticStructured({ papers: 600, seed: 3 }), { file: "synthetic" });
    expect(roadmap.papers).toHaveLength(600);
    expect(roadmap.sections.length).toBeGreaterThan(10);
    expect(roadmap.buildsOn.length).toBeGreaterThan(1200);
    expect(roadmap.papers.some((p) => p.isSurvey)).toBe(true);
    expect(roadmap.papers.some((p) => !p.inRoadmap)).toBe(true);
    expect(new Set(roadmap.papers.map((p) => p.title)).size).toBe(600);
  });

  it("cites older papers more, like a citation graph", () => {
    const order = new Map<string, number>();
    const cited = new Map<string, number>();
    for (const record of syntheticRoadmap({ papers: 2000, seed: 1 })) {
      if (record.kind === "paper") order.set(record.id, order.size);
      if (record.kind === "buildsOn") cited.set(record.to, (cited.get(record.to) ?? 0) + 1);
    }
    const mean = (from: number, to: number) => {
      const ids = [...order].filter(([, i]) => i >= from && i < to).map(([id]) => id);
      return ids.reduce((sum, id) => sum + (cited.get(id) ?? 0), 0) / ids.length;
    };
    expect(mean(0, 500)).toBeGreaterThan(2 * mean(1500, 2000));
  });

  it("grows its relationships with the number of papers (several per paper)", () => {
    const count = (papers: number) => {
      let edges = 0;
      for (const record of syntheticRoadmap({ papers, seed: 1 })) if (record.kind === "buildsOn") edges++;
      return edges;
    };
    expect(count(3000) / count(300)).toBeGreaterThan(8);
    expect(count(3000)).toBeGreaterThan(3000 * 2.5);
  });
});
