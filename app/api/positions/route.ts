import { after } from "next/server";
import { getPositions } from "@/graph/get-positions";
import { parseQuery } from "@/app/api/parse-request";
import { positionsQuerySchema } from "@/contract/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/**
 * GET /api/positions?roadmap=&layout=fcose : the list overview's stored force-layout positions.
 * When none are stored for the overview as it is, answers "pending" at once and computes them
 * after the answer has gone out, for the next visit.
 */
export async function GET(request: Request) {
  return handle(async () => {
    const answer = await getPositions(parseQuery(request, positionsQuerySchema));
    const compute = answer.compute;
    if (compute) {
      const job = () =>
        compute().catch((error: unknown) => {
          // Nobody waits for this answer: a failure is logged, and the next visit tries again.
          console.error("[api] storing overview positions failed:", error);
        });
      try {
        after(job);
      } catch {
        // Outside a request Next.js serves (a script or test calling the handler) nothing runs
        // after the answer, and nothing is written: the answer alone is what was asked for.
      }
    }
    return answer.response;
  });
}
