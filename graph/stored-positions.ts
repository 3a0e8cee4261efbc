/**
 * Stored force-layout positions of list overviews: one `(:Layout {id, scope, layout, key, ids,
 * xs, ys})` per list and layout (`id` = layout:scope, unique), holding the positions of the
 * graph its key describes (graph/hash-layout-graph.ts). Storing for a new key replaces the old
 * one in place; a reader asks for a key and never gets positions of another.
 */
import { z } from "zod";
import type { PositionMap } from "@/contract/force-layout";
import { getDatabase, getDriver } from "./driver";
import { toGraphError } from "./errors";
import { readRows, toNeo4jParams } from "./read-query";

const layoutId = (scope: string, layout: string) => `${layout}:${scope}`;

const READ = `MATCH (l:Layout {id: $id}) WHERE l.key = $key RETURN l.ids AS ids, l.xs AS xs, l.ys AS ys`;
const rowSchema = z.object({ ids: z.array(z.string()), xs: z.array(z.number()), ys: z.array(z.number()) });

/** The positions stored for `key`, or null when none are (never those of another key). */
export async function readStoredPositions(scope: string, layout: string, key: string): Promise<PositionMap | null> {
  const [row] = await readRows(READ, { id: layoutId(scope, layout), key }, rowSchema);
  if (!row || row.ids.length !== row.xs.length || row.ids.length !== row.ys.length) return null;
  const out: PositionMap = {};
  row.ids.forEach((id, i) => {
    out[id] = { x: row.xs[i] ?? 0, y: row.ys[i] ?? 0 };
  });
  return out;
}

const WRITE = `
  MERGE (l:Layout {id: $id})
  SET l.scope = $scope, l.layout = $layout, l.key = $key, l.ids = $ids, l.xs = $xs, l.ys = $ys`;

/** Stores `positions` as the picture of `key`, replacing what the list had for this layout. */
export async function storePositions(scope: string, layout: string, key: string, positions: PositionMap): Promise<void> {
  const ids = Object.keys(positions).sort();
  // Floats on purpose: a list property holds one type, and whole numbers would become integers.
  const xs = ids.map((id) => positions[id]?.x ?? 0);
  const ys = ids.map((id) => positions[id]?.y ?? 0);
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: "WRITE" });
  try {
    await session.executeWrite((tx) =>
      tx.run(WRITE, { ...(toNeo4jParams({ id: layoutId(scope, layout), scope, layout, key, ids }) as object), xs, ys }),
    );
  } catch (error) {
    throw toGraphError(error);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** Removes a list's stored pictures (the list is gone; "all" changes with it and gets a new key anyway). */
export async function dropStoredPositions(scope: string): Promise<number> {
  const session = getDriver().session({ database: getDatabase(), defaultAccessMode: "WRITE" });
  try {
    const result = await session.executeWrite((tx) => tx.run("MATCH (l:Layout {scope: $scope}) DETACH DELETE l", { scope }));
    return result.summary.counters.updates().nodesDeleted;
  } catch (error) {
    throw toGraphError(error);
  } finally {
    await session.close().catch(() => undefined);
  }
}
