/**
 * Stored force-layout positions of list overviews: one `(:Layout {id, scope, layout, key, ids,
 * xs, ys})` per list and layout (`id` = layout:scope, unique), holding the positions of the
 * graph its key describes (graph/hash-layout-graph.ts). Storing for a new key replaces the old
 * one in place; readers compare the key with their graph's and never answer positions of another.
 */
import { z } from "zod";
import type { PositionMap } from "@/contract/force-layout";
import { getDatabase, getDriver } from "./driver";
import { toGraphError } from "./errors";
import { readRows, toNeo4jParams } from "./read-query";

const layoutId = (scope: string, layout: string) => `${layout}:${scope}`;

const READ = `MATCH (l:Layout {id: $id}) RETURN l.key AS key, l.ids AS ids, l.xs AS xs, l.ys AS ys`;
const rowSchema = z.object({ key: z.string(), ids: z.array(z.string()), xs: z.array(z.number()), ys: z.array(z.number()) });

/** A stored picture and the key of the graph it is of. */
export type StoredPicture = { key: string; positions: PositionMap };

/**
 * The list's stored picture for `layout`, whatever graph it is of (null when none is): read
 * without the key so that it can be read while the graph is, the caller comparing keys.
 */
export async function readStoredPositions(scope: string, layout: string): Promise<StoredPicture | null> {
  const [row] = await readRows(READ, { id: layoutId(scope, layout) }, rowSchema);
  if (!row || row.ids.length !== row.xs.length || row.ids.length !== row.ys.length) return null;
  const positions: PositionMap = {};
  row.ids.forEach((id, i) => {
    positions[id] = { x: row.xs[i] ?? 0, y: row.ys[i] ?? 0 };
  });
  return { key: row.key, positions };
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
