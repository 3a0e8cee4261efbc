import { getNodes } from "@/graph/get-nodes";
import { parseBody } from "@/app/api/parse-request";
import { nodesRequestSchema } from "@/contract/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** POST /api/nodes {ids} : those nodes with every stored property (a reading path's exports ask this once). */
export async function POST(request: Request) {
  return handle(async () => getNodes((await parseBody(request, nodesRequestSchema)).ids));
}
