/**
 * The one shape every roadmap takes before it is written to Neo4j.
 *
 * The bundled dataset (ingest/data/*.yaml) is written in this shape by hand; the Markdown and
 * plain-text parsers produce it from other roadmaps. The loader only ever sees this shape, so
 * validation (ids, references, cycles, dates) happens once, here and in validate-roadmap.ts.
 */
import { z } from "zod";

/** Local ids: lowercase slugs or arXiv ids. Section ids are scoped by roadmap when written. */
export const idSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "ids are lowercase slugs: a-z, 0-9, '.', '_' and '-'");

/** A new-style (2301.12345) or old-style (cs/0112017) arXiv identifier, without version. */
export const arxivIdSchema = z
  .string()
  .regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/, "arXiv id without version or .pdf, e.g. 2305.13245");

export const resourceKinds = [
  "blog",
  "tutorial",
  "repository",
  "tool",
  "dataset",
  "benchmark",
  "book",
  "course",
  "video",
  "collection",
  "other",
] as const;
export const resourceKindSchema = z.enum(resourceKinds);
export type ResourceKind = z.infer<typeof resourceKindSchema>;

/** One listing of a paper or resource inside a section, in roadmap order. */
export const sectionItemSchema = z.strictObject({
  /** id of a paper or a resource of this roadmap */
  ref: idSchema,
  /** the sub-list heading the entry sits under, e.g. "Efficient Transformers" */
  group: z.string().min(1).optional(),
  /** the roadmap's short annotation, e.g. "Section 2.1" or "Original Paper" */
  note: z.string().min(1).optional(),
  line: z.number().int().positive().optional(),
});
export type SectionItem = z.infer<typeof sectionItemSchema>;

export const questionSchema = z.strictObject({
  en: z.string().min(1),
  ru: z.string().min(1).optional(),
  line: z.number().int().positive().optional(),
});
export type QuestionInput = z.infer<typeof questionSchema>;

export const sectionSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  nameRu: z.string().min(1).optional(),
  /** where a reworded Russian name came from (e.g. the seed's machine translation); kept, never written or shown */
  nameRuSource: z.string().min(1).optional(),
  /** id of the parent section; absent for a top-level area */
  parent: idSchema.optional(),
  items: z.array(sectionItemSchema).default([]),
  questions: z.array(questionSchema).default([]),
  /** false when the section only collects entries (an untagged bibliography): no SAME_TOPIC */
  topic: z.boolean().optional(),
  line: z.number().int().positive().optional(),
});
export type SectionInput = z.infer<typeof sectionSchema>;

export const paperSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  /** year of the first public version (arXiv v1, workshop, report); the timeline uses it */
  year: z.number().int().min(1900).max(2100).optional(),
  venue: z.string().min(1).optional(),
  /** the venue's own year, which may be later than `year` (an arXiv preprint published at next year's conference) */
  venueYear: z.number().int().min(1900).max(2100).optional(),
  url: z.url().optional(),
  arxivId: arxivIdSchema.optional(),
  /** lowercased, without the https://doi.org/ prefix */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, "a DOI such as 10.18653/v1/n19-1423").optional(),
  /** as the roadmap lists them, "et al." included when it says so */
  authors: z.array(z.string().min(1)).min(1).optional(),
  codeUrl: z.url().optional(),
  projectUrl: z.url().optional(),
  tag: z.string().min(1).optional(),
  isSurvey: z.boolean().default(false),
  /** false for a real prerequisite that the roadmap itself does not list (e.g. DDPM) */
  inRoadmap: z.boolean().default(true),
  /** why the paper builds on no other paper of the graph (a benchmark, a dataset, a survey...) */
  standalone: z.string().min(10).max(300).optional(),
  line: z.number().int().positive().optional(),
});
export type PaperInput = z.infer<typeof paperSchema>;

export const resourceSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  url: z.url().optional(),
  kind: resourceKindSchema,
  line: z.number().int().positive().optional(),
});
export type ResourceInput = z.infer<typeof resourceSchema>;

export const buildsOnSchema = z.strictObject({
  /** the later paper */
  from: idSchema,
  /** the earlier paper it directly extends, reuses or generalises */
  to: idSchema,
  reason: z.string().min(10).max(300),
  line: z.number().int().positive().optional(),
});
export type BuildsOnInput = z.infer<typeof buildsOnSchema>;

export const surveysSchema = z.strictObject({
  /** id of a paper with isSurvey: true */
  survey: idSchema,
  /** ids of sections or papers the survey covers */
  covers: z.array(idSchema).min(1),
  line: z.number().int().positive().optional(),
});
export type SurveysInput = z.infer<typeof surveysSchema>;

export const roadmapSchema = z.strictObject({
  roadmap: z.strictObject({
    id: idSchema,
    title: z.string().min(1),
    source: z.string().min(1).optional(),
  }),
  sections: z.array(sectionSchema).min(1),
  papers: z.array(paperSchema).default([]),
  resources: z.array(resourceSchema).default([]),
  buildsOn: z.array(buildsOnSchema).default([]),
  surveys: z.array(surveysSchema).default([]),
});
export type RoadmapInput = z.input<typeof roadmapSchema>;
export type Roadmap = z.infer<typeof roadmapSchema>;
