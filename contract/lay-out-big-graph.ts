/**
 * The force picture of a big graph (above REFINE_LIMIT nodes), computed on plain arrays: fcose's
 * spectral draft spends most of its seconds in Cytoscape collections (connecting components,
 * bounding boxes, sampling), not in arithmetic. This draws the same kind of picture (an
 * embedding from graph distances to a few pivots, Brandes and Pich's pivot MDS) directly, then
 * spreads its dense core by ranking the coordinates, pushes apart nodes that are
 * still too close, and packs the connected components side by side, biggest first.
 *
 * Deterministic: no randomness, a fixed order everywhere, and only + - * / and Math.sqrt
 * (exactly rounded in every engine), so the browser and the server draw the same positions.
 */
/** The same shape as force-layout.ts's PositionMap (not imported: that module imports this one). */
type PositionMap = Record<string, { x: number; y: number }>;

/** Pivots per component (Brandes and Pich found about 50 enough for graphs of thousands of nodes). */
const PIVOTS = 50;
/** Components up to this size are laid out as a small grid: too small for an embedding. */
const SMALL_COMPONENT = 8;
const POWER_ITERATIONS = 100;
const SEPARATION_ROUNDS = 30;
/** How much of the final coordinates comes from the ranks (the rest from the embedding itself). */
const RANK_SHARE = 0.5;

type Adjacency = { offsets: Int32Array; targets: Int32Array };

function adjacency(n: number, edges: readonly (readonly [number, number])[]): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (const [a, b] of edges) {
    offsets[a + 1]! += 1;
    offsets[b + 1]! += 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  for (const [a, b] of edges) {
    targets[fill[a]!++] = b;
    targets[fill[b]!++] = a;
  }
  return { offsets, targets };
}

/** Connected components, each as node indices in breadth-first order from its lowest index. */
function components(n: number, adj: Adjacency): number[][] {
  const seen = new Uint8Array(n);
  const out: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const members = [start];
    for (let head = 0; head < members.length; head++) {
      const v = members[head]!;
      for (let k = adj.offsets[v]!; k < adj.offsets[v + 1]!; k++) {
        const w = adj.targets[k]!;
        if (!seen[w]) {
          seen[w] = 1;
          members.push(w);
        }
      }
    }
    out.push(members);
  }
  return out;
}

/** Hop distances from `source` to every member (indices local to the component). */
function distancesFrom(source: number, members: readonly number[], local: Int32Array, adj: Adjacency): Float64Array {
  const dist = new Float64Array(members.length).fill(-1);
  const queue = new Int32Array(members.length);
  dist[local[source]!] = 0;
  queue[0] = source;
  for (let head = 0, tail = 1; head < tail; head++) {
    const v = queue[head]!;
    const d = dist[local[v]!]! + 1;
    for (let k = adj.offsets[v]!; k < adj.offsets[v + 1]!; k++) {
      const w = adj.targets[k]!;
      if (dist[local[w]!]! < 0) {
        dist[local[w]!] = d;
        queue[tail++] = w;
      }
    }
  }
  return dist;
}

/** The dominant eigenvector of the symmetric k x k matrix `b`, orthogonal to `against` when given. */
function dominant(b: Float64Array, k: number, against?: Float64Array): Float64Array {
  let v = new Float64Array(k).map((_, j) => 1 + (j % 7) / 7);
  for (let round = 0; round < POWER_ITERATIONS; round++) {
    if (against) {
      let dot = 0;
      for (let j = 0; j < k; j++) dot += v[j]! * against[j]!;
      for (let j = 0; j < k; j++) v[j]! -= dot * against[j]!;
    }
    const next = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += b[i * k + j]! * v[j]!;
      next[i] = sum;
    }
    let norm = 0;
    for (let j = 0; j < k; j++) norm += next[j]! * next[j]!;
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    v = next.map((x) => x / norm);
  }
  return v;
}

