import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; required: boolean }[]; requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};

const doc = buildOpenApiDocument() as Doc;

/** Every "$ref" anywhere in a value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refs(item, out));
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string") out.push(inner);
      else refs(inner, out);
    }
  }
  return out;
}

describe("buildOpenApiDocument", () => {
  it("is OpenAPI 3.1 with every endpoint of the contract", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(
      ["/api/cypher", "/api/frontier", "/api/health", "/api/neighbourhood", "/api/node", "/api/nodes", "/api/overview", "/api/overview/section", "/api/path", "/api/positions", "/api/reading-path", "/api/roadmaps", "/api/roadmaps/progress", "/api/schema", "/api/search", "/api/sections", "/api/stats"].sort(),
    );
    expect(Object.keys(doc.paths["/api/cypher"] ?? {})).toEqual(["post"]);
    expect(Object.keys(doc.paths["/api/search"] ?? {})).toEqual(["get"]);
  });

  it("resolves every $ref to a component", () => {
    const missing = refs(doc).filter((ref) => !(ref.replace("#/components/schemas/", "") in doc.components.schemas));
    expect(missing).toEqual([]);
  });

  it("describes query parameters as the caller writes them", () => {
    const params = doc.paths["/api/search"]?.get?.parameters ?? [];
    expect(params.map((p) => [p.name, p.required])).toEqual([
      ["q", true],
      ["kind", false],
      ["section", false],
      ["roadmap", false],
      ["yearFrom", false],
      ["yearTo", false],
      ["limit", false],
    ]);
    const path = doc.paths["/api/path"]?.get?.parameters ?? [];
    expect(path.find((p) => p.name === "from")?.required).toBe(true);
    expect(path.find((p) => p.name === "all")?.required).toBe(false);
  });

  it("answers lists and graphs with lean nodes and edges, details and the console with every property", () => {
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, unknown> }>;
    expect(Object.keys(schemas.GraphNode?.properties ?? {})).not.toContain("properties");
    expect(Object.keys(schemas.GraphEdge?.properties ?? {})).toEqual(expect.arrayContaining(["origin", "reason", "topic"]));
    expect(Object.keys(schemas.GraphEdge?.properties ?? {})).not.toContain("properties");
    expect(Object.keys(schemas.DetailedNode?.properties ?? {})).toEqual(expect.arrayContaining(["labels", "properties", "kind", "label"]));
    const lean = ["Subgraph", "SearchResponse", "ReadingPath", "PathsResponse", "FrontierResponse", "Stats"];
    for (const name of lean) {
      const used = refs(schemas[name]);
      expect(used, name).toContain("#/components/schemas/GraphNode");
      expect(used, name).not.toContain("#/components/schemas/DetailedNode");
    }
    for (const name of ["NodeDetails", "NodesResponse", "CypherResponse"]) expect(refs(schemas[name]), name).toContain("#/components/schemas/DetailedNode");
    expect(refs(schemas.CypherResponse)).toContain("#/components/schemas/DetailedEdge");
  });

  it("keeps the recursive section tree as a self-reference", () => {
    const tree = doc.components.schemas.SectionTreeNode as { properties: { children: { items: { $ref: string } } } };
    expect(tree.properties.children.items.$ref).toBe("#/components/schemas/SectionTreeNode");
  });

  it("lists the console's error statuses", () => {
    expect(Object.keys(doc.paths["/api/cypher"]?.post?.responses ?? {}).sort()).toEqual(["200", "400", "403", "408", "413", "429", "503"]);
  });

  it("lists 413 for every endpoint with a JSON body", () => {
    for (const path of ["/api/neighbourhood", "/api/nodes", "/api/reading-path", "/api/frontier", "/api/cypher"]) {
      expect(Object.keys(doc.paths[path]?.post?.responses ?? {}), path).toContain("413");
    }
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
