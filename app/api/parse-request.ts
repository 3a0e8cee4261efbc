/**
 * Reading a route's input: query strings and JSON bodies parsed with the endpoint's zod schema.
 * Shape failures are ZodErrors, which app/api/respond.ts answers with 400 and the issues; a body
 * over the size limit is a GraphError("too-large"), answered with 413 before it is parsed.
 */
import type { z } from "zod";
import { getConfig } from "@/graph/config";
import { GraphError } from "@/graph/errors";
import { invalidInput } from "@/contract/error-body";

/**
 * Deepest nesting of arrays and objects a body may have. zod's parsers recurse: a 64 kB body of
 * `[[[[…]]]]` would overflow the stack inside them (a 500) rather than be refused (a 400).
 */
export const MAX_BODY_DEPTH = 32;

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

const tooLarge = (maxBytes: number) => new GraphError("too-large", `The request body is larger than ${maxBytes} bytes.`);

/**
 * The body as text, reading at most `maxBytes`: a declared Content-Length over the limit is
 * refused before reading, and a chunked body is cut off as soon as it passes the limit, so an
 * endless upload never sits in memory.
 */
async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalidInput([], "The body must be UTF-8 encoded JSON.");
  }
}

/** The body's bytes, at most `maxBytes` (GraphError "too-large" beyond), read as readBodyText says. */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** How deeply arrays and objects nest in a parsed JSON value (iteratively: no recursion to overflow). */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop() as { value: unknown; depth: number };
    if (top.value === null || typeof top.value !== "object") continue;
    const depth = top.depth + 1;
    deepest = Math.max(deepest, depth);
    if (depth > MAX_BODY_DEPTH) return depth;
    for (const inner of Object.values(top.value)) stack.push({ value: inner, depth });
  }
  return deepest;
}

export type BodyOptions = { maxBytes?: number };

export async function parseBody<S extends z.ZodType>(request: Request, schema: S, options: BodyOptions = {}): Promise<z.output<S>> {
  const maxBytes = options.maxBytes ?? getConfig().API_MAX_BODY_BYTES;
  const text = await readBodyText(request, maxBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalidInput([], "The body must be JSON (Content-Type: application/json).");
  }
  if (jsonDepth(body) > MAX_BODY_DEPTH) throw invalidInput([], `The body nests arrays and objects more than ${MAX_BODY_DEPTH} levels deep.`);
  return schema.parse(body);
}
