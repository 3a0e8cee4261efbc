import { getPositions } from "@/graph/get-positions";
import { parseQuery } from "@/app/api/parse-request";
import { positionsQuerySchema } from "@/contract/schemas";
import { handle } from "../respond";
import { storePositionsAfter } from "../store-positions-after";

export const dynamic = "force-dynamic";

/**
 * GET /api/positions?roadmap=&layout=fcose : the list overview's stored force-layout positions
 * (GET /api/overview carries the same object). When none are stored for the overview as it is,
 * answers "pending" at once and computes them after the answer has gone out, for the next visit.
 */
export async function GET(request: Request) {
  return handle(async () => {
    const answer = await getPositions(parseQuery(request, positionsQuerySchema));
    storePositionsAfter(answer.compute);
    return answer.response;
  });
}
