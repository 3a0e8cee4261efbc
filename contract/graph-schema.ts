/** GET /api/schema: the graph's labels, relationship types and their property keys (the console editor completes from it). */
import { z } from "zod";

const propertyListSchema = z.array(z.string());

export const graphSchemaSchema = z.object({
  /** label -> property keys its nodes carry, sorted */
  labels: z.record(z.string(), propertyListSchema),
  /** relationship type -> property keys its relationships carry, sorted */
  relationshipTypes: z.record(z.string(), propertyListSchema),
});
export type GraphSchema = z.infer<typeof graphSchemaSchema>;
