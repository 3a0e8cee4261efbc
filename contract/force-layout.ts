/**
 * The force-directed picture of a graph, computed the same way on both sides of the API: the
 * server stores it for each list's overview (GET /api/positions), and the browser computes the
 * very same one for a view nothing is stored for (a list loaded a moment ago, a Cypher result,
 * an expansion that needs a fresh layout). It sits in the contract because what the API stores
 * is defined as what this function returns: one picture, whichever side drew it.
 *
 * fcose draws from Math.random (its spectral draft, cose-base's shuffles) and from layout-base's
 * RandomSeed, a counter that keeps counting across runs. Both are seeded for the length of one
 * run (fcose runs synchronously when it does not animate) and restored afterwards. The input is
 * sorted first, so the same graph handed over in another order gets the same positions; nodes
 * are all one size, so the picture depends on nothing but the ids and edges the stored key hashes.
 */
import type cytoscapeType from "cytoscape";
import layoutBase from "layout-base";
import { layOutBigGraph } from "./lay-out-big-graph";

/** Changes whenever this function would draw a graph differently: stored positions then expire. */
export const FORCE_LAYOUT_VERSION = 2;
/**
 * Every node counts as this big, its label included (a label is not measured headless, and
 * sizes change with enrichment while the picture should not): wider than high, like a node
 * with its label under it.
 */
export const FORCE_NODE_SIZE = { width: 90, height: 50 };
/** Up to here one full-quality pass; above, the spectral draft, spread, then a bounded refinement. */
export const FORCE_SMALL_LIMIT = 250;
/**
 * Above this many nodes fcose is not used at all: its draft alone took 2-4 s at 5,000 nodes,
 * mostly in Cytoscape collections; lay-out-big-graph.ts draws the same kind of picture on
 * plain arrays in a small part of that.
 */
export const REFINE_LIMIT = 1000;

export type ForceGraph = { nodes: readonly { id: string }[]; edges: readonly { source: string; target: string }[] };
export type PositionMap = Record<string, { x: number; y: number }>;
type Cytoscape = typeof cytoscapeType;

const OPTIONS = { name: "fcose", animate: false, fit: false, nodeDimensionsIncludeLabels: false, idealEdgeLength: 100, nodeRepulsion: 12000, packComponents: false };

/** A small seeded generator (mulberry32): enough randomness for a layout, the same every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seeded<T>(run: () => T): T {
  const random = Math.random;
  const counter = layoutBase.RandomSeed.seed;
  Math.random = seededRandom(0x5eed);
  layoutBase.RandomSeed.seed = 1;
  try {
    return run();
  } finally {
    Math.random = random;
    layoutBase.RandomSeed.seed = counter;
  }
}

/** The graph sorted and cleaned: unique node ids, edges between known distinct nodes. */
export function normaliseForceGraph(graph: ForceGraph): { nodes: string[]; edges: [string, string][] } {
  const nodes = [...new Set(graph.nodes.map((n) => n.id))].sort();
  const known = new Set(nodes);
  const edges = graph.edges
    .filter((e) => e.source !== e.target && known.has(e.source) && known.has(e.target))
    .map((e): [string, string] => [e.source, e.target])
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1));
  return { nodes, edges };
}

/**
 * fcose's spectral draft packs large graphs into a small area where nodes pile up. Scale it
 * around its centre (shape unchanged) until each node has room for about its size plus a gap.
 */
export function spreadPositions(positions: Readonly<PositionMap>, meanSize: number): PositionMap {
  const list = Object.values(positions);
  if (list.length < 2) return { ...positions };
  const xs = list.map((p) => p.x);
  const ys = list.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const area = Math.max(1, (maxX - minX) * (maxY - minY));
  const wanted = list.length * (meanSize * 2.6) ** 2;
  const scale = Math.max(1, Math.sqrt(wanted / area));
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const out: PositionMap = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { x: cx + (p.x - cx) * scale, y: cy + (p.y - cy) * scale };
  return out;
}

const rounded = (positions: PositionMap): PositionMap => {
  const out: PositionMap = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  return out;
};

/**
 * Positions (whole numbers) for every node of `graph`. `cytoscape` must have fcose registered
 * (the caller loads both: the browser lazily, the server and the worker directly). `onDraft`
 * receives the spread draft of a large graph before its refinement, for something to show.
 */
export function computeForceLayout(cytoscape: Cytoscape, graph: ForceGraph, onDraft?: (positions: PositionMap) => void): PositionMap {
  const { nodes, edges } = normaliseForceGraph(graph);
  if (nodes.length === 0) return {};
  if (nodes.length > REFINE_LIMIT) {
    const meanSize = (FORCE_NODE_SIZE.width + FORCE_NODE_SIZE.height) / 2;
    return rounded(spreadPositions(layOutBigGraph(nodes, edges, FORCE_NODE_SIZE.width + 10), meanSize));
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((id) => ({ group: "nodes" as const, data: { id } })),
      ...edges.map(([source, target], i) => ({ group: "edges" as const, data: { id: `e${i}`, source, target } })),
    ],
    style: [{ selector: "node", style: FORCE_NODE_SIZE }],
  });
  const read = (): PositionMap => {
    const out: PositionMap = {};
    cy.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  };
  const run = (extra: Record<string, unknown>) => cy.layout({ ...OPTIONS, ...extra }).run();
  try {
    return seeded(() => {
      if (nodes.length <= FORCE_SMALL_LIMIT) {
        run({ quality: "default", randomize: true });
        return rounded(read());
      }
      run({ quality: "draft", randomize: true });
      const draft = spreadPositions(read(), (FORCE_NODE_SIZE.width + FORCE_NODE_SIZE.height) / 2);
      onDraft?.(rounded(draft));
      cy.nodes().forEach((n) => {
        const p = draft[n.id()];
        if (p) n.position(p);
      });
      // fcose refines an existing drawing only with quality "default" and randomize off.
      run({ quality: "default", randomize: false, numIter: 400, initialEnergyOnIncremental: 0.2 });
      return rounded(read());
    });
  } finally {
    cy.destroy();
  }
}
