/**
 * Runs fcose in a Web Worker on a headless Cytoscape so big views lay out without blocking the
 * page: first the fast spectral "draft" (answered at once, so the user sees a shape quickly),
 * then, for views small enough to finish in a few seconds, a force-directed refinement.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { REFINE_LIMIT, spreadPositions } from "@/app/lib/layouts";

cytoscape.use(fcose);

export type LayoutRequest = {
  seq: number;
  nodes: { id: string; size: number }[];
  edges: { id: string; source: string; target: string }[];
  options: Record<string, unknown>;
};
export type LayoutAnswer = { seq: number; final: boolean; positions: Record<string, { x: number; y: number }> } | { seq: number; error: string };

type WorkerScope = { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage(message: LayoutAnswer): void };
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { seq, nodes, edges, options } = event.data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [...nodes.map((n) => ({ group: "nodes" as const, data: n })), ...edges.map((e) => ({ group: "edges" as const, data: e }))],
      style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
    });
    const positions = () => {
      const out: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        out[n.id()] = { ...n.position() };
      });
      return out;
    };
    const run = (extra: Record<string, unknown>) =>
      new Promise<void>((resolve) => {
        const layout = cy.layout({ ...options, ...extra, name: "fcose", animate: false, fit: false } as cytoscape.LayoutOptions);
        layout.one("layoutstop", () => resolve());
        layout.run();
      });
    void (async () => {
      await run({ quality: "draft", randomize: true });
      const meanSize = nodes.reduce((sum, n) => sum + n.size, 0) / Math.max(1, nodes.length);
      const draft = spreadPositions(positions(), meanSize);
      const refine = nodes.length <= REFINE_LIMIT;
      scope.postMessage({ seq, final: !refine, positions: draft });
      if (refine) {
        // fcose refines an existing drawing only with quality "default" and randomize off.
        await run({ quality: "default", randomize: false, numIter: 400, initialEnergyOnIncremental: 0.2 });
        scope.postMessage({ seq, final: true, positions: positions() });
      }
      cy.destroy();
    })();
  } catch (error) {
    scope.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
  }
};
