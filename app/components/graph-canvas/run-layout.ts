/**
 * Runs a layout on the canvas's Cytoscape. The force layout draws stored positions when it has
 * them; otherwise its seeded positions are computed, for large views in a Web Worker (the page
 * stays responsive; a grid, then the draft, shows meanwhile), and drawn as a preset. Everything
 * else runs in place, with animation only for small views. Marks the finished layout in
 * cy.scratch for tests.
 */
import type { Core, LayoutOptions, Position } from "cytoscape";
import { ANIMATE_LIMIT, planLayout, type LayoutNode } from "@/app/lib/layouts";
import type { LayoutName } from "@/app/lib/url-state";
import { REFINE_LIMIT, computeForceLayout, type ForceGraph, type PositionMap } from "@/contract/force-layout";
import type { LayoutAnswer, LayoutRequest } from "./layout.worker";
import { loadCytoscape, loadDagre } from "./load-cytoscape";
import { fastFit } from "./viewport";
import { markView } from "./mark-view";

export const WORKER_LIMIT = ANIMATE_LIMIT;

export type LayoutDone = { name: LayoutName; note?: string; positions: Record<string, Position>; timelineOrigin?: number; source?: "stored" | "force" };

let seqCounter = 0;
export const MAX_FIT_ZOOM = 1.1;


/**
 * `stored`: the list's stored force-layout positions (GET /api/positions), drawn instead of a
 * layout run when the force layout is asked for.
 */
export function runLayout(cy: Core, name: LayoutName, areas: readonly string[], onDone: (result: LayoutDone) => void, stored?: Readonly<Record<string, Position>>): () => void {
  const seq = ++seqCounter;
  markView("layout-start");
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
  const plan = planLayout(name, nodes, edges, areas, first, stored);

  const finish = () => {
    if (cy.destroyed()) return;
    markView("applied");
    if (!(plan.options as { animate?: boolean }).animate) fastFit(cy);
    markView("fitted");
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
    // Where the force layout's positions came from ("stored" or "force"): for the tests and the benchmark.
    cy.scratch("layoutSource", plan.source ?? null);
    cy.scratch("layoutRunning", false);
    markView("layout-end");
    onDone({ name, note: plan.note, positions, timelineOrigin: plan.timelineOrigin, source: plan.source });
    markView("done");
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

  if (plan.source === "force") return runForce(cy, nodes.length, { nodes, edges }, seq, (positions) => runInPlace({ ...plan.options, positions } as LayoutOptions));
  return runInPlace(plan.options);
}

/**
 * One worker kept across layouts: starting one (loading Cytoscape and fcose into it) took
 * longer than laying out 5,000 nodes. It is dropped when it fails or is cancelled mid-layout
 * (it cannot be interrupted), and the next layout starts a new one.
 */
let shared: Worker | null = null;

function layoutWorker(): Worker | null {
  if (shared || typeof Worker === "undefined") return shared;
  try {
    shared = new Worker(new URL("./layout.worker.ts", import.meta.url));
  } catch {
    shared = null;
  }
  return shared;
}

function dropWorker(worker: Worker): void {
  worker.terminate();
  if (shared === worker) shared = null;
}

/** Starts the layout worker before the first big view needs it (the canvas calls this once the page is idle). */
export function warmLayoutWorker(): void {
  layoutWorker();
}

/** Computes the seeded force layout (in a worker for big views), then hands the positions to `draw`. */
function runForce(cy: Core, size: number, graph: ForceGraph, seq: number, draw: (positions: PositionMap) => () => void): () => void {
  let stop: (() => void) | null = null;
  let cancelled = false;
  const inPlace = () => {
    void loadCytoscape().then((cytoscape) => {
      if (!cancelled && !cy.destroyed()) stop = draw(computeForceLayout(cytoscape, graph));
    });
  };
  const worker = size > WORKER_LIMIT ? layoutWorker() : null;
  if (!worker) {
    inPlace();
    return () => {
      cancelled = true;
      stop?.();
    };
  }
  const own = worker;
  // Above REFINE_LIMIT the answer comes in a fraction of a second: drawing a placeholder would
  // cost a whole frame of every node (seconds at 5,000 on a busy machine) that then delays the
  // answer. The canvas keeps its last frame until the positions arrive instead.
  let held = size > REFINE_LIMIT;
  const unhold = () => {
    if (held && !cy.destroyed()) cy.endBatch();
    held = false;
  };
  if (held) {
    // Fitting now computes every node's style while the worker lays out; inside the hold it would
    // be deferred to the answer and make that one main-thread task seconds long.
    fastFit(cy);
    cy.startBatch();
  } else {
    // Something sensible to look at until the worker's draft arrives; set directly, since a
    // grid layout would compute every node's style first.
    const side = Math.ceil(Math.sqrt(size));
    cy.batch(() => {
      cy.nodes().forEach((n, i) => {
        n.position({ x: (i % side) * 60, y: Math.floor(i / side) * 60 });
      });
    });
    fastFit(cy);
  }
  let finished = false;
  const release = () => {
    finished = true;
    unhold();
    own.removeEventListener("message", onMessage);
    own.removeEventListener("error", onError);
  };
  const onMessage = (event: MessageEvent<LayoutAnswer>) => {
    if (cancelled || cy.destroyed() || event.data.seq !== seq) return;
    if ("error" in event.data) {
      release();
      dropWorker(own);
      inPlace();
      return;
    }
    const positions = event.data.positions;
    const timing = event.data.timing;
    if (timing) {
      markView("worker-start", timing.started);
      if (timing.draft !== undefined) markView("worker-draft", timing.draft);
      markView("worker-end", timing.done);
    }
    if (event.data.final) {
      markView("received");
      release();
      stop = draw(positions);
      return;
    }
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = positions[n.id()];
        if (p) n.position(p);
      });
    });
    fastFit(cy);
  };
  const onError = () => {
    release();
    dropWorker(own);
    if (!cancelled) inPlace();
  };
  own.addEventListener("message", onMessage);
  own.addEventListener("error", onError);
  const request: LayoutRequest = { seq, graph: { nodes: graph.nodes.map((n) => ({ id: n.id })), edges: graph.edges.map((e) => ({ source: e.source, target: e.target })) } };
  own.postMessage(request);
  markView("posted");
  return () => {
    cancelled = true;
    // Still computing a layout nobody wants: a fresh worker answers the next one sooner.
    if (!finished) {
      release();
      dropWorker(own);
    }
    stop?.();
  };
}
