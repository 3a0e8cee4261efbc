/**
 * Citation enrichment's only contact with Neo4j: it reads the scope (a roadmap's papers, the
 * graph's other papers and every BUILDS_ON) and writes a plan in ONE write transaction, so a
 * failed run leaves the graph as it was. Properties are only SET where they differ: a second
 * run with the same answers changes nothing. Curated BUILDS_ON edges are never written,
 * changed or removed here: only `source: "citation"` ones, and only from the roadmap's papers.
 */
import type { QueryResult } from "neo4j-driver";
import type { EnrichmentPlan, EnrichmentScope, GraphPaper } from "./enrichment-rows";
import { getDatabase, getDriver } from "./driver";
import { ensureSchema } from "./ensure-schema";
import { addCounters } from "./count-changes";
import { toGraphError } from "./errors";
import { toPlain } from "./neo4j-values";

const differs = (v: string) => `any(k IN keys(row.props) WHERE NOT (${v}[k] = row.props[k]) OR (${v}[k] IS NULL) <> (row.props[k] IS NULL))`;

const PAPER_FIELDS = `{id: p.id, title: coalesce(p.title, ''), year: p.year, arxivId: p.arxivId, doi: p.doi, s2Id: p.s2Id,
  openAlexId: p.openAlexId, venue: p.venue, abstract: p.abstract, hasAuthors: size(coalesce(p.authors, [])) > 0, suggested: coalesce(p.suggested, false) AND NOT coalesce(p.inRoadmap, false)}`;

const STATEMENTS = {
  paperUpdates: `UNWIND $rows AS row MATCH (p:Paper {id: row.id}) WITH p, row WHERE ${differs("p")} SET p += row.props`,
  suggestions: `UNWIND $rows AS row MERGE (p:Paper {id: row.id})
    WITH p, row WHERE coalesce(p.suggested, false) AND ${differs("p")} OR p.title IS NULL SET p += row.props`,
  cites: `UNWIND $rows AS row MATCH (a:Paper {id: row.from}) MATCH (b:Paper {id: row.to})
    MERGE (a)-[r:CITES]->(b) WITH r, row WHERE ${differs("r")} SET r += row.props`,
  candidates: `UNWIND $rows AS row MATCH (a:Paper {id: row.from}) MATCH (b:Paper {id: row.to})
    MERGE (a)-[r:BUILDS_ON]->(b) ON CREATE SET r.source = 'citation'
    WITH r, row WHERE r.source = 'citation' AND ${differs("r")} SET r += row.props`,
  staleCites: `MATCH (a:Paper)-[r:CITES]->(b:Paper) WHERE a.id IN $scopeIds AND NOT (a.id + '|' + b.id) IN $keys DELETE r`,
  staleCandidates: `MATCH (a:Paper)-[r:BUILDS_ON {source: 'citation'}]->(b:Paper)
    WHERE a.id IN $scopeIds AND NOT (a.id + '|' + b.id) IN $keys DELETE r`,
  // A suggestion nobody cites any more (and nothing else holds) goes.
  orphanSuggestions: `MATCH (p:Paper {suggested: true}) WHERE NOT EXISTS { (p)--() } DELETE p`,
};

export type EnrichmentWriteResult = { changes: number; nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number; propertiesSet: number };
export type EnrichmentWriteOptions = { batchSize?: number; afterStatement?: (index: number) => Promise<void> | void };

function toPaper(value: unknown): GraphPaper {
  const p = toPlain(value) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);
  return {
    id: String(p.id), title: str(p.title) ?? "", year: typeof p.year === "number" ? p.year : null, arxivId: str(p.arxivId), doi: str(p.doi),
    s2Id: str(p.s2Id), openAlexId: str(p.openAlexId), venue: str(p.venue), abstract: str(p.abstract), hasAuthors: p.hasAuthors === true, suggested: p.suggested === true,
  };
}

/** The roadmap's papers (listed in its sections), every other paper, and every BUILDS_ON; null for an unknown roadmap. */
export async function readEnrichmentScope(roadmapId: string): Promise<EnrichmentScope | null> {
  try {
    const session = getDriver().session({ database: getDatabase(), defaultAccessMode: "READ" });
    try {
      return await session.executeRead(async (tx) => {
        const roadmap = await tx.run("MATCH (r:Roadmap {id: $rid}) RETURN r.id AS id", { rid: roadmapId });
        if (roadmap.records.length === 0) return null;
        const papers = await tx.run(
          `MATCH (p:Paper) OPTIONAL MATCH (p)-[:IN_SECTION]->(s:Section {roadmap: $rid})
           WITH p, count(s) > 0 AS listed RETURN listed, ${PAPER_FIELDS} AS paper ORDER BY p.id`,
          { rid: roadmapId },
        );
        const edges = await tx.run("MATCH (a:Paper)-[r:BUILDS_ON]->(b:Paper) RETURN a.id AS from, b.id AS to, r.source AS source");
        const all = papers.records.map((r) => ({ listed: r.get("listed") === true, paper: toPaper(r.get("paper")) }));
        return {
          roadmapId,
          papers: all.filter((p) => p.listed).map((p) => p.paper),
          others: all.filter((p) => !p.listed).map((p) => p.paper),
          buildsOn: edges.records.map((r) => ({ from: String(r.get("from")), to: String(r.get("to")), source: typeof r.get("source") === "string" ? String(r.get("source")) : null })),
        };
      });
    } finally {
      await session.close();
    }
  } catch (error) {
    throw toGraphError(error);
  }
}

export async function writeEnrichment(plan: EnrichmentPlan, options: EnrichmentWriteOptions = {}): Promise<EnrichmentWriteResult> {
  const batchSize = options.batchSize ?? 2000;
  const result: EnrichmentWriteResult = { changes: 0, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
  const count = (summary: QueryResult["summary"]) => addCounters(result, summary);
  const keys = (rows: { from: string; to: string }[]) => rows.map((r) => `${r.from}|${r.to}`);
  try {
    await ensureSchema();
    const session = getDriver().session({ database: getDatabase(), defaultAccessMode: "WRITE" });
    try {
      const tx = session.beginTransaction({ timeout: 10 * 60_000, metadata: { app: "roadmap-enrich", roadmap: plan.roadmapId } });
      try {
        let index = 0;
        const run = async (statement: string, params: Record<string, unknown>) => {
          count((await tx.run(statement, params)).summary);
          await options.afterStatement?.(index++);
        };
        const batches = async (statement: string, rows: unknown[]) => {
          for (let start = 0; start < rows.length; start += batchSize) await run(statement, { rows: rows.slice(start, start + batchSize) });
        };
        await batches(STATEMENTS.paperUpdates, plan.paperUpdates);
        await batches(STATEMENTS.suggestions, plan.suggestions);
        await batches(STATEMENTS.cites, plan.cites);
        await batches(STATEMENTS.candidates, plan.candidates);
        await run(STATEMENTS.staleCites, { scopeIds: plan.scopeIds, keys: keys(plan.cites) });
        await run(STATEMENTS.staleCandidates, { scopeIds: plan.scopeIds, keys: keys(plan.candidates) });
        await run(STATEMENTS.orphanSuggestions, {});
        await tx.commit();
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close();
    }
    return result;
  } catch (error) {
    throw toGraphError(error);
  }
}
