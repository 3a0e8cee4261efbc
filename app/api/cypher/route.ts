import { getConfig } from "@/graph/config";
import { parseBody } from "@/app/api/parse-request";
import { runConsoleQuery } from "@/graph/run-console-query";
import { cypherRequestSchema } from "@/contract/schemas";
import { checkConsoleRateLimit } from "../check-rate-limit";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

/**
 * POST /api/cypher {query, params?} : the read-only console. Refused queries answer 403,
 * syntax errors 400 with a position, timeouts 408, memory limits and bodies over
 * CONSOLE_MAX_BODY_BYTES 413, more than CONSOLE_RATE_LIMIT queries per window from one client 429.
 */
export async function POST(request: Request) {
  return handle(async () => {
    // Before the body is read: a flood costs the server as little as possible.
    checkConsoleRateLimit(request);
    return runConsoleQuery(await parseBody(request, cypherRequestSchema, { maxBytes: getConfig().CONSOLE_MAX_BODY_BYTES }));
  });
}
