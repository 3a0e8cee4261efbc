import { getDatabase, getDriver } from "./driver";
import { toGraphError } from "./errors";
import { dropStaged } from "./stage-roadmap";
import { deleteRoadmapContent } from "./write-roadmap";

/**
 * Removes one roadmap (its sections, resources, questions, the edges it declared and the papers
 * only it used) in one transaction. Papers other roadmaps list stay. Returns false when unknown.
 * What a dead ingest of it left staged (graph/stage-roadmap.ts) goes first, in batches of its own.
 */
export async function removeRoadmap(rid: string): Promise<{ removed: boolean; nodesDeleted: number; relationshipsDeleted: number }> {
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: "WRITE" });
  try {
    const staged = await dropStaged(session, rid);
    return await session.executeWrite(async (tx) => {
      const exists = await tx.run("MATCH (r:Roadmap {id: $rid}) RETURN r.id", { rid });
      if (exists.records.length === 0) return { removed: staged > 0, nodesDeleted: staged, relationshipsDeleted: 0 };
      let nodesDeleted = staged;
      let relationshipsDeleted = 0;
      const results = [
        ...(await deleteRoadmapContent(tx, rid)),
        await tx.run("MATCH (r:Roadmap {id: $rid}) DETACH DELETE r", { rid }),
        // Its stored overview positions (graph/stored-positions.ts) describe a list that is gone.
        await tx.run("MATCH (l:Layout {scope: $rid}) DETACH DELETE l", { rid }),
      ];
      for (const result of results) {
        const c = result.summary.counters.updates();
        nodesDeleted += c.nodesDeleted;
        relationshipsDeleted += c.relationshipsDeleted;
      }
      return { removed: true, nodesDeleted, relationshipsDeleted };
    });
  } catch (error) {
    throw toGraphError(error);
  } finally {
    await session.close();
  }
}
