import { createHash } from "node:crypto";
import { getDatabase, getDriver } from "@/graph/driver";
import { toGraphError } from "@/graph/errors";
import { toPlain } from "@/graph/neo4j-values";

export type GraphChecksum = { nodes: number; relationships: number; sha256: string };

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * When a list was loaded: a clock reading, not graph content. Two runs that write the same graph
 * at different times must fingerprint alike, so it is left out.
 */
const VOLATILE = ["loadedAt"];
const content = (props: unknown): unknown => {
  const plain = toPlain(props) as Record<string, unknown>;
  for (const key of VOLATILE) delete plain[key];
  return plain;
};

/**
 * A fingerprint of the whole graph: every node's labels and properties and every
 * relationship's type, endpoints (by id property) and properties. Used to prove that a failed
 * ingest or a refused query changed nothing. Reads everything: for tests and small graphs.
 */
export async function getGraphChecksum(): Promise<GraphChecksum> {
  try {
    const driver = getDriver();
    const database = getDatabase();
    const nodes = await driver.executeQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", {}, { database, routing: "READ" });
    const rels = await driver.executeQuery(
      "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS a, coalesce(b.id, elementId(b)) AS b, properties(r) AS props",
      {},
      { database, routing: "READ" },
    );
    const lines = [
      ...nodes.records.map((r) => `N ${stable([...(r.get("labels") as string[])].sort())} ${stable(content(r.get("props")))}`),
      ...rels.records.map((r) => `R ${String(r.get("type"))} ${String(r.get("a"))} ${String(r.get("b"))} ${stable(toPlain(r.get("props")))}`),
    ].sort();
    const sha256 = createHash("sha256").update(lines.join("\n")).digest("hex");
    return { nodes: nodes.records.length, relationships: rels.records.length, sha256 };
  } catch (error) {
    throw toGraphError(error);
  }
}
