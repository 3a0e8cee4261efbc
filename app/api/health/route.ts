import { getHealth } from "@/graph/get-health";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/health: 200 with Neo4j's version, edition and graph size; 503 when it is down. */
export async function GET() {
  return handle(() => getHealth());
}
