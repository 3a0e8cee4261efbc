/**
 * Runs the seeded force layout (contract/force-layout.ts) in a Web Worker so big views lay out
 * without blocking the page: the spread spectral draft is answered first (the user sees a
 * shape quickly), the refined positions when they are ready. The positions are the same as the
 * main thread or the server would compute for the same graph.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { computeForceLayout, type ForceGraph, type PositionMap } from "@/contract/force-layout";

cytoscape.use(fcose);

export type LayoutRequest = { seq: number; graph: ForceGraph };
/** `timing`: epoch ms of the worker's steps (started, draft ready, done), for the benchmark's profile. */
export type LayoutTiming = { started: number; draft?: number; done: number };
export type LayoutAnswer = { seq: number; final: boolean; positions: PositionMap; timing?: LayoutTiming } | { seq: number; error: string };

type WorkerScope = { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage(message: LayoutAnswer): void };
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { seq, graph } = event.data;
  const started = performance.timeOrigin + performance.now();
  let draft: number | undefined;
  try {
    const positions = computeForceLayout(cytoscape, graph, (positions) => {
      draft = performance.timeOrigin + performance.now();
      scope.postMessage({ seq, final: false, positions });
    });
    scope.postMessage({ seq, final: true, positions, timing: { started, draft, done: performance.timeOrigin + performance.now() } });
  } catch (error) {
    scope.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
  }
};
