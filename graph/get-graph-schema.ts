/**
 * The graph's schema as Neo4j reports it: every label and relationship type, with the property
 * keys found on them. Read through schema procedures (sampled by Neo4j, no full scan of the
 * data), so the console editor needs no queries sent through the public console.
 */
import { z } from "zod";
import { graphSchemaSchema, type GraphSchema } from "@/contract/schemas";
import { readTransaction } from "./read-query";

const LABELS = `CALL db.labels() YIELD label RETURN label AS name`;
const TYPES = `CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS name`;
const NODE_PROPERTIES = `CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName
  WHERE propertyName IS NOT NULL UNWIND nodeLabels AS name RETURN name, propertyName AS key`;
const REL_PROPERTIES = `CALL db.schema.relTypeProperties() YIELD relType, propertyName
  WHERE propertyName IS NOT NULL RETURN relType AS name, propertyName AS key`;

const nameRow = z.object({ name: z.string() });
const keyRow = z.object({ name: z.string(), key: z.string() });

function gather(names: readonly { name: string }[], keys: readonly { name: string; key: string }[], clean: (name: string) => string): Record<string, string[]> {
  const out = new Map<string, Set<string>>(names.map((n) => [n.name, new Set<string>()]));
  for (const { name, key } of keys) out.get(clean(name))?.add(key);
  return Object.fromEntries([...out].sort(([a], [b]) => a.localeCompare(b)).map(([name, set]) => [name, [...set].sort()]));
}

export async function getGraphSchema(): Promise<GraphSchema> {
  return readTransaction(async (tx) => {
    const labels = await tx.rows(LABELS, {}, nameRow);
    const types = await tx.rows(TYPES, {}, nameRow);
    const nodeKeys = await tx.rows(NODE_PROPERTIES, {}, keyRow);
    const relKeys = await tx.rows(REL_PROPERTIES, {}, keyRow);
    // relTypeProperties names types as ":`TYPE`"; labels come bare.
    const bareType = (name: string) => name.replace(/^:`?/, "").replace(/`$/, "").replaceAll("``", "`");
    return graphSchemaSchema.parse({ labels: gather(labels, nodeKeys, (n) => n), relationshipTypes: gather(types, relKeys, bareType) });
  });
}
