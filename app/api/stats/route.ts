import { getStats } from "@/graph/get-stats";
import { parseQuery } from "@/app/api/parse-request";
import { statsQuerySchema } from "@/contract/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/stats?roadmap= : counts, most built-upon papers, papers per year, roadmaps (of one list when named). */
export async function GET(request: Request) {
  return handle(() => getStats(parseQuery(request, statsQuerySchema)));
}
