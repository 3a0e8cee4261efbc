import { describe, expect, it } from "vitest";
import { DAGRE_LIMIT, YEAR_WIDTH, concentricPositions, layeredPositions, planLayout, spreadPositions, timelinePositions, type LayoutNode } from "./layouts";

const n = (id: string, year: number | null, area = "a"): LayoutNode => ({ id, year, area, kind: "paper", size: 20 });

describe("layouts", () => {
  it("animates small views, not large ones, and asks for the force layout's positions when none are stored", () => {
    const small = planLayout("fcose", [n("a", 2000)], [], []);
    expect(small.source).toBe("force");
    expect(small.options).toMatchObject({ name: "preset", animate: true });
    const many = Array.from({ length: 2000 }, (_, i) => n(`p${i}`, 2000));
    const large = planLayout("fcose", many, [], []);
    expect(large.source).toBe("force");
    expect(large.options).toMatchObject({ name: "preset", animate: false });
  });

  it("draws stored force-layout positions as they are, and a node they lack beside its neighbour", () => {
    const stored = { a: { x: 10, y: 20 }, b: { x: 500, y: 500 } };
    const plan = planLayout("fcose", [n("a", 2000), n("b", 2001), n("c", 2002)], [{ source: "c", target: "b", type: "BUILDS_ON" }], [], true, stored);
    expect(plan.source).toBe("stored");
    const positions = (plan.options as unknown as { positions: Record<string, { x: number; y: number }> }).positions;
    expect(positions.a).toEqual(stored.a);
    expect(positions.b).toEqual(stored.b);
    expect(Math.hypot(positions.c!.x - 500, positions.c!.y - 500)).toBeLessThan(150);
    // Stored positions belong to the force layout only.
    expect(planLayout("timeline", [n("a", 2000)], [], [], true, stored).source).toBeUndefined();
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
    // Without BUILDS_ON, z is not part of the hierarchy: it waits in a block below it.
    expect(pos.z!.y).toBeGreaterThan(pos.c!.y);
  });

  it("wraps wide ranks so a roadmap-sized overview keeps a screen's proportions", () => {
    const roots = Array.from({ length: 120 }, (_, i) => n(`r${i}`, 2015));
    const later = Array.from({ length: 60 }, (_, i) => n(`l${i}`, 2020));
    const loose = Array.from({ length: 20 }, (_, i) => n(`s${i}`, null));
    const edges = later.map((l, i) => ({ source: l.id, target: `r${i * 2}`, type: "BUILDS_ON" }));
    const pos = layeredPositions([...roots, ...later, ...loose], edges);
    const xs = Object.values(pos).map((p) => p.x);
    const ys = Object.values(pos).map((p) => p.y);
    const ratio = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    expect(ratio).toBeGreaterThan(0.8);
    expect(ratio).toBeLessThan(3);
    // Every prerequisite above what builds on it; the loose block under everything.
    expect(edges.every((e) => pos[e.target]!.y < pos[e.source]!.y)).toBe(true);
    expect(Math.min(...loose.map((l) => pos[l.id]!.y))).toBeGreaterThan(Math.max(...later.map((l) => pos[l.id]!.y)));
    // No two nodes share a spot.
    expect(new Set(Object.values(pos).map((p) => `${p.x},${p.y}`)).size).toBe(200);
  });

  it("gives the sections below the hierarchy twice the room, so their always-drawn names do not overlap", () => {
    const papers = Array.from({ length: 40 }, (_, i) => n(`p${i}`, 2020));
    const sections: LayoutNode[] = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, year: null, area: "a", kind: "section", size: 20 }));
    const pos = layeredPositions([...sections, ...papers], []);
    const gaps = (ids: string[]) => {
      const byLine = new Map<number, number[]>();
      for (const id of ids) byLine.set(pos[id]!.y, [...(byLine.get(pos[id]!.y) ?? []), pos[id]!.x]);
      return [...byLine.values()].flatMap((xs) => xs.sort((a, b) => a - b).slice(1).map((x, i) => x - xs[i]!));
    };
    expect(Math.min(...gaps(sections.map((s) => s.id)))).toBeGreaterThanOrEqual(2 * Math.min(...gaps(papers.map((p) => p.id))));
    // Horizontal neighbours sit at different heights.
    const first = sections.filter((s) => Math.abs(pos[s.id]!.y - pos.s0!.y) < 80).sort((a, b) => pos[a.id]!.x - pos[b.id]!.x);
    expect(pos[first[1]!.id]!.y).not.toBe(pos[first[0]!.id]!.y);
    // Sections first, then the loose papers under them.
    expect(Math.max(...sections.map((s) => pos[s.id]!.y))).toBeLessThan(Math.min(...papers.map((p) => pos[p.id]!.y)));
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

describe("concentric rings", () => {
  const node = (id: string, area: string, builtUponBy: number, kind = "paper") => ({ id, area, kind, builtUponBy, year: null, size: 20 });

  it("puts the most built upon inside, sections outside, each area in one slice, and keeps neighbours apart", () => {
    const nodes = [
      ...Array.from({ length: 40 }, (_, i) => node(`a${i}`, "a", i % 7)),
      ...Array.from({ length: 40 }, (_, i) => node(`b${i}`, "b", i % 5)),
      node("core", "a", 40),
      node("sec-a", "a", 0, "section"),
      node("sec-b", "b", 0, "section"),
    ];
    const pos = concentricPositions(nodes, ["a", "b"]);
    const r = (id: string) => Math.hypot(pos[id]!.x, pos[id]!.y);
    expect(r("core")).toBeLessThan(r("a0"));
    expect(r("sec-a")).toBeGreaterThan(Math.max(...nodes.filter((n) => n.kind === "paper").map((n) => r(n.id))));
    // Area a takes the right-hand half going clockwise from the top, b the left: x signs differ.
    const side = (prefix: string) => nodes.filter((n) => n.id.startsWith(prefix) && n.kind === "paper" && n.id !== "core").map((n) => Math.sign(Math.round(pos[n.id]!.x)));
    expect(side("a").filter((s) => s < 0).length).toBeLessThan(side("a").length / 4);
    expect(side("b").filter((s) => s > 0).length).toBeLessThan(side("b").length / 4);
    const points = Object.values(pos);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    expect(closest).toBeGreaterThan(40);
  });
});