/** Pivot MDS of one component (coordinates in no particular unit). */
function embed(members: readonly number[], local: Int32Array, adj: Adjacency): { xs: Float64Array; ys: Float64Array } {
  const m = members.length;
  const k = Math.min(PIVOTS, m);
  // Pivots spread out: each next one is the member farthest from all chosen so far, starting at the best-connected.
  const degree = (v: number) => adj.offsets[v + 1]! - adj.offsets[v]!;
  let first = members[0]!;
  for (const v of members) if (degree(v) > degree(first) || (degree(v) === degree(first) && v < first)) first = v;
  const nearest = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const c = new Float64Array(m * k);
  let pivot = first;
  for (let j = 0; j < k; j++) {
    const dist = distancesFrom(pivot, members, local, adj);
    for (let i = 0; i < m; i++) {
      c[i * k + j] = dist[i]! * dist[i]!;
      if (dist[i]! < nearest[i]!) nearest[i] = dist[i]!;
    }
    let far = 0;
    for (let i = 1; i < m; i++) if (nearest[i]! > nearest[far]!) far = i;
    pivot = members[far]!;
  }
  // Double centring of the squared distances, then the two leading directions of C^T C.
  const rowMean = new Float64Array(m);
  const colMean = new Float64Array(k);
  let all = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < k; j++) {
      rowMean[i]! += c[i * k + j]! / k;
      colMean[j]! += c[i * k + j]! / m;
    }
    all += rowMean[i]! / m;
  }
  for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) c[i * k + j] = -0.5 * (c[i * k + j]! - rowMean[i]! - colMean[j]! + all);
  const b = new Float64Array(k * k);
  for (let i = 0; i < m; i++) for (let p = 0; p < k; p++) for (let q = p; q < k; q++) b[p * k + q]! += c[i * k + p]! * c[i * k + q]!;
  for (let p = 0; p < k; p++) for (let q = 0; q < p; q++) b[p * k + q] = b[q * k + p]!;
  const v1 = dominant(b, k);
  const v2 = dominant(b, k, v1);
  const xs = new Float64Array(m);
  const ys = new Float64Array(m);
  for (let i = 0; i < m; i++) for (let j = 0; j < k; j++) {
    xs[i]! += c[i * k + j]! * v1[j]!;
    ys[i]! += c[i * k + j]! * v2[j]!;
  }
  return { xs, ys };
}

/**
 * Halfway between `values` stretched over 0..side and their ranks (ties: the lower index
 * first). A small-world graph is a few hops across, so its embedding has a dense core; ranks
 * open it up to the density of the rim while the order along the axis stays.
 */
function openCore(values: Float64Array, side: number): Float64Array {
  let [min, max] = [Infinity, -Infinity];
  for (const v of values) [min, max] = [Math.min(min, v), Math.max(max, v)];
  const scale = max > min ? side / (max - min) : 0;
  const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]! || a - b);
  const out = new Float64Array(values.length);
  order.forEach((i, rank) => (out[i] = RANK_SHARE * (rank / values.length) * side + (1 - RANK_SHARE) * (values[i]! - min) * scale));
  return out;
}

/**
 * Pushes apart every pair closer than `gap` (a grid of gap-sized cells finds them), in rounds,
 * so piles spread into discs and nothing overlaps; pairs on the same spot part along a fixed
 * direction derived from their indices. Returns the rounds it took (`rounds` if it did not settle).
 */
