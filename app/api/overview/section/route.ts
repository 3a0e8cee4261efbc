import { getSectionItems } from "@/graph/get-section-items";
import { parseQuery } from "@/app/api/parse-request";
import { sectionItemsQuerySchema } from "@/contract/schemas";
import { handle } from "../../respond";

export const dynamic = "force-dynamic";

/** GET /api/overview/section?section=&roadmap=&sameTopic=&resources= : a clustered overview's section opened. */
export async function GET(request: Request) {
  return handle(() => getSectionItems(parseQuery(request, sectionItemsQuerySchema)));
}
