import { findPaths } from "@/graph/find-paths";
import { parseQuery } from "@/app/api/parse-request";
import { pathQuerySchema } from "@/contract/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/path?from=&to=&all=&types=&forward= : shortest path(s) between two nodes. */
export async function GET(request: Request) {
  return handle(() => findPaths(parseQuery(request, pathQuerySchema)));
}
