/**
 * The canvas's visual encoding, one place for the canvas, the legend and the SVG export:
 * colour = top-level area, shape = kind, size = how many papers build on it (data.size),
 * edge style = relation type (dashed when derived from citations), border = reading status,
 * a dashed ring and a paler fill = a prerequisite suggested by citations, not in the list.
 */
import type { StylesheetJson } from "cytoscape";

export type Theme = "light" | "dark";

/** Colour-blind-friendly hues (Okabe-Ito based) that read on both light and dark backgrounds. */
export const AREA_PALETTE = ["#3b82c4", "#e08a1e", "#2f9e77", "#c65f9c", "#8b6fd1", "#d1b21f", "#5aa9d6", "#b4543a"] as const;
export const NEUTRAL = "#8a94a6";

export function areaColor(area: string | null | undefined, areas: readonly string[]): string {
  if (!area) return NEUTRAL;
  const index = areas.indexOf(area);
  if (index >= 0) return AREA_PALETTE[index % AREA_PALETTE.length] ?? NEUTRAL;
  // An area not in the tree (another roadmap): a stable colour from its name.
  let hash = 0;
  for (const ch of area) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return AREA_PALETTE[hash % AREA_PALETTE.length] ?? NEUTRAL;
}

export const KIND_SHAPES: Record<string, string> = {
  roadmap: "star",
  section: "round-rectangle",
  paper: "ellipse",
  survey: "diamond",
  resource: "hexagon",
  question: "round-tag",
  other: "ellipse",
};

export type EdgeLook = { color: string; style: "solid" | "dashed" | "dotted"; arrow: boolean; width: number };

export function edgeLook(type: string, theme: Theme): EdgeLook {
  const dark = theme === "dark";
  switch (type) {
    case "BUILDS_ON":
      return { color: dark ? "#9fb3cc" : "#52627a", style: "solid", arrow: true, width: 1.8 };
    case "SAME_TOPIC":
      return { color: dark ? "#5f6f86" : "#a9b4c4", style: "dashed", arrow: false, width: 1.2 };
    case "CITES":
      return { color: dark ? "#7d8a9e" : "#8593a8", style: "dotted", arrow: true, width: 1 };
    case "SURVEYS":
      return { color: dark ? "#c9a0dc" : "#9b59b6", style: "dotted", arrow: true, width: 1.6 };
    default:
      return { color: dark ? "#3c4758" : "#d5dbe4", style: "solid", arrow: false, width: 1 };
  }
}

/** A BUILDS_ON derived from a citation: the curated look, dashed (also drawn so on a path). */
export function derivedLook(theme: Theme): EdgeLook {
  return { ...edgeLook("BUILDS_ON", theme), style: "dashed" };
}

export const SUGGESTED_COLOR = "#c2410c";

export const STATUS_COLORS = { read: "#16a34a", reading: "#d97706", skipped: "#94a3b8" } as const;

export function themeColors(theme: Theme) {
  return theme === "dark"
    ? { background: "#12161d", text: "#e6e9ef", textOutline: "#12161d", accent: "#60a5fa", border: "#0b0e13" }
    : { background: "#ffffff", text: "#1d2330", textOutline: "#ffffff", accent: "#2563eb", border: "#ffffff" };
}

/** Views larger than this draw plain edges and label only landmarks. */
export const LARGE_VIEW = 800;

