/**
 * GET /api/overview and GET /api/overview/section: what the Explore canvas opens with. A list
 * (or all lists together) of more than a few hundred items opens as its sections standing for
 * their items ("clusters", each with its counts); the items of one section come on request.
 */
import { z } from "zod";
import { nodeIdSchema, subgraphSchema } from "./graph-elements";
import { positionsResponseSchema } from "./positions";
import { queryFlag } from "./query-params";

/** SAME_TOPIC edges and resources (links that are not papers) are many: each only on request. */
export const overviewQuerySchema = z.object({ roadmap: nodeIdSchema.optional(), sameTopic: queryFlag(false), resources: queryFlag(false) });
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

const count = z.number().int().nonnegative();

/** Above this many nodes an overview is answered as clusters (the bundled roadmap has about 270). */
export const CLUSTER_ABOVE = 800;

/** A section drawn in place of its items, with how many it holds (listed directly in it, each once). */
export const sectionClusterSchema = z.object({
  section: z.string(),
  papers: count,
  /** counted whether or not resources were asked for */
  resources: count,
  /** what opening the section adds: its papers, and its resources when they were asked for */
  items: count,
});
export type SectionCluster = z.infer<typeof sectionClusterSchema>;

export const overviewSchema = subgraphSchema.extend({
  /**
   * true: the overview holds only the lists and their sections; `clusters` says what each
   * section holds, and GET /api/overview/section gives its items. false: every item is here.
   */
  clustered: z.boolean(),
  clusters: z.array(sectionClusterSchema),
});
export type Overview = z.infer<typeof overviewSchema>;

/**
 * GET /api/overview's answer: the overview and the stored picture of the list's overview (the
 * very object GET /api/positions answers), so the page draws from one request. The picture is
 * of the overview as the page opens it (no SAME_TOPIC, no resources) whatever was asked for:
 * the nodes the extras add are placed by the client beside their neighbours.
 */
export const overviewAnswerSchema = overviewSchema.extend({ positions: positionsResponseSchema });
export type OverviewAnswer = z.infer<typeof overviewAnswerSchema>;

/** GET /api/overview/section?section=&roadmap=&sameTopic=&resources= : one cluster opened. */
export const sectionItemsQuerySchema = overviewQuerySchema.extend({ section: nodeIdSchema });
export type SectionItemsQuery = z.infer<typeof sectionItemsQuerySchema>;
