import { getReadingPath } from "@/graph/get-reading-path";
import { parseBody } from "@/app/api/parse-request";
import { readingPathRequestSchema } from "@/contract/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** POST /api/reading-path {target, read?, hideRead?} : prerequisites in reading order. */
export async function POST(request: Request) {
  return handle(async () => getReadingPath(await parseBody(request, readingPathRequestSchema)));
}
