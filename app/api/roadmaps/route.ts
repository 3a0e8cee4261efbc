import { getConfig } from "@/graph/config";
import { listRoadmaps } from "@/graph/list-roadmaps";
import { parseQuery, readBodyBytes } from "@/app/api/parse-request";
import { loadRoadmapQuerySchema, removeRoadmapQuerySchema } from "@/contract/schemas";
import { handle } from "../respond";
import { checkPageIngestAllowed, loadFromPage, removeFromPage } from "./load-from-page";

export const dynamic = "force-dynamic";

/** GET /api/roadmaps : every loaded list with its sizes, the papers each pair shares, and whether the page may load lists. */
export async function GET() {
  return handle(async () => ({ ...(await listRoadmaps()), pageIngest: getConfig().ALLOW_PAGE_INGEST }));
}

/**
 * POST /api/roadmaps?name=FILE[&roadmap=ID][&title=TEXT] with the file as the body: loads it
 * as the CLI would. 403 unless ALLOW_PAGE_INGEST=true, 413 over PAGE_INGEST_MAX_BYTES, 429 over
 * the rate limit, 400 with file:line problems when the file is invalid (nothing is written).
 */
export async function POST(request: Request) {
  return handle(async () => {
    // Before the body is read: a refused upload costs the server nothing.
    const query = parseQuery(request, loadRoadmapQuerySchema);
    checkPageIngestAllowed();
    return loadFromPage(query, await readBodyBytes(request, getConfig().PAGE_INGEST_MAX_BYTES));
  });
}

/** DELETE /api/roadmaps?id=ID : removes a list (papers other lists hold stay). Same setting and limit as POST. */
export async function DELETE(request: Request) {
  return handle(async () => {
    const { id } = parseQuery(request, removeRoadmapQuerySchema);
    checkPageIngestAllowed();
    return removeFromPage(id);
  });
}
