import { describe, expect, it } from "vitest";
import { DAGRE_LIMIT, YEAR_WIDTH, layeredPositions, planLayout, spreadPositions, timelinePositions, type LayoutNode } from "./layouts";

const n = (id: string, year: number | null, area = "a"): LayoutNode => ({ id, year, area, kind: "paper", size: 20 });

describe("layouts", () => {
  it("animates small views and drafts large ones", () => {
    const small = planLayout("fcose", [n("a", 2000)], [], []).options as unknown as Record<string, unknown>;
    expect(small).toMatchObject({ name: "fcose", animate: true, quality: "default" });
    const many = Array.from({ length: 2000 }, (_, i) => n(`p${i}`, 2000));
    const large = planLayout("fcose", many, [], []).options as unknown as Record<string, unknown>;
    expect(large).toMatchObject({ animate: false, quality: "draft" });
  });

  it("never animates a canvas's first layout, whatever its size", () => {
    for (const name of ["fcose", "dagre", "timeline"] as const) {
      expect(planLayout(name, [n("a", 2000), n("b", 2001)], [], ["a"], true).options).toMatchObject({ animate: false });
      expect(planLayout(name, [n("a", 2000), n("b", 2001)], [], ["a"], false).options).toMatchObject({ animate: true });
    }
  });

  it("uses dagre with earlier papers on top, and a computed hierarchy beyond its limit", () => {
    expect(planLayout("dagre", [n("a", 2000)], [], []).options).toMatchObject({ name: "dagre", rankDir: "BT" });
    const many = Array.from({ length: DAGRE_LIMIT + 1 }, (_, i) => n(`p${i}`, 2000));
    const plan = planLayout("dagre", many, [], []);
    expect(plan.options.name).toBe("preset");
    expect(plan.note).toBe("dagre-too-large");
  });

  it("puts x at the year and undated nodes in their own column on the left", () => {
    const pos = timelinePositions([n("old", 2015), n("new", 2020), n("s", null), n("new2", 2020, "b")], ["a", "b"]);
    expect(pos.new!.x - pos.old!.x).toBe(5 * YEAR_WIDTH);
    expect(pos.s!.x).toBeLessThan(pos.old!.x);
    expect(pos.new2!.y >= pos.new!.y).toBe(true);
  });

  it("ranks BUILDS_ON chains so prerequisites sit above what builds on them", () => {
    const nodes = [n("c", 2020), n("b", 2018), n("a", 2017), n("z", 2019)];
    const edges = [
      { source: "c", target: "b", type: "BUILDS_ON" },
      { source: "b", target: "a", type: "BUILDS_ON" },
      { source: "c", target: "a", type: "BUILDS_ON" },
      { source: "z", target: "a", type: "SAME_TOPIC" },
    ];
    const pos = layeredPositions(nodes, edges);
    expect(pos.a!.y).toBeLessThan(pos.b!.y);
    expect(pos.b!.y).toBeLessThan(pos.c!.y);
    expect(pos.z!.y).toBe(pos.a!.y);
  });

  it("survives a cycle in bad data", () => {
    const pos = layeredPositions([n("a", 1), n("b", 2)], [
      { source: "a", target: "b", type: "BUILDS_ON" },
      { source: "b", target: "a", type: "BUILDS_ON" },
    ]);
    expect(Object.keys(pos)).toHaveLength(2);
  });
});

describe("spreading a draft", () => {
  it("scales a cramped drawing around its centre and leaves a roomy one alone", () => {
    const cramped = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`n${i}`, { x: (i % 10) * 2, y: Math.floor(i / 10) * 2 }]));
    const spread = spreadPositions(cramped, 20);
    expect(spread.n99!.x - spread.n0!.x).toBeGreaterThan(400);
    expect((spread.n0!.x + spread.n99!.x) / 2).toBeCloseTo(9);
    const roomy = { a: { x: 0, y: 0 }, b: { x: 1000, y: 1000 } };
    expect(spreadPositions(roomy, 20)).toEqual(roomy);
  });
});
