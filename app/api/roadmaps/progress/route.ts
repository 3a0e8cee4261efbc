import { countReadPerRoadmap } from "@/graph/list-roadmaps";
import { parseBody } from "@/app/api/parse-request";
import { roadmapProgressRequestSchema } from "@/contract/schemas";
import { handle } from "../../respond";

export const dynamic = "force-dynamic";

/** POST /api/roadmaps/progress {read: [paper ids]} : how many of them each list holds. */
export async function POST(request: Request) {
  return handle(async () => ({ progress: await countReadPerRoadmap((await parseBody(request, roadmapProgressRequestSchema)).read) }));
}
