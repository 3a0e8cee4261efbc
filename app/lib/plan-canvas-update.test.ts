import { describe, expect, it } from "vitest";
import { edge, node } from "./fixtures.test-support";
import { planCanvasUpdate } from "./plan-canvas-update";
import { diffElements } from "./to-elements";

const drawnIds = (ids: string[]) => new Map(ids.map((id) => [id, ""]));

describe("planCanvasUpdate", () => {
  const before = drawnIds(["a", "b", "a-BUILDS_ON-b"]);
  const base = { drawn: new Set(before.keys()), drawnNodes: 2, removedNodes: 0, newView: false, remembered: new Map() };

  it("lays a new view out afresh", () => {
    const diff = diffElements(new Map(), [node("x"), node("y")], [], {});
    const plan = planCanvasUpdate({ ...base, diff, edges: [], drawn: new Set(), drawnNodes: 0, newView: true });
    expect(plan).toMatchObject({ fresh: true, relayout: true });
    expect(plan.placements.map((p) => p.id)).toEqual(["x", "y"]);
  });

  it("rings new neighbours around the node they hang off and keeps the camera's layout", () => {
    const edges = [edge("a", "b"), edge("c", "a")];
    const diff = diffElements(before, [node("a"), node("b"), node("c")], edges, {});
    const plan = planCanvasUpdate({ ...base, diff, edges });
    expect(plan).toMatchObject({ fresh: false, relayout: false, fitAfterRemoval: false, placements: [{ id: "c", anchor: "a" }] });
  });

  it("puts back a node where it was drawn before, and lays out when a node has nowhere to go", () => {
    const diff = diffElements(before, [node("a"), node("b"), node("d"), node("lost")], [edge("a", "b")], {});
    const plan = planCanvasUpdate({ ...base, diff, edges: [edge("a", "b")], remembered: new Map([["d", { x: 5, y: 6 }]]) });
    expect(plan.placements).toEqual([{ id: "d", position: { x: 5, y: 6 } }, { id: "lost" }]);
    expect(plan.relayout).toBe(true);
  });

  it("frames what is left when a filter removed much of the view, and replaces a view emptied entirely", () => {
    const diff = diffElements(before, [node("a")], [], {});
    expect(planCanvasUpdate({ ...base, diff, edges: [], removedNodes: 1 })).toMatchObject({ fresh: false, relayout: false, fitAfterRemoval: true });
    const emptied = diffElements(before, [node("z")], [], {});
    expect(planCanvasUpdate({ ...base, diff: emptied, edges: [], removedNodes: 2 })).toMatchObject({ fresh: true, relayout: true });
  });
});
