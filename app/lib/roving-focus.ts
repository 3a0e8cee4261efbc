/**
 * Where focus goes on a key inside a list of items with one Tab stop (a menu, the node list):
 * arrows step (wrapping), Home and End jump. Null for keys the list does not handle.
 * This is the WAI-ARIA pattern for menus and composite widgets.
 */
export function nextFocusIndex(key: string, index: number, count: number, orientation: "vertical" | "horizontal" = "vertical"): number | null {
  if (count === 0) return null;
  const [back, forward] = orientation === "vertical" ? ["ArrowUp", "ArrowDown"] : ["ArrowLeft", "ArrowRight"];
  if (key === forward) return (index + 1) % count;
  if (key === back) return (index - 1 + count) % count;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  return null;
}
