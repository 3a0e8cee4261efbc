import { describe, expect, it } from "vitest";
import { edge, node } from "./fixtures.test-support";
import { applyFilters, invertMembership, overviewExtras, yearBounds, type FilterContext } from "./filters";
import { DEFAULT_STATE, type Filters } from "./url-state";

const nodes = [
  node("s", { kind: "section", area: "llm" }),
  node("p2017", { year: 2017, area: "bg" }),
  node("p2020", { year: 2020, area: "llm" }),
  node("survey", { kind: "survey", year: 2023, area: "llm" }),
];
const edges = [edge("p2020", "p2017"), edge("survey", "p2020", "SURVEYS"), edge("p2020", "s", "IN_SECTION")];
const ctx: FilterContext = { sectionScope: new Set(), memberOf: new Map(), statuses: {}, hideRead: false };
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_STATE.filters, ...patch });

describe("filters", () => {
  it("keeps everything without filters", () => {
    const out = applyFilters(nodes, edges, f({}), ctx);
    expect(out.nodes).toHaveLength(4);
    expect(out.edges).toHaveLength(3);
  });

  it("loads and shows SAME_TOPIC only when ticked, and resources only when asked for", () => {
    const withTopic = [...edges, edge("p2017", "p2020", "SAME_TOPIC"), edge("s", "p2017", "PART_OF")];
    expect(applyFilters(nodes, withTopic, f({}), ctx).edges.map((e) => e.type)).not.toContain("SAME_TOPIC");
    expect(applyFilters(nodes, withTopic, f({}), ctx).edges.map((e) => e.type)).toContain("PART_OF");
    expect(applyFilters(nodes, withTopic, f({ types: ["SAME_TOPIC"] }), ctx).edges.map((e) => e.type)).toEqual(["SAME_TOPIC"]);
    expect(overviewExtras(f({}))).toEqual({ sameTopic: false, resources: false });
    expect(overviewExtras(f({ types: ["SAME_TOPIC"], kinds: ["resource"] }))).toEqual({ sameTopic: true, resources: true });
    expect(overviewExtras(f({ types: ["BUILDS_ON"], kinds: ["paper"] }))).toEqual({ sameTopic: false, resources: false });
  });

  it("keeps a section's outside prerequisites, and only those", () => {
    const all = [...nodes, node("ddpm", { year: 2020, area: "", inRoadmap: false }), node("elsewhere", { year: 2019, area: "bg" })];
    const links = [...edges, edge("p2020", "ddpm"), edge("p2017", "elsewhere")];
    const scoped: FilterContext = { ...ctx, sectionScope: new Set(["s"]), memberOf: new Map([["p2020", new Set(["s"])]]) };
    const out = applyFilters(all, links, f({ section: "s" }), scoped);
    expect(out.nodes.map((n) => n.id).sort()).toEqual(["ddpm", "p2020", "s"]);
    expect(out.edges.map((e) => `${e.source}>${e.target}`)).toContain("p2020>ddpm");
    // Other filters still apply to them.
    expect(applyFilters(all, links, f({ section: "s", yearFrom: 2021 }), scoped).nodes.map((n) => n.id)).not.toContain("ddpm");
  });

  it("filters by kind and drops edges to hidden nodes", () => {
    const out = applyFilters(nodes, edges, f({ kinds: ["paper"] }), ctx);
    expect(out.nodes.map((n) => n.id)).toEqual(["p2017", "p2020"]);
    expect(out.edges.map((e) => e.type)).toEqual(["BUILDS_ON"]);
  });

  it("filters by year but never drops undated nodes", () => {
    const out = applyFilters(nodes, edges, f({ yearFrom: 2018, yearTo: 2021 }), ctx);
    expect(out.nodes.map((n) => n.id)).toEqual(["s", "p2020"]);
  });

  it("filters edges by relation type without hiding nodes", () => {
    const out = applyFilters(nodes, edges, f({ types: ["SURVEYS"] }), ctx);
    expect(out.nodes).toHaveLength(4);
    expect(out.edges.map((e) => e.type)).toEqual(["SURVEYS"]);
  });

  it("filters by section through membership or area, including the section itself", () => {
    const memberOf = invertMembership(new Map([["s", new Set(["p2017"])]]));
    const out = applyFilters(nodes, edges, f({ section: "s" }), { ...ctx, sectionScope: new Set(["s"]), memberOf });
    expect(out.nodes.map((n) => n.id)).toEqual(["s", "p2017"]);
    const byArea = applyFilters(nodes, edges, f({ section: "llm" }), { ...ctx, sectionScope: new Set(["llm"]) });
    expect(byArea.nodes.map((n) => n.id)).toEqual(["s", "p2020", "survey"]);
  });

  it("hides what is read when asked", () => {
    const out = applyFilters(nodes, edges, f({}), { ...ctx, statuses: { p2017: "read", p2020: "skipped" }, hideRead: true });
    expect(out.nodes.map((n) => n.id)).toEqual(["s", "p2020", "survey"]);
  });

  it("reports the year bounds of what is loaded", () => {
    expect(yearBounds(nodes)).toEqual({ min: 2017, max: 2023 });
    expect(yearBounds([node("x")])).toBeNull();
  });
});
