/**
 * What the canvas does with a new set of elements, decided without Cytoscape: whether the view
 * is new (add everything and lay out afresh) or extended (nodes drawn before come back where
 * they were, new ones ring the node they hang off), and afterwards whether to run a layout,
 * bring the view into frame, or leave the camera alone. GraphCanvas only carries it out.
 */
import type { Position } from "cytoscape";
import type { GraphEdge } from "@/contract/schemas";
import type { ElementDiff } from "./to-elements";

export type Placement = { id: string; position?: Position; anchor?: string };

export type CanvasUpdatePlan = {
  /** the view is replaced: add the nodes unplaced and lay out afresh */
  fresh: boolean;
  /** per added node: its remembered position, or the drawn node whose ring it joins, or neither */
  placements: Placement[];
  /** after adding: lay out the whole view (fresh, or some node has nowhere to go) */
  relayout: boolean;
  /** a filter removed much of the view: frame what is left (positions unchanged) */
  fitAfterRemoval: boolean;
};

export function planCanvasUpdate(input: {
  diff: ElementDiff;
  edges: readonly GraphEdge[];
  /** ids (nodes and edges) drawn now */
  drawn: ReadonlySet<string>;
  /** node ids drawn now, and how many of them the diff removes */
  drawnNodes: number;
  removedNodes: number;
  /** the view's identity changed (another mode, another target): never extend, replace */
  newView: boolean;
  remembered: ReadonlyMap<string, Position>;
}): CanvasUpdatePlan {
  const { diff, edges, drawn } = input;
  const fresh = input.newView || input.drawnNodes === input.removedNodes;
  if (fresh) return { fresh, placements: diff.addNodes.map((el) => ({ id: String(el.data.id) })), relayout: true, fitAfterRemoval: false };
  const placements = diff.addNodes.map((el): Placement => {
    const id = String(el.data.id);
    const known = input.remembered.get(id);
    if (known) return { id, position: { ...known } };
    const edge = edges.find((e) => (e.source === id && drawn.has(e.target)) || (e.target === id && drawn.has(e.source)));
    return edge ? { id, anchor: edge.source === id ? edge.target : edge.source } : { id };
  });
  const relayout = placements.some((p) => !p.position && !p.anchor);
  const ringed = placements.some((p) => p.anchor);
  const fitAfterRemoval = !relayout && !ringed && input.removedNodes > 0 && input.removedNodes >= 0.2 * input.drawnNodes;
  return { fresh, placements, relayout, fitAfterRemoval };
}
