import { getStats } from "@/graph/get-stats";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/stats : counts, most built-upon papers, papers per year, roadmaps. */
export async function GET() {
  return handle(() => getStats());
}
