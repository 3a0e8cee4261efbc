/**
 * Runs a layout on the canvas's Cytoscape. Large force-directed views go to a Web Worker
 * (the page stays responsive; a grid shows meanwhile); everything else runs in place, with
 * animation only for small views. Marks the finished layout in cy.scratch for tests.
 */
import type { Core, LayoutOptions, Position } from "cytoscape";
import { ANIMATE_LIMIT, planLayout, type LayoutNode } from "@/app/lib/layouts";
import type { LayoutName } from "@/app/lib/url-state";
import type { LayoutAnswer, LayoutRequest } from "./layout.worker";
import { loadDagre } from "./load-cytoscape";
import { fastFit } from "./viewport";

export const WORKER_LIMIT = ANIMATE_LIMIT;

export type LayoutDone = { name: LayoutName; note?: string; positions: Record<string, Position>; timelineOrigin?: number };

let seqCounter = 0;
export const MAX_FIT_ZOOM = 1.1;


export function runLayout(cy: Core, name: LayoutName, areas: readonly string[], onDone: (result: LayoutDone) => void): () => void {
  const seq = ++seqCounter;
  cy.scratch("layoutRunning", true);
  const nodes: LayoutNode[] = cy.nodes().map((n) => ({
    id: n.id(),
    year: (n.data("year") as number | null) ?? null,
    area: String(n.data("area")),
    kind: String(n.data("kind")),
    size: Number(n.data("size")),
    builtUponBy: Number(n.data("builtUponBy") ?? 0),
  }));
  const edges = cy.edges().map((e) => ({ id: e.id(), source: e.data("source") as string, target: e.data("target") as string, type: String(e.data("type")) }));
  // No layout has finished on this canvas yet: its first drawing is shown without animation.
  const first = cy.scratch("layoutSeq") === undefined;
  const plan = planLayout(name, nodes, edges, areas, first);

  const finish = () => {
    if (cy.destroyed()) return;
    if (!(plan.options as { animate?: boolean }).animate) fastFit(cy);
    // A handful of nodes would be blown up to fill the canvas; keep them at a readable size.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
    const positions: Record<string, Position> = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = { ...n.position() };
    });
    cy.scratch("layoutName", name);
    cy.scratch("layoutAnimated", Boolean((plan.options as { animate?: boolean }).animate));
    cy.scratch("layoutSeq", seq);
    cy.scratch("layoutRunning", false);
    onDone({ name, note: plan.note, positions, timelineOrigin: plan.timelineOrigin });
  };

  const runInPlace = (options: LayoutOptions) => {
    // Hierarchies follow BUILDS_ON only; other relations would pull papers out of their rank.
    const eles = name === "dagre" && options.name === "dagre" ? cy.nodes().union(cy.edges('[type = "BUILDS_ON"]')) : cy.elements();
    const layout = eles.layout(options);
    layout.one("layoutstop", finish);
    layout.run();
    return () => layout.stop();
  };

  if (plan.options.name === "dagre") {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void loadDagre().then(() => {
      if (!cancelled && !cy.destroyed()) stop = runInPlace(plan.options);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }

  if (name === "fcose" && nodes.length > WORKER_LIMIT && typeof Worker !== "undefined") {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./layout.worker.ts", import.meta.url));
    } catch {
      return runInPlace(plan.options);
    }
    // Something sensible to look at until the worker's draft arrives; set directly, since a
    // grid layout would compute every node's style first.
    const side = Math.ceil(Math.sqrt(nodes.length));
    cy.batch(() => {
      cy.nodes().forEach((n, i) => {
        n.position({ x: (i % side) * 60, y: Math.floor(i / side) * 60 });
      });
    });
    fastFit(cy);
    let stopped = false;
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      if (stopped || cy.destroyed() || event.data.seq !== seq) return;
      if ("error" in event.data) {
        worker.terminate();
        runInPlace(plan.options);
        return;
      }
      if (event.data.final) worker.terminate();
      const positions = event.data.positions;
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const p = positions[n.id()];
          if (p) n.position(p);
        });
      });
      if (event.data.final) finish();
      else fastFit(cy);
    };
    worker.onerror = () => {
      worker.terminate();
      if (!stopped) runInPlace(plan.options);
    };
    const request: LayoutRequest = {
      seq,
      nodes: nodes.map((n) => ({ id: n.id, size: n.size })),
      edges: edges.map(({ id, source, target }) => ({ id, source, target })),
      options: plan.options as unknown as Record<string, unknown>,
    };
    worker.postMessage(request);
    return () => {
      stopped = true;
      worker.terminate();
    };
  }
  return runInPlace(plan.options);
}
