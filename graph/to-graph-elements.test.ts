import { describe, expect, it } from "vitest";
import { edgeId, edgeProjection, kindOf, LEAN_NODE_KEYS, matchNodeById, nodeProjection, shorten, toDetailedEdge, toDetailedNode, toGraphEdge, toGraphNode, toPathSteps, uniqueById } from "./to-graph-elements";

const gqa = {
  elementId: "4:x:39",
  labels: ["Paper"],
  properties: { id: "2305.13245", title: "GQA: Training Generalized Multi-Query Transformer Models", tag: "GQA", year: 2023, isSurvey: false, inRoadmap: true, normTitle: "gqa training" },
  area: "generative-ai/background-knowledge",
  builtUponBy: 0,
};

describe("toGraphNode", () => {
  it("maps a paper to what lists show, labelled by its tag, and nothing else", () => {
    const node = toGraphNode({ ...gqa, properties: { ...gqa.properties, suggested: true, authors: ["Joshua Ainslie"], abstract: "We propose...", venue: "EMNLP" } });
    expect(node).toEqual({ id: "2305.13245", kind: "paper", label: "GQA", title: gqa.properties.title, year: 2023, area: gqa.area, builtUponBy: 0, inRoadmap: true, suggested: true });
  });

  it("keeps a section's Russian name and list, and those only for sections", () => {
    const section = toGraphNode({ labels: ["Section"], properties: { id: "r/s", name: "Prompting", nameRu: "Промптинг", roadmap: "r", order: 3 } });
    expect(section).toMatchObject({ kind: "section", nameRu: "Промптинг", roadmap: "r" });
    expect(section).not.toHaveProperty("order");
    const paper = toGraphNode({ labels: ["Paper"], properties: { id: "p", title: "P", nameRu: "x", roadmap: "r", suggested: false } });
    expect(Object.keys(paper).sort()).toEqual(["area", "id", "kind", "label", "title", "year"]);
  });

  it("gives details every stored property but bookkeeping, with the labels", () => {
    const node = toDetailedNode({ ...gqa, properties: { ...gqa.properties, venue: "EMNLP" } });
    expect(node).toMatchObject({ ...toGraphNode(gqa), labels: ["Paper"] });
    expect(node.properties).toEqual({ id: "2305.13245", title: gqa.properties.title, tag: "GQA", year: 2023, isSurvey: false, inRoadmap: true, venue: "EMNLP" });
  });

  it("asks the database for the lean keys only, unless all are wanted", () => {
    const lean = nodeProjection("n");
    expect(lean).toContain(`properties: n{${LEAN_NODE_KEYS.map((key) => `.${key}`).join(", ")}}`);
    expect(lean).not.toContain("properties(n)");
    expect(nodeProjection("n", { all: true })).toContain("properties: properties(n)");
    expect(edgeProjection("r")).toContain("properties: r{.reason, .topic, .source}");
    expect(edgeProjection("r", ["evidence"])).toContain("properties: r{.evidence}");
  });

  it("recognises surveys, sections, resources, questions and roadmaps", () => {
    expect(toGraphNode({ labels: ["Paper"], properties: { id: "s", title: "A Survey", isSurvey: true } }).kind).toBe("survey");
    const section = toGraphNode({ labels: ["Section"], properties: { id: "r/transformer", name: "Transformer Architecture", nameRu: "Архитектура" } });
    expect(section).toMatchObject({ kind: "section", title: "Transformer Architecture", label: "Transformer Architecture", year: null });
    expect(toGraphNode({ labels: ["Question"], properties: { id: "q", text: "What is attention?" } })).toMatchObject({ kind: "question", title: "What is attention?" });
    expect(kindOf(["Resource"], {})).toBe("resource");
    expect(kindOf(["Roadmap"], {})).toBe("roadmap");
    expect(kindOf(["Probe"], {})).toBe("other");
  });

  it("shortens long titles for the label and falls back to the elementId for nodes without id", () => {
    const node = toGraphNode({ elementId: "4:x:7", labels: ["Thing"], properties: { title: "A very long title that goes on and on and on forever" } });
    expect(node.id).toBe("element:4:x:7");
    expect(node.label.length).toBeLessThanOrEqual(40);
    expect(node.label.endsWith("…")).toBe(true);
    expect(shorten("short")).toBe("short");
  });
});

