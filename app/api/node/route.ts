import { getNodeDetails } from "@/graph/get-node-details";
import { parseQuery } from "@/app/api/parse-request";
import { nodeQuerySchema } from "@/contract/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/node?id= : a node with its neighbours grouped by relation (ids hold '/', so not a path segment). */
export async function GET(request: Request) {
  return handle(() => getNodeDetails(parseQuery(request, nodeQuerySchema).id));
}
