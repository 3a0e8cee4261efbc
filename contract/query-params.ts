/** Query-string pieces: flags, bounded integers and relation-type lists, as GET endpoints take them. */
import { z } from "zod";
import { relationTypeSchema } from "./graph-elements";

// Node ids contain '/' and '.', so they travel in query strings or JSON bodies.
/** A query-string flag: "true"/"1" or "false"/"0"; absent means `fallback`. */
export const queryFlag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((value) => (value === undefined ? fallback : value === "true" || value === "1"));

export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** `types=BUILDS_ON,SAME_TOPIC` or `types=BUILDS_ON&types=SAME_TOPIC`. */
export const relationTypeListParam = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(",")).map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(relationTypeSchema).min(1));
