import { parseQuery } from "@/app/api/parse-request";
import { searchQuerySchema } from "@/contract/schemas";
import { searchNodes } from "@/graph/search-nodes";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/search?q=&kind=&section=&yearFrom=&yearTo=&limit= : ranked full-text matches. */
export async function GET(request: Request) {
  return handle(() => searchNodes(parseQuery(request, searchQuerySchema)));
}
