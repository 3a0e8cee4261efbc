import { describe, expect, it } from "vitest";
import { buildSectionTree, type SectionRow } from "./build-section-tree";

const row = (id: string, order: number, parent: string | null, papers: string[] = [], resources: string[] = []): SectionRow => ({
  id,
  name: id.toUpperCase(),
  nameRu: null,
  level: parent ? 1 : 0,
  order,
  parent,
  papers,
  resources,
});

describe("buildSectionTree", () => {
  it("nests sections in order and counts distinct items including descendants", () => {
    const tree = buildSectionTree([
      row("llm", 5, null, ["p1"]),
      row("background", 0, null),
      row("transformer", 2, "background", ["aiayn", "mqa"], ["blog"]),
      row("training", 1, "background", ["backprop", "aiayn"]),
      row("prompting", 6, "llm", ["cot"], ["guide"]),
    ]);
    expect(tree.map((n) => n.id)).toEqual(["background", "llm"]);
    const [background, llm] = tree;
    expect(background?.children.map((c) => c.id)).toEqual(["training", "transformer"]);
    // "aiayn" is listed in two subsections: counted once in their parent.
    expect(background).toMatchObject({ paperCount: 3, resourceCount: 1 });
    expect(llm).toMatchObject({ paperCount: 2, resourceCount: 1 });
    expect(background?.children[1]).toMatchObject({ id: "transformer", paperCount: 2, resourceCount: 1, children: [] });
  });

  it("makes a section whose parent is unknown a root, and survives a cycle", () => {
    expect(buildSectionTree([row("orphan", 0, "missing")]).map((n) => n.id)).toEqual(["orphan"]);
    // a <-> b: neither is a root, so nothing is reachable, and nothing loops.
    expect(buildSectionTree([row("a", 0, "b"), row("b", 1, "a")])).toEqual([]);
  });
});
