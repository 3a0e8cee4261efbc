/**
 * The Semantic Scholar Graph API's answers, as recorded (../shared/reference/semantic-scholar/):
 * almost every field may be null, and unknown fields are kept out of our way (loose objects).
 */
import { z } from "zod";

const externalIds = z.record(z.string(), z.union([z.string(), z.number()]).nullable()).nullish();

export const s2ReferenceStubSchema = z.looseObject({
  paperId: z.string().nullable(),
  externalIds,
  title: z.string().nullish(),
  year: z.number().int().nullish(),
});

export const s2PaperSchema = z.looseObject({
  paperId: z.string(),
  externalIds,
  title: z.string().nullish(),
  year: z.number().int().nullish(),
  venue: z.string().nullish(),
  authors: z.array(z.looseObject({ name: z.string().nullish() })).nullish(),
  abstract: z.string().nullish(),
  citationCount: z.number().int().nullish(),
  references: z.array(s2ReferenceStubSchema).nullish(),
});
export type S2Paper = z.infer<typeof s2PaperSchema>;

/** POST /paper/batch: one entry per id asked, in order; null where the id is unknown. */
export const s2BatchSchema = z.array(s2PaperSchema.nullable());

/** GET /paper/search/match: the best title match (404 when there is none). */
export const s2MatchSchema = z.looseObject({ data: z.array(s2PaperSchema.extend({ matchScore: z.number().nullish() })) });

/** GET /paper/{id}/references: a page of citations made by the paper. */
export const s2ReferencesPageSchema = z.looseObject({
  offset: z.number().int(),
  next: z.number().int().nullish(),
  data: z.array(
    z.looseObject({
      contexts: z.array(z.string()).nullish(),
      intents: z.array(z.string()).nullish(),
      contextsWithIntent: z.array(z.looseObject({ context: z.string(), intents: z.array(z.string()).nullish() })).nullish(),
      isInfluential: z.boolean().nullish(),
      citedPaper: z.looseObject({ paperId: z.string().nullable() }),
    }),
  ),
});
export type S2ReferencesPage = z.infer<typeof s2ReferencesPageSchema>;
