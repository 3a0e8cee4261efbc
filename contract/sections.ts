/** GET /api/sections: the section tree of every roadmap. */
import { z } from "zod";
import { nodeIdSchema } from "./graph-elements";

export const sectionsQuerySchema = z.object({ roadmap: nodeIdSchema.optional() });

export type SectionTreeNode = {
  id: string;
  name: string;
  nameRu: string | null;
  level: number;
  order: number;
  /** distinct papers in this section and its descendants */
  paperCount: number;
  resourceCount: number;
  children: SectionTreeNode[];
};
export const sectionTreeNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameRu: z.string().nullable(),
  level: z.number().int().nonnegative(),
  order: z.number().int().nonnegative(),
  paperCount: z.number().int().nonnegative(),
  resourceCount: z.number().int().nonnegative(),
  get children(): z.ZodArray<typeof sectionTreeNodeSchema> {
    return z.array(sectionTreeNodeSchema);
  },
});
export const sectionsResponseSchema = z.object({
  roadmaps: z.array(z.object({ id: z.string(), title: z.string(), sections: z.array(sectionTreeNodeSchema) })),
});
export type SectionsResponse = z.infer<typeof sectionsResponseSchema>;
