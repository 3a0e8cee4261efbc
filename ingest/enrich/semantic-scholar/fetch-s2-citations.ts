/**
 * The evidence pass: GET /paper/{id}/references (contexts, intents, isInfluential) for the
 * papers that cite something we keep (another paper of the graph, or a possible suggestion).
 * Pages are followed through `next` until it is absent.
 */
import type { ApiClient } from "../http/create-api-client";
import type { CitationDetail } from "../found-paper";
import { parseAnswer } from "../parse-answer";
import { s2ReferencesPageSchema, type S2ReferencesPage } from "./s2-schemas";

export const S2_PAGE_SIZE = 1000;
const FIELDS = "paperId,contexts,intents,contextsWithIntent,isInfluential";
/** A runaway `next` (a provider bug) must not loop forever: papers cite far fewer than this. */
const MAX_PAGES = 50;

/** The citations a paper makes, by cited paper id (Semantic Scholar ids); null when unknown (404). */
export async function fetchS2Citations(client: ApiClient, paperId: string): Promise<Map<string, CitationDetail> | null> {
  const details = new Map<string, CitationDetail>();
  let offset: number | undefined = 0;
  for (let page = 0; offset !== undefined; page++) {
    if (page === MAX_PAGES) throw new Error(`Semantic Scholar /paper/${paperId}/references: more than ${MAX_PAGES} pages`);
    const answer = await client.request({ path: `/paper/${encodeURIComponent(paperId)}/references`, query: { fields: FIELDS, offset, limit: S2_PAGE_SIZE } });
    if (answer.status === 404) return page === 0 ? null : details;
    const body: S2ReferencesPage = parseAnswer(s2ReferencesPageSchema, answer.json, `Semantic Scholar GET /paper/${paperId}/references (offset ${offset})`);
    for (const edge of body.data) {
      const cited = edge.citedPaper.paperId;
      if (!cited) continue;
      const withIntent = edge.contextsWithIntent ?? [];
      details.set(cited, {
        intents: [...new Set(edge.intents ?? [])].sort(),
        influential: edge.isInfluential ?? false,
        contexts: edge.contexts ?? withIntent.map((c) => c.context),
        methodologyContexts: withIntent.filter((c) => (c.intents ?? []).includes("methodology")).map((c) => c.context),
      });
    }
    offset = typeof body.next === "number" && body.next > (offset ?? 0) ? body.next : undefined;
  }
  return details;
}
