import { getSampleGraph } from "@/graph/get-sample-graph";
import { handle } from "../../respond";

export const dynamic = "force-dynamic";

export async function GET() {
  return handle(() => getSampleGraph());
}
