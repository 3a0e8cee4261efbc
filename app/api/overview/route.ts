import { getOverview } from "@/graph/get-overview";
import { parseQuery } from "@/app/api/parse-request";
import { overviewQuerySchema } from "@/contract/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/overview?roadmap=&sameTopic=true : the roadmap's sections, papers and edges. */
export async function GET(request: Request) {
  return handle(() => getOverview(parseQuery(request, overviewQuerySchema)));
}
