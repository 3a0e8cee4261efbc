import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findImportLoops, findLayerViolations, layerOf } from "./find-import-problems";
import { scanImports, type ImportGraph } from "./scan-imports";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe("the layer rules", () => {
  it("finds loops, including a file importing itself, and nothing in a tree", () => {
    const loops = findImportLoops(graphOf({ "graph/a.ts": ["ingest/b.ts"], "ingest/b.ts": ["graph/a.ts", "contract/c.ts"], "contract/c.ts": [], "app/d.ts": ["app/d.ts"] }));
    expect(loops).toEqual([["graph/a.ts", "ingest/b.ts"], ["app/d.ts"]]);
    expect(findImportLoops(graphOf({ "app/x.ts": ["graph/y.ts", "contract/z.ts"], "graph/y.ts": ["contract/z.ts"], "contract/z.ts": [] }))).toEqual([]);
  });

  it("refuses an import from a lower layer to a higher one, and client code reaching graph/", () => {
    const graph = graphOf({
      "graph/write.ts": ["ingest/plan.ts", "contract/rows.ts"],
      "app/components/panel.tsx": ["graph/driver.ts", "contract/schemas.ts"],
      "app/api/search/route.ts": ["graph/search.ts", "app/api/respond.ts"],
      "contract/schemas.ts": ["graph/driver.ts"],
      "tests/x.test.ts": ["graph/driver.ts", "app/api/search/route.ts"],
    });
    expect(findLayerViolations(graph)).toEqual([
      "graph/write.ts -> ingest/plan.ts: graph may not import ingest",
      "app/components/panel.tsx -> graph/driver.ts: client may not import graph",
      "contract/schemas.ts -> graph/driver.ts: contract may not import graph",
    ]);
    expect(layerOf("app/api/respond.ts")?.name).toBe("api");
    expect(layerOf("app/lib/url-state.ts")?.name).toBe("client");
  });
});

describe("the project's imports", () => {
  const graph = scanImports(ROOT, ["contract", "graph", "ingest", "app", "neo4j", "bench", "tests", "instrumentation.ts", "instrumentation-client.ts", "playwright.config.ts"]);

  it("are read (a sanity check that the scan sees the real files)", () => {
    expect(graph.get("app/api/search/route.ts")).toContain("graph/search-nodes.ts");
    expect(graph.size).toBeGreaterThan(200);
  });

  it("have no loop", () => {
    expect(findImportLoops(graph)).toEqual([]);
  });

  it("never go from a lower layer to a higher one", () => {
    expect(findLayerViolations(graph)).toEqual([]);
  });
});
