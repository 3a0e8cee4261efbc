/**
 * Cytoscape and its layout extensions are loaded on demand, not in the first page load: the
 * page (search, tree, panels) is usable while the graph library arrives, and dagre (only for
 * the hierarchical layout) is fetched the first time someone asks for it.
 */
import type cytoscapeType from "cytoscape";

type Cytoscape = typeof cytoscapeType;

let core: Promise<Cytoscape> | null = null;
let dagre: Promise<void> | null = null;

export function loadCytoscape(): Promise<Cytoscape> {
  if (!core) performance.mark("cytoscape:import"); // the benchmark's profile (bench/navigation-profile.ts)
  // The module the server render names for preloading (app/components/preload-cytoscape.tsx).
  core ??= import("./cytoscape-module").then((module) => {
    performance.mark("cytoscape:ready");
    return module.cytoscape;
  });
  return core;
}

export function loadDagre(): Promise<void> {
  dagre ??= Promise.all([loadCytoscape(), import("cytoscape-dagre")]).then(([cytoscape, extension]) => {
    cytoscape.use(extension.default);
  });
  return dagre;
}
