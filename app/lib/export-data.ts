/**
 * Exports of what the canvas shows: its data as JSON, a table as CSV, and the drawing as SVG
 * (Cytoscape draws PNG itself but has no SVG output without another dependency, so the SVG is
 * rebuilt here from positions, sizes and colours the canvas hands over).
 */
import type { GraphEdge, GraphNode } from "@/contract/schemas";
import { toCsv } from "./write-csv";

export function toJson(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string {
  return `${JSON.stringify({ nodes, edges }, null, 2)}\n`;
}

export function nodesToCsv(nodes: readonly GraphNode[]): string {
  return toCsv(
    ["id", "kind", "label", "title", "year", "area", "builtUponBy"],
    nodes.map((n) => [n.id, n.kind, n.label, n.title, n.year ?? "", n.area ?? "", n.builtUponBy ?? ""]),
  );
}

export type SvgNode = { id: string; x: number; y: number; size: number; color: string; shape: string; label: string; border: string };
/** `arrow`: draw the direction (BUILDS_ON points at the earlier paper); `targetSize` keeps the tip at the node's edge. */
export type SvgEdge = { x1: number; y1: number; x2: number; y2: number; color: string; dashed: boolean; width: number; arrow?: boolean; targetSize?: number };

const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4;

/** A line from source to the target's rim, and a triangle whose tip touches the rim. */
function edgeSvg(e: SvgEdge): string {
  const dash = e.dashed ? ' stroke-dasharray="5 4"' : "";
  const dx = e.x2 - e.x1;
  const dy = e.y2 - e.y1;
  const length = Math.hypot(dx, dy);
  if (!e.arrow || length === 0) return `<line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" stroke="${e.color}" stroke-width="${e.width}"${dash}/>`;
  const [ux, uy] = [dx / length, dy / length];
  const rim = Math.min((e.targetSize ?? 0) / 2, Math.max(0, length - ARROW_LENGTH));
  const tip = { x: e.x2 - ux * rim, y: e.y2 - uy * rim };
  const base = { x: tip.x - ux * ARROW_LENGTH, y: tip.y - uy * ARROW_LENGTH };
  const f = (n: number) => n.toFixed(1);
  const corners = [`${f(tip.x)},${f(tip.y)}`, `${f(base.x - uy * ARROW_HALF_WIDTH)},${f(base.y + ux * ARROW_HALF_WIDTH)}`, `${f(base.x + uy * ARROW_HALF_WIDTH)},${f(base.y - ux * ARROW_HALF_WIDTH)}`];
  return [
    `<line x1="${e.x1}" y1="${e.y1}" x2="${f(base.x)}" y2="${f(base.y)}" stroke="${e.color}" stroke-width="${e.width}"${dash}/>`,
    `<polygon class="arrow" points="${corners.join(" ")}" fill="${e.color}"/>`,
  ].join("\n");
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

function shapeSvg(n: SvgNode): string {
  const r = n.size / 2;
  const common = `fill="${n.color}" stroke="${n.border}" stroke-width="1.5"`;
  switch (n.shape) {
    case "round-rectangle":
    case "rectangle":
      return `<rect x="${n.x - r}" y="${n.y - r}" width="${n.size}" height="${n.size}" rx="${n.shape === "rectangle" ? 0 : r / 3}" ${common}/>`;
    case "diamond":
      return `<polygon points="${n.x},${n.y - r} ${n.x + r},${n.y} ${n.x},${n.y + r} ${n.x - r},${n.y}" ${common}/>`;
    case "hexagon": {
      const pts = Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i;
        return `${(n.x + r * Math.cos(a)).toFixed(1)},${(n.y + r * Math.sin(a)).toFixed(1)}`;
      });
      return `<polygon points="${pts.join(" ")}" ${common}/>`;
    }
    default:
      return `<circle cx="${n.x}" cy="${n.y}" r="${r}" ${common}/>`;
  }
}

/** A standalone SVG of the drawing; `background` fills the view so dark-theme exports stay readable. */
export function toSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], background: string, textColor: string): string {
  const xs = nodes.flatMap((n) => [n.x - n.size, n.x + n.size]);
  const ys = nodes.flatMap((n) => [n.y - n.size, n.y + n.size + 14]);
  const minX = Math.min(0, ...xs) - 20;
  const minY = Math.min(0, ...ys) - 20;
  const width = Math.max(100, ...xs) - minX + 20;
  const height = Math.max(100, ...ys) - minY + 20;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX} ${minY} ${width} ${height}" width="${Math.round(width)}" height="${Math.round(height)}" font-family="system-ui, sans-serif">`,
    `<rect x="${minX}" y="${minY}" width="${width}" height="${height}" fill="${background}"/>`,
    ...edges.map(edgeSvg),
    ...nodes.map(shapeSvg),
    ...nodes.map(
      (n) => `<text x="${n.x}" y="${n.y + n.size / 2 + 12}" font-size="10" text-anchor="middle" fill="${textColor}">${escapeXml(n.label)}</text>`,
    ),
    "</svg>",
  ];
  return parts.join("\n");
}
