import { buildOpenApiDocument } from "@/app/api/openapi";
import { handle } from "../respond";

export const dynamic = "force-dynamic";

// Depends only on the schemas: built once per process, on first request.
let document: Record<string, unknown> | undefined;

/** GET /api/openapi.json : the OpenAPI 3.1 description, generated from the zod schemas. */
export async function GET() {
  return handle(() => Promise.resolve((document ??= buildOpenApiDocument())));
}
