/**
 * Reading a route's input: query strings and JSON bodies parsed with the endpoint's zod schema.
 * Every failure is a ZodError, which app/api/respond.ts answers with 400 and the issues.
 */
import { z } from "zod";

/** Bodies larger than this are refused before parsing (the largest legit one, a reading list, is far smaller). */
export const MAX_BODY_BYTES = 1_000_000;

/** A ZodError for a problem found after parsing (a malformed body, an id of the wrong kind). */
export function invalidInput(path: (string | number)[], message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path, message, input: undefined }]);
}

/** Query parameters as an object: repeated keys become arrays, empty values are left out. */
export function searchParamsObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key).filter((value) => value !== "");
    if (values.length === 1) out[key] = values[0] as string;
    else if (values.length > 1) out[key] = values;
  }
  return out;
}

export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return schema.parse(searchParamsObject(new URL(request.url)));
}

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw invalidInput([], `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw invalidInput([], `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalidInput([], "The body must be JSON (Content-Type: application/json).");
  }
  return schema.parse(body);
}
