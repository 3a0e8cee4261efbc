/**
 * GET /api/positions: where the force layout puts each node of a list's overview, computed
 * once off the request path and stored, so every visit and every visitor sees one picture.
 * The key hashes what the picture was computed from (the overview's node ids and edges, and
 * the layout's version): a changed list gets a new key, and positions of an old key are never
 * answered. Until they are stored ("pending") the browser computes the same seeded layout
 * itself (contract/force-layout.ts).
 */
import { z } from "zod";
import { nodeIdSchema } from "./graph-elements";

/** The layouts whose positions are stored; the others are computed from the nodes alone, instantly. */
export const storedLayoutSchema = z.enum(["fcose"]);
export type StoredLayout = z.infer<typeof storedLayoutSchema>;

/** No roadmap: every list together (the "All lists" view). */
export const positionsQuerySchema = z.object({ roadmap: nodeIdSchema.optional(), layout: storedLayoutSchema.default("fcose") });
export type PositionsQuery = z.infer<typeof positionsQuerySchema>;

export const positionSchema = z.object({ x: z.number(), y: z.number() });

export const positionsResponseSchema = z.object({
  layout: storedLayoutSchema,
  /** the roadmap's id, or "all" */
  scope: z.string(),
  /** what the positions were computed from: hex SHA-256 of the layout version, node ids and edges */
  key: z.string(),
  /**
   * ready: `positions` holds every node of the overview; pending: being computed now, ask
   * again later; too-large: the overview has more nodes than are laid out on the server
   */
  status: z.enum(["ready", "pending", "too-large"]),
  /** nodes in the overview the key describes */
  nodes: z.number().int().nonnegative(),
  positions: z.record(z.string(), positionSchema),
});
export type PositionsResponse = z.infer<typeof positionsResponseSchema>;
