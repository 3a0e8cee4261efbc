import { getGraphSchema } from "@/graph/get-graph-schema";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/** GET /api/schema : labels and relationship types with their property keys. */
export async function GET() {
  return handle(() => getGraphSchema());
}