describe("edges and paths", () => {
  it("derives edge ids from the ends and the type, and keeps only tooltip and origin", () => {
    expect(toGraphEdge({ type: "BUILDS_ON", source: "a", target: "b", properties: { reason: "r", source: "generative-ai" } })).toEqual({ id: edgeId("a", "BUILDS_ON", "b"), type: "BUILDS_ON", source: "a", target: "b", origin: "curated", reason: "r" });
    expect(toGraphEdge({ type: "SAME_TOPIC", source: "a", target: "b", properties: { topic: "RAG", reason: null } })).toEqual({ id: edgeId("a", "SAME_TOPIC", "b"), type: "SAME_TOPIC", source: "a", target: "b", origin: "curated", topic: "RAG" });
  });

  it("marks citation data as such: CITES and BUILDS_ON derived from a citation", () => {
    expect(toGraphEdge({ type: "BUILDS_ON", source: "a", target: "b", properties: { source: "citation", confidence: 0.9, evidence: "we build on b" } })).toEqual({ id: "a|BUILDS_ON|b", type: "BUILDS_ON", source: "a", target: "b", origin: "citation" });
    expect(toGraphEdge({ type: "CITES", source: "a", target: "b", properties: { source: "openalex" } }).origin).toBe("citation");
    const all = { source: "citation", evidence: "we build on b", confidence: 0.6 };
    expect(toDetailedEdge({ type: "BUILDS_ON", source: "a", target: "b", properties: all })).toMatchObject({ origin: "citation", properties: all });
  });

  it("labels each path step with its relation and whether it is walked forward", () => {
    const steps = toPathSteps(
      ["1706.03762", "2305.13245", "1911.02150"],
      [
        { type: "BUILDS_ON", source: "2305.13245", target: "1706.03762", properties: { reason: "uses attention" } },
        { type: "BUILDS_ON", source: "2305.13245", target: "1911.02150", properties: {} },
      ],
    );
    expect(steps).toEqual([
      { from: "1706.03762", to: "2305.13245", type: "BUILDS_ON", direction: "backward", reason: "uses attention", source: "curated", confidence: null, evidence: null },
      { from: "2305.13245", to: "1911.02150", type: "BUILDS_ON", direction: "forward", source: "curated", confidence: null, evidence: null },
    ]);
  });

  it("marks citation data in path steps with its confidence and citing sentence", () => {
    const steps = toPathSteps(
      ["a", "b", "c", "d"],
      [
        { type: "BUILDS_ON", source: "a", target: "b", properties: { source: "citation", confidence: 0.9, evidence: "we build on b" } },
        { type: "CITES", source: "b", target: "c", properties: { source: "openalex", contexts: ["", "as c showed"] } },
        { type: "BUILDS_ON", source: "c", target: "d", properties: { source: "generative-ai", reason: "extends d" } },
      ],
    );
    expect(steps.map(({ source, confidence, evidence }) => ({ source, confidence, evidence }))).toEqual([
      { source: "citation", confidence: 0.9, evidence: "we build on b" },
      { source: "citation", confidence: null, evidence: "as c showed" },
      { source: "curated", confidence: null, evidence: null },
    ]);
  });

  it("keeps the first of each id", () => {
    expect(uniqueById([{ id: "a", n: 1 }, { id: "b", n: 2 }, { id: "a", n: 3 }])).toEqual([{ id: "a", n: 1 }, { id: "b", n: 2 }]);
  });

  it("looks ids up label by label, importing only what it is told", () => {
    const cypher = matchNodeById("n", "wanted", ["wanted"]);
    expect(cypher.startsWith("CALL (wanted) {")).toBe(true);
    expect(cypher).toContain("MATCH (n:Paper {id: wanted}) RETURN n UNION MATCH (n:Section {id: wanted})");
    expect(matchNodeById("t", "$id").startsWith("CALL () {")).toBe(true);
  });
});
