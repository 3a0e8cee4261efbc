"use client";
/** Year labels above the canvas while the timeline layout is shown, following pan and zoom. */
import type { GraphNode } from "@/contract/schemas";
import { YEAR_WIDTH } from "@/app/lib/layouts";
import { translate, type Language } from "@/app/lib/i18n";

export type Viewport = { zoom: number; pan: { x: number; y: number } };

export function TimelineAxis({ nodes, viewport, language }: { nodes: readonly GraphNode[]; viewport: Viewport; language: Language }) {
  const years = nodes.map((n) => n.year).filter((y): y is number => typeof y === "number");
  if (years.length === 0) return null;
  const min = Math.min(...years);
  const max = Math.max(...years);
  const spacing = viewport.zoom * YEAR_WIDTH;
  // Label every year when there is room, else every 2nd or 5th.
  const every = spacing >= 36 ? 1 : spacing >= 18 ? 2 : 5;
  // Column centre: the two sub-columns of a year sit at x and x + 56.
  const at = (modelX: number) => viewport.pan.x + viewport.zoom * modelX;
  const ticks = [];
  for (let y = min; y <= max; y++) if ((y - min) % every === 0) ticks.push(y);
  const hasUndated = nodes.some((n) => typeof n.year !== "number");
  return (
    <div className="timeline-axis" aria-hidden="true" data-testid="timeline-axis">
      {hasUndated && (
        <span className="timeline-tick muted-tick" style={{ left: at(-2 * YEAR_WIDTH - 20) }}>
          {translate(language, "Undated")}
        </span>
      )}
      {ticks.map((y) => (
        <span key={y} className="timeline-tick" style={{ left: at((y - min) * YEAR_WIDTH + 28) }}>
          {y}
        </span>
      ))}
    </div>
  );
}
