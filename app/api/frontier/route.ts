import { getFrontier } from "@/graph/get-frontier";
import { parseBody } from "@/app/api/parse-request";
import { frontierRequestSchema } from "@/contract/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** POST /api/frontier {read, roadmap?} : unread papers whose prerequisites are all read. */
export async function POST(request: Request) {
  return handle(async () => getFrontier(await parseBody(request, frontierRequestSchema)));
}
