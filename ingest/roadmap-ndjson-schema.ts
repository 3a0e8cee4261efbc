/**
 * The streamed form of a roadmap (`.ndjson`): one JSON object per line, each with a `kind`.
 * The same objects as the structured form (roadmap-schema.ts), one per line, so a file of any
 * size is read and validated line by line instead of as one document:
 *
 *   {"kind":"roadmap","id":"my-list","title":"My reading list"}      first non-empty line
 *   {"kind":"section","id":"llm","name":"LLMs","items":[{"ref":"2305.13245"}]}
 *   {"kind":"paper","id":"2305.13245","title":"GQA: ...","year":2023}
 *   {"kind":"resource","id":"blog-1","title":"...","kind":"..."}   -> see below: "resourceKind"
 *   {"kind":"buildsOn","from":"2305.13245","to":"1911.02150","reason":"..."}
 *   {"kind":"surveys","survey":"2402.06196","covers":["llm"]}
 *
 * A resource's own `kind` field (blog, tool, ...) is written `resourceKind` here, since `kind`
 * names the line's type. Lines may come in any order after the roadmap line; blank lines are
 * skipped. The physical line number is what errors report (a `line` field is ignored).
 */
import { z } from "zod";
import { buildsOnSchema, idSchema, paperSchema, resourceKindSchema, sectionSchema, surveysSchema } from "./roadmap-schema";

export const ndjsonRoadmapLineSchema = z.strictObject({
  kind: z.literal("roadmap"),
  id: idSchema,
  title: z.string().min(1),
  source: z.string().min(1).optional(),
});

export const ndjsonSectionLineSchema = sectionSchema.extend({ kind: z.literal("section") });
export const ndjsonPaperLineSchema = paperSchema.extend({ kind: z.literal("paper") });
export const ndjsonResourceLineSchema = z.strictObject({
  kind: z.literal("resource"),
  id: idSchema,
  title: z.string().min(1),
  url: z.url().optional(),
  resourceKind: resourceKindSchema,
  line: z.number().int().positive().optional(),
});
export const ndjsonBuildsOnLineSchema = buildsOnSchema.extend({ kind: z.literal("buildsOn") });
export const ndjsonSurveysLineSchema = surveysSchema.extend({ kind: z.literal("surveys") });

export const ndjsonBodyLineSchema = z.discriminatedUnion("kind", [
  ndjsonSectionLineSchema,
  ndjsonPaperLineSchema,
  ndjsonResourceLineSchema,
  ndjsonBuildsOnLineSchema,
  ndjsonSurveysLineSchema,
]);

export type NdjsonRoadmapLine = z.infer<typeof ndjsonRoadmapLineSchema>;
export type NdjsonBodyLine = z.infer<typeof ndjsonBodyLineSchema>;
export type NdjsonLineInput = z.input<typeof ndjsonRoadmapLineSchema> | z.input<typeof ndjsonBodyLineSchema>;
export type NdjsonKind = NdjsonBodyLine["kind"];
