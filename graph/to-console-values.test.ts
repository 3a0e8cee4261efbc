import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { CONSOLE_LIST_CAP, ConsoleCollector } from "./to-console-values";
import { toDetailedNode } from "./to-graph-elements";

const { Node, Relationship, Path, PathSegment } = neo4j.types;
const int = neo4j.int;
const gqa = new Node(int(1), ["Paper"], { id: "2305.13245", tag: "GQA", year: int(2023) }, "e1");
const mqa = new Node(int(2), ["Paper"], { id: "1911.02150", tag: "MQA", year: int(2019) }, "e2");
const aiayn = new Node(int(3), ["Paper"], { id: "1706.03762", tag: "Transformer", year: int(2017) }, "e3");
const builds = (id: number, from: typeof gqa, to: typeof gqa) =>
  new Relationship(int(id), from.identity, to.identity, "BUILDS_ON", { reason: "why" }, `r${id}`, from.elementId, to.elementId);

describe("ConsoleCollector", () => {
  it("renders nodes, relationships and paths anywhere in a value and collects them", () => {
    const collector = new ConsoleCollector();
    const path = new Path(gqa, aiayn, [new PathSegment(gqa, builds(10, gqa, mqa), mqa), new PathSegment(mqa, builds(11, mqa, aiayn), aiayn)]);
    const rendered = collector.render({ path, list: [gqa, int(7)], n: null }) as Record<string, unknown>;
    expect(rendered.list).toEqual([{ elementId: "e1", id: "2305.13245", labels: ["Paper"], properties: { id: "2305.13245", tag: "GQA", year: 2023 } }, 7]);
    expect(rendered.n).toBeNull();
    expect(collector.nodes.size).toBe(3);
    expect(collector.relationships.size).toBe(2);
    expect(collector.missingEndpoints()).toEqual([]);

    const graph = collector.finish(new Map([...collector.nodes].map(([eid, raw]) => [eid, toDetailedNode(raw)])));
    expect(graph.edges.map((e) => e.id).sort()).toEqual(["1911.02150|BUILDS_ON|1706.03762", "2305.13245|BUILDS_ON|1911.02150"]);
    // Rendered relationships get their endpoints' public ids once those are known.
    const relationships = (rendered.path as { relationships: { start: string; end: string; id: string }[] }).relationships;
    expect(relationships[0]).toMatchObject({ start: "2305.13245", end: "1911.02150", id: "2305.13245|BUILDS_ON|1911.02150" });
  });

  it("asks for the endpoints of relationships returned without their nodes", () => {
    const collector = new ConsoleCollector();
    collector.render(builds(10, gqa, mqa));
    expect(collector.missingEndpoints().sort()).toEqual(["e1", "e2"]);
  });

  it("cuts long lists and says so", () => {
    const collector = new ConsoleCollector();
    const rendered = collector.render(Array.from({ length: CONSOLE_LIST_CAP + 5 }, (_, i) => i)) as unknown[];
    expect(rendered).toHaveLength(CONSOLE_LIST_CAP);
    expect(collector.truncated).toBe(true);
  });
});
