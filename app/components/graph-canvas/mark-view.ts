/**
 * Marks the steps of showing a view on the page's performance timeline (`view:<step>`), so the
 * UI benchmark (bench/view-profile.ts) can tell where "shown until laid out" goes. A mark is a
 * few microseconds; the page never reads them.
 */
export function markView(step: string, epochMs?: number): void {
  if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
  // Times from the worker are epoch-based: its clock starts elsewhere than the page's.
  performance.mark(`view:${step}`, epochMs === undefined ? undefined : { startTime: epochMs - performance.timeOrigin });
}
