/**
 * What the layer rules (ARCHITECTURE.md) forbid in an import graph: loops, and imports from a
 * lower layer to a higher one. Pure, so the rules themselves are unit-tested.
 */
import type { ImportGraph } from "./scan-imports";

export type Layer = { name: string; files: RegExp; mayImport: readonly string[] };

/** Lowest first; the first match names a file's layer. */
export const LAYERS: readonly Layer[] = [
  { name: "contract", files: /^contract\//, mayImport: [] },
  { name: "graph", files: /^graph\//, mayImport: ["contract"] },
  { name: "ingest", files: /^ingest\//, mayImport: ["contract", "graph"] },
  // Loading a list from the page (POST /api/roadmaps) runs the CLI's own ingest entry.
  { name: "api", files: /^(app\/api\/|instrumentation\.ts$)/, mayImport: ["contract", "graph", "ingest"] },
  // Pages, components and client libraries: no graph/, so Neo4j never reaches the browser bundle.
  { name: "client", files: /^(app\/|instrumentation-client\.ts$)/, mayImport: ["contract"] },
  { name: "launcher", files: /^neo4j\//, mayImport: ["contract", "graph"] },
  { name: "bench", files: /^bench\//, mayImport: ["contract", "graph", "ingest", "api", "client", "launcher"] },
  { name: "tests", files: /^(tests\/|[^/]+\.ts$)/, mayImport: ["contract", "graph", "ingest", "api", "client", "launcher", "bench"] },
];

export const layerOf = (file: string, layers: readonly Layer[] = LAYERS): Layer | undefined => layers.find((layer) => layer.files.test(file));

export function findLayerViolations(graph: ImportGraph, layers: readonly Layer[] = LAYERS): string[] {
  const problems: string[] = [];
  for (const [file, targets] of graph) {
    const from = layerOf(file, layers);
    for (const target of targets) {
      const to = layerOf(target, layers);
      if (!from || !to) problems.push(`${file} -> ${target}: outside every layer`);
      else if (to !== from && !from.mayImport.includes(to.name)) problems.push(`${file} -> ${target}: ${from.name} may not import ${to.name}`);
    }
  }
  return problems;
}

/** Every import loop, each as the files around it (one per strongly connected component). */
export function findImportLoops(graph: ImportGraph): string[][] {
  // Tarjan's strongly connected components; a component of two or more files is a loop.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file) ?? 0, index.get(target) ?? 0));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) loops.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return loops;
}
