"use client";
/** Year labels above the canvas while the timeline layout is shown, following pan and zoom. */
import type { GraphNode } from "@/contract/schemas";
import { translate, type Language } from "@/app/lib/i18n";
import { timelineTicks, type Viewport } from "@/app/lib/timeline-ticks";

export type { Viewport };

export function TimelineAxis({ nodes, viewport, origin, language }: { nodes: readonly GraphNode[]; viewport: Viewport; origin: number; language: Language }) {
  const years = nodes.map((n) => n.year).filter((y): y is number => typeof y === "number");
  const hasUndated = nodes.some((n) => typeof n.year !== "number");
  const ticks = timelineTicks(years, hasUndated, origin, viewport);
  if (years.length === 0) return null;
  return (
    <div className="timeline-axis" aria-hidden="true" data-testid="timeline-axis">
      {ticks.map((tick) => (
        <span key={tick.label} className={tick.label === "undated" ? "timeline-tick muted-tick" : "timeline-tick"} style={{ left: tick.left }}>
          {tick.label === "undated" ? translate(language, "Undated") : tick.label}
        </span>
      ))}
    </div>
  );
}
