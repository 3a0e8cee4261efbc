import { describe, expect, it } from "vitest";
import { edge } from "./fixtures.test-support";
import { doneIds, membershipFromEdges, parseStatuses, percent, sectionProgress, sectionSubtree, serializeStatuses, setStatus } from "./reading-progress";

describe("reading progress", () => {
  it("parses stored statuses and drops anything unexpected", () => {
    expect(parseStatuses(null)).toEqual({});
    expect(parseStatuses("not json")).toEqual({});
    expect(parseStatuses("[1,2]")).toEqual({});
    expect(parseStatuses('{"a":"read","b":"finished","c":"skipped","d":3}')).toEqual({ a: "read", c: "skipped" });
  });

  it("sets and clears statuses immutably, returning the same map for no-ops", () => {
    const a = setStatus({}, "x", "reading");
    expect(a).toEqual({ x: "reading" });
    expect(setStatus(a, "x", "reading")).toBe(a);
    expect(setStatus(a, "x", null)).toEqual({});
    expect(parseStatuses(serializeStatuses(setStatus(a, "y", "read")))).toEqual({ x: "reading", y: "read" });
  });

  it("treats read and skipped as done, sorted for stable query keys", () => {
    expect(doneIds({ b: "read", a: "skipped", c: "reading" })).toEqual(["a", "b"]);
  });

  const tree = [
    { id: "llm", children: [{ id: "llm/prompting", children: [] }, { id: "llm/eval", children: [] }] },
    { id: "diffusion", children: [] },
  ];
  const membership = membershipFromEdges([
    edge("p1", "llm/prompting", "IN_SECTION"),
    edge("p2", "llm/prompting", "IN_SECTION"),
    edge("p2", "llm/eval", "IN_SECTION"),
    edge("r1", "llm/eval", "IN_SECTION"),
    edge("p3", "diffusion", "IN_SECTION"),
    edge("p1", "p3", "BUILDS_ON"),
  ]);

  it("counts each paper once per section subtree and ignores non-papers when told", () => {
    const progress = sectionProgress(tree, membership, { p1: "read", p2: "reading", r1: "read" }, new Set(["p1", "p2", "p3"]));
    expect(progress.get("llm")).toEqual({ total: 2, done: 1, reading: 1 });
    expect(progress.get("llm/eval")).toEqual({ total: 1, done: 0, reading: 1 });
    expect(progress.get("diffusion")).toEqual({ total: 1, done: 0, reading: 0 });
    expect(percent(progress.get("llm"))).toBe(50);
    expect(percent(undefined)).toBe(0);
  });

  it("finds a section's subtree", () => {
    expect([...sectionSubtree(tree, "llm")].sort()).toEqual(["llm", "llm/eval", "llm/prompting"]);
    expect(sectionSubtree(tree, "missing").size).toBe(0);
  });
});
