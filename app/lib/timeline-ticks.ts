/**
 * Where the timeline's year labels go on screen. Positions are computed from the origin the
 * layout used (the year at x = 0), never from the years left after a filter: a filter removes
 * nodes without moving the others, so relabelling from the remaining years would put "2020"
 * where 2017 papers used to be.
 */
import { YEAR_WIDTH } from "./layouts";

export type Viewport = { zoom: number; pan: { x: number; y: number } };
export type TimelineTick = { label: number | "undated"; left: number };

/** Model x of a year column's centre: its two sub-columns sit at x and x + 56. */
export const yearCentre = (year: number, origin: number) => (year - origin) * YEAR_WIDTH + 28;

export function timelineTicks(years: readonly number[], hasUndated: boolean, origin: number, viewport: Viewport): TimelineTick[] {
  const at = (modelX: number) => viewport.pan.x + viewport.zoom * modelX;
  const ticks: TimelineTick[] = [];
  if (hasUndated) ticks.push({ label: "undated", left: at(-2 * YEAR_WIDTH - 20) });
  if (years.length === 0) return ticks;
  const min = Math.min(...years);
  const max = Math.max(...years);
  const spacing = viewport.zoom * YEAR_WIDTH;
  // Label every year when there is room, else every 2nd or 5th (counted from the origin, so the
  // labelled years do not change when a filter moves the first year shown).
  const every = spacing >= 36 ? 1 : spacing >= 18 ? 2 : 5;
  for (let y = min; y <= max; y++) if ((y - origin) % every === 0) ticks.push({ label: y, left: at(yearCentre(y, origin)) });
  return ticks;
}