export function buildStylesheet(theme: Theme, areas: readonly string[], large = false): StylesheetJson {
  const c = themeColors(theme);
  const sheet: StylesheetJson = [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        shape: "ellipse",
        "background-color": NEUTRAL,
        "border-width": 1.5,
        "border-color": c.border,
        label: "data(label)",
        // Papers many others build on get bigger labels, so they stay readable further out.
        "font-size": "mapData(builtUponBy, 0, 8, 10, 15)",
        color: c.text,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-outline-color": c.textOutline,
        "text-outline-width": 2,
        // Labels arrive short (shortLabel); wrapping would measure every glyph of every label.
        "text-wrap": "none",
        // Labels disappear when zoomed far out instead of turning into noise.
        "min-zoomed-font-size": 6,
        "transition-property": "opacity, border-width, border-color",
        "transition-duration": 150,
      },
    },
    { selector: "node[kind = 'section']", style: { "font-weight": "bold", "font-size": 14, "background-opacity": 0.85 } },
    { selector: "node[kind = 'roadmap']", style: { "font-weight": "bold", "font-size": 16 } },
  ];
  for (const [kind, shape] of Object.entries(KIND_SHAPES)) {
    sheet.push({ selector: `node[kind = '${kind}']`, style: { shape: shape as "ellipse" } });
  }
  areas.forEach((area) => {
    sheet.push({ selector: `node[area = ${JSON.stringify(area)}]`, style: { "background-color": areaColor(area, areas) } });
  });
  for (const type of ["BUILDS_ON", "CITES", "SAME_TOPIC", "SURVEYS", "IN_SECTION", "SUBSECTION_OF", "PART_OF", "CHECKS", "OTHER"]) {
    const look = edgeLook(type, theme);
    sheet.push({
      selector: type === "OTHER" ? "edge" : `edge[type = '${type}']`,
      style: {
        width: look.width,
        "line-color": look.color,
        "line-style": look.style,
        "target-arrow-shape": look.arrow ? "triangle" : "none",
        "target-arrow-color": look.color,
        "arrow-scale": 0.9,
        "curve-style": "bezier",
      },
    });
    if (type === "OTHER") sheet.unshift(sheet.pop()!); // the generic rule must come first
  }
  sheet.push(
    { selector: "edge[type = 'BUILDS_ON'][origin = 'citation']", style: { "line-style": derivedLook(theme).style, "line-dash-pattern": [6, 4] } },
    { selector: "node[suggested = 'yes']", style: { "border-width": 2.5, "border-style": "dashed", "border-color": SUGGESTED_COLOR, "background-opacity": 0.55 } },
    { selector: "node[status = 'read']", style: { "border-width": 4, "border-color": STATUS_COLORS.read } },
    { selector: "node[status = 'reading']", style: { "border-width": 4, "border-color": STATUS_COLORS.reading, "border-style": "dashed" } },
    { selector: "node[status = 'skipped']", style: { opacity: 0.45 } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": c.accent, "overlay-opacity": 0 } },
    { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0 } },
    ...(large
      ? ([
          // Bezier control points and thousands of label boxes dominate the cost of drawing a big view.
          // Haystack edges skip control points and arrows; arrows are sub-pixel at that zoom anyway.
          { selector: "edge", style: { "curve-style": "haystack", "haystack-radius": 0 } },
          { selector: "node", style: { label: "" } },
          { selector: "node[builtUponBy >= 5], node[kind = 'section'], node:selected, node.hl, node.on-path", style: { label: "data(label)" } },
        ] satisfies StylesheetJson)
      : []),
    { selector: "node.hl", style: { "border-width": 3, "border-color": c.accent } },
    { selector: "edge.hl", style: { width: 2.6, "line-color": c.accent, "target-arrow-color": c.accent, "z-index": 9 } },
    { selector: "node.focus", style: { label: "data(label)", "border-width": 3, "border-color": c.accent, "font-weight": "bold", "z-index": 11 } },
    { selector: "edge.focus", style: { width: 2.6, "line-color": c.accent, "target-arrow-color": c.accent, "z-index": 11 } },
    { selector: "node.on-path", style: { "border-width": 4, "border-color": c.accent, "font-weight": "bold", "z-index": 10 } },
    { selector: "edge.on-path", style: { width: 3.2, "line-color": c.accent, "target-arrow-color": c.accent, "z-index": 10, "line-style": "solid" } },
    { selector: "edge.on-path[origin = 'citation']", style: { "line-style": "dashed" } },
    { selector: "node.target", style: { "border-width": 6, "border-color": c.accent } },
    { selector: "edge.with-label", style: { label: "data(type)", "font-size": 9, color: c.text, "text-background-color": c.background, "text-background-opacity": 0.85, "text-background-padding": "2px", "text-rotation": "autorotate" } },
  );
  return sheet;
}
