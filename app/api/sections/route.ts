import { getSectionTree } from "@/graph/get-section-tree";
import { parseQuery } from "@/app/api/parse-request";
import { sectionsQuerySchema } from "@/contract/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/sections?roadmap= : section trees with paper and resource counts. */
export async function GET(request: Request) {
  return handle(() => getSectionTree(parseQuery(request, sectionsQuerySchema).roadmap));
}
