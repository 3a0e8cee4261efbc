import { parseBody } from "../../../graph/parse-request";
import { runConsoleQuery } from "../../../graph/run-console-query";
import { cypherRequestSchema } from "../../../graph/schemas";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/**
 * POST /api/cypher {query, params?} : the read-only console. Refused queries answer 403,
 * syntax errors 400 with a position, timeouts 408, memory limits 413.
 */
export async function POST(request: Request) {
  return handle(async () => runConsoleQuery(await parseBody(request, cypherRequestSchema)));
}
