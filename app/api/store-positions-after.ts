import { after } from "next/server";

/**
 * Runs `compute` (storing a list's overview positions) after the answer has gone out, so no
 * request waits for a layout. A failure is logged: nobody waits for it, and the next visit
 * tries again.
 */
export function storePositionsAfter(compute: (() => Promise<void>) | undefined): void {
  if (!compute) return;
  const job = () =>
    compute().catch((error: unknown) => {
      console.error("[api] storing overview positions failed:", error);
    });
  try {
    after(job);
  } catch {
    // Outside a request Next.js serves (a script or test calling the handler) nothing runs
    // after the answer, and nothing is written: the answer alone is what was asked for.
  }
}