export function separate(xs: Float64Array, ys: Float64Array, gap: number, rounds = SEPARATION_ROUNDS): number {
  const n = xs.length;
  // Cells as numbers (not strings) and linked lists through `next`: this runs n x 9 x rounds times.
  const cellKey = (cx: number, cy: number) => (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576);
  const next = new Int32Array(n);
  for (let round = 0; round < rounds; round++) {
    const head = new Map<number, number>();
    for (let i = n - 1; i >= 0; i--) {
      const key = cellKey(Math.floor(xs[i]! / gap), Math.floor(ys[i]! / gap));
      next[i] = head.get(key) ?? -1;
      head.set(key, i);
    }
    // Done once every pair is at least 90 % of `gap` apart: the last 10 % would take as many rounds again.
    let settled = true;
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(xs[i]! / gap);
      const cy = Math.floor(ys[i]! / gap);
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
        for (let j = head.get(cellKey(cx + dx, cy + dy)) ?? -1; j >= 0; j = next[j]!) {
          if (j <= i) continue;
          let ux = xs[j]! - xs[i]!;
          let uy = ys[j]! - ys[i]!;
          let d = Math.sqrt(ux * ux + uy * uy);
          if (d >= gap) continue;
          if (d < 0.9 * gap) settled = false;
          if (d < 1e-9) {
            ux = ((i * 7919 + j * 104729) % 2000) / 1000 - 1;
            uy = ((i * 104729 + j * 7919) % 2000) / 1000 - 1 || 0.5;
            d = Math.sqrt(ux * ux + uy * uy);
          }
          const push = (gap - d) / 2 / d;
          xs[i]! -= ux * push;
          ys[i]! -= uy * push;
          xs[j]! += ux * push;
          ys[j]! += uy * push;
        }
      }
    }
    if (settled) return round;
  }
  return rounds;
}

/**
 * Positions for `nodes` (sorted, unique) joined by `edges` (between them): no two nodes closer
 * than about `gap`, linked ones near each other, components packed in rows.
 */
export function layOutBigGraph(nodes: readonly string[], edges: readonly (readonly [string, string])[], gap: number): PositionMap {
  const index = new Map(nodes.map((id, i) => [id, i]));
  const adj = adjacency(nodes.length, edges.map(([a, b]) => [index.get(a)!, index.get(b)!] as const));
  const local = new Int32Array(nodes.length);
  const placed: { members: number[]; xs: Float64Array; ys: Float64Array; w: number; h: number }[] = [];
  for (const members of components(nodes.length, adj)) {
    members.forEach((v, i) => (local[v] = i));
    let xs: Float64Array;
    let ys: Float64Array;
    if (members.length <= SMALL_COMPONENT) {
      xs = new Float64Array(members.map((_, i) => (i % 3) * gap));
      ys = new Float64Array(members.map((_, i) => Math.floor(i / 3) * gap));
    } else {
      ({ xs, ys } = embed(members, local, adj));
      // Room for each node in a square of about 1.5 `gap` a side, so separating them takes few rounds.
      const side = Math.sqrt(members.length) * 1.5 * gap;
      [xs, ys] = [openCore(xs, side), openCore(ys, side)];
      separate(xs, ys, gap);
    }
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < members.length; i++) {
      minX = Math.min(minX, xs[i]!);
      maxX = Math.max(maxX, xs[i]!);
      minY = Math.min(minY, ys[i]!);
      maxY = Math.max(maxY, ys[i]!);
    }
    placed.push({ members, xs: xs.map((x) => x - minX), ys: ys.map((y) => y - minY), w: maxX - minX + gap, h: maxY - minY + gap });
  }
  // Biggest first (ties: the lowest node id), in rows about as wide as the whole is tall.
  placed.sort((a, b) => b.members.length - a.members.length || a.members[0]! - b.members[0]!);
  const width = Math.max(placed[0]?.w ?? 0, Math.sqrt(placed.reduce((s, p) => s + p.w * p.h, 0)));
  const out: PositionMap = {};
  let [x, y, rowHeight] = [0, 0, 0];
  for (const p of placed) {
    if (x > 0 && x + p.w > width) [x, y, rowHeight] = [0, y + rowHeight, 0];
    p.members.forEach((v, i) => (out[nodes[v]!] = { x: x + p.xs[i]!, y: y + p.ys[i]! }));
    x += p.w;
    rowHeight = Math.max(rowHeight, p.h);
  }
  return out;
}
