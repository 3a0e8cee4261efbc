import { getNeighbourhood } from "@/graph/get-neighbourhood";
import { parseBody } from "@/app/api/parse-request";
import { neighbourhoodRequestSchema } from "@/contract/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** POST /api/neighbourhood {ids, depth?, types?, labels?, limit?, exclude?} : a capped subgraph. */
export async function POST(request: Request) {
  return handle(async () => getNeighbourhood(await parseBody(request, neighbourhoodRequestSchema)));
}
