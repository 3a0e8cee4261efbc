import { getOverviewWithPositions } from "@/graph/get-positions";
import { parseQuery } from "@/app/api/parse-request";
import { overviewQuerySchema } from "@/contract/schemas";
import { handle } from "../respond";
import { storePositionsAfter } from "../store-positions-after";

export const dynamic = "force-dynamic";

/**
 * GET /api/overview?roadmap=&sameTopic=true : the roadmap's sections, papers and edges, with the
 * stored picture of the list's overview (`positions`, as GET /api/positions answers it), so the
 * page draws from one request. A miss is answered "pending" and computed after the answer.
 */
export async function GET(request: Request) {
  return handle(async () => {
    const answer = await getOverviewWithPositions(parseQuery(request, overviewQuerySchema));
    storePositionsAfter(answer.compute);
    return answer.response;
  });
}
