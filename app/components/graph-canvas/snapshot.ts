/** PNG and SVG pictures of what the canvas shows, in the current theme. */
import type { Core } from "cytoscape";
import { edgeLook, themeColors, type Theme } from "@/app/lib/graph-style";
import { toSvg, type SvgEdge, type SvgNode } from "@/app/lib/export-data";

export function pngDataUrl(cy: Core, theme: Theme): string {
  return cy.png({ full: true, scale: 2, bg: themeColors(theme).background, maxWidth: 8000, maxHeight: 8000 });
}

export function svgText(cy: Core, theme: Theme): string {
  const colors = themeColors(theme);
  const nodes: SvgNode[] = cy.nodes(":visible").map((n) => ({
    id: n.id(),
    x: Math.round(n.position("x")),
    y: Math.round(n.position("y")),
    size: Number(n.data("size")),
    color: String(n.style("background-color")),
    shape: String(n.style("shape")),
    label: String(n.data("label")),
    border: String(n.style("border-color")),
  }));
  const edges: SvgEdge[] = cy.edges(":visible").map((e) => {
    const look = edgeLook(String(e.data("type")), theme);
    const s = e.source().position();
    const t = e.target().position();
    return { x1: s.x, y1: s.y, x2: t.x, y2: t.y, color: look.color, dashed: look.style !== "solid", width: look.width, arrow: look.arrow, targetSize: Number(e.target().data("size")) };
  });
  return toSvg(nodes, edges, colors.background, colors.text);
}
