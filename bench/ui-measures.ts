/**
 * What the UI benchmark measures inside the page (each function runs in Chromium through
 * page.evaluate, so it must be self-contained). Cytoscape is read from window.__cy; views of
 * n nodes go through the app's own window.__showGraph, so the app's layout choices (worker,
 * fcose draft for big views, the 500-node cap of the hierarchy) are what is timed.
 */
import type { Core } from "cytoscape";
import type { GraphEdge, GraphNode } from "@/contract/schemas";

type Win = { __cy?: Core; __showGraph?: (graph: { nodes: GraphNode[]; edges: GraphEdge[] }) => void };

/** A citation-like graph: n papers, each citing one or two older ones (about 1.5n edges). */
export function citationGraph(n: number): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => ({
    id: `bench/${i}`, kind: "paper", label: `P${i}`, title: `Benchmark paper ${i}`,
    year: 1995 + Math.floor((30 * i) / n), area: null, builtUponBy: 0,
  }));
  const edges: GraphEdge[] = [];
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 1; i < n; i++) {
    for (let j = 0, k = random() < 0.5 ? 1 : 2; j < k; j++) {
      edges.push({ id: `b${i}-${j}`, type: "BUILDS_ON", source: `bench/${i}`, target: `bench/${Math.floor(random() * i)}`, origin: "curated" });
    }
  }
  return { nodes, edges };
}

/** In page: resolves with performance.now() once a layout after `afterSeq` (named `name`) has finished and a frame was drawn. */
export function waitForLayout([afterSeq, name, timeoutMs]: [number, string | null, number]): Promise<{ at: number; seq: number; nodes: number; layout: string | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      const cy = (window as unknown as Win).__cy;
      const seq = cy && !cy.destroyed() ? ((cy.scratch("layoutSeq") as number | undefined) ?? 0) : 0;
      const layout = cy ? ((cy.scratch("layoutName") as string | undefined) ?? null) : null;
      if (cy && seq > afterSeq && !cy.scratch("layoutRunning") && (!name || layout === name)) {
        requestAnimationFrame(() => resolve({ at: performance.now(), seq, nodes: cy.nodes().length, layout }));
      } else if (performance.now() - started > timeoutMs) {
        reject(new Error(`no finished layout after ${timeoutMs} ms (seq ${seq}, layout ${layout})`));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}

/** In page: the current layout run counter. */
export function layoutSeq(): number {
  const cy = (window as unknown as Win).__cy;
  return cy ? ((cy.scratch("layoutSeq") as number | undefined) ?? 0) : 0;
}

/** In page: shows a graph through the app; returns performance.now() just before. */
export function showGraph(graph: { nodes: GraphNode[]; edges: GraphEdge[] }): number {
  const at = performance.now();
  const show = (window as unknown as Win).__showGraph;
  if (!show) throw new Error("window.__showGraph is missing");
  show(graph);
  return at;
}

/**
 * In page: frames per second while the viewport pans and zooms for `ms`, counted as animation
 * frames the browser delivered (Cytoscape draws in them; a slow draw delays them). `webgl`:
 * redraws the current elements, positions, style and the app's renderer options in a fresh
 * instance with the WebGL renderer (or the canvas one, like for like), in an overlay of the
 * same size; null measures the app's own instance.
 */
export function measureFps([ms, webgl]: [number, boolean | null]): Promise<{ fps: number; renderer: string; webglContext: boolean }> {
  const app = (window as unknown as Win).__cy;
  if (!app) return Promise.reject(new Error("no window.__cy"));
  let cy: Core = app;
  let overlay: HTMLDivElement | null = null;
  if (webgl !== null) {
    overlay = document.createElement("div");
    const box = app.container()?.getBoundingClientRect();
    Object.assign(overlay.style, { position: "fixed", left: `${box?.left ?? 0}px`, top: `${box?.top ?? 0}px`, width: `${box?.width ?? 800}px`, height: `${box?.height ?? 600}px`, zIndex: "9999", background: "#fff" });
    document.body.appendChild(overlay);
    const own = (app as unknown as { _private: { options: Record<string, unknown> } })._private.options;
    const keep = ["minZoom", "maxZoom", "textureOnViewport", "hideEdgesOnViewport", "hideLabelsOnViewport", "motionBlur", "pixelRatio", "wheelSensitivity"];
    const options = Object.fromEntries(keep.filter((k) => k in own).map((k) => [k, own[k]]));
    const Core = app.constructor as new (options: Record<string, unknown>) => Core;
    cy = new Core({ ...options, container: overlay, elements: app.elements().jsons(), style: (app.style() as unknown as { json(): unknown }).json(), layout: { name: "preset" }, renderer: { name: "canvas", webgl } });
    cy.fit();
  }
  const webglContext = Boolean((cy as unknown as { _private: { renderer?: { webgl?: unknown } } })._private.renderer?.webgl);
  return new Promise((resolve) => {
    // The first second is not counted: a fresh instance computes styles and caches then.
    const warmup = 1000;
    let frames = 0;
    const start = performance.now();
    const step = () => {
      const t = performance.now() - start;
      if (t >= warmup) frames++;
      cy.panBy({ x: Math.sin(t / 300) * 6, y: Math.cos(t / 400) * 4 });
      cy.zoom({ level: cy.zoom() * (1 + Math.sin(t / 500) * 0.01), renderedPosition: { x: 400, y: 300 } });
      if (t < ms + warmup) requestAnimationFrame(step);
      else {
        if (overlay) {
          cy.destroy();
          overlay.remove();
        }
        resolve({ fps: (frames * 1000) / (t - warmup), renderer: webgl === null ? "app (canvas)" : webgl ? "webgl" : "canvas", webglContext });
      }
    };
    requestAnimationFrame(step);
  });
}

/**
 * In page: the layout engines alone, on a headless Cytoscape (no drawing): "fcose:draft",
 * "fcose:default", "dagre" (registered once the app loaded it). Milliseconds per layout.
 */
export function layoutEngineTimes([graph, specs]: [{ nodes: GraphNode[]; edges: GraphEdge[] }, string[]]): Record<string, number> {
  const app = (window as unknown as Win).__cy;
  if (!app) throw new Error("no window.__cy");
  const Core = app.constructor as new (options: Record<string, unknown>) => Core;
  const out: Record<string, number> = {};
  for (const spec of specs) {
    const [name, quality] = spec.split(":");
    const elements = [
      ...graph.nodes.map((n) => ({ group: "nodes", data: { id: n.id } })),
      ...graph.edges.map((e) => ({ group: "edges", data: { id: e.id, source: e.source, target: e.target } })),
    ];
    const cy = new Core({ headless: true, styleEnabled: true, elements, style: [{ selector: "node", style: { width: 20, height: 20 } }] });
    const started = performance.now();
    try {
      cy.layout({ name: name ?? "fcose", ...(quality ? { quality } : {}), animate: false, randomize: true, fit: false } as unknown as Parameters<Core["layout"]>[0]).run();
      out[spec] = performance.now() - started;
    } catch {
      // dagre is registered only once the app has run it, which views above 60 nodes never do.
      out[spec] = Number.NaN;
    }
    cy.destroy();
  }
  return out;
}
