import type { z } from "zod";
import { EnrichError } from "./enrich-error";

/** Parses a provider's answer; a shape we do not expect ends the run naming the request and the field. */
export function parseAnswer<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join(".") || "(top)";
  throw new EnrichError(`${where}: unexpected answer at ${path}: ${issue?.message ?? "invalid"}`);
}
