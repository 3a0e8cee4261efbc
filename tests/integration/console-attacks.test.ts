/**
 * The Cypher console under attack, on the real Neo4j: every case of the catalogue
 * (tests/integration/attacks/) is sent to POST /api/cypher while a normal query runs beside it.
 * Each must get the answer it expects, with no internal detail in it; the normal query must be
 * answered (before the attack, when the attack is a slow one); the node and relationship counts
 * must not move; and the whole graph's checksum is the same after the catalogue as before.
 * Cases marked `secondWall` are also sent past the static check: Neo4j must refuse them itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as cypherRoute } from "../../app/api/cypher/route";
import { GET as healthRoute } from "../../app/api/health/route";
import { closeDriver } from "../../graph/driver";
import { GraphError } from "../../graph/errors";
import { getGraphChecksum, type GraphChecksum } from "../support/get-graph-checksum";
import { CONSOLE_ROW_CAP, executeConsoleQuery } from "../../graph/run-console-query";
import { recordFigures } from "../support/record-figures";
import { consoleAttacks, STATUS, type ConsoleAttack } from "./attacks/console-attacks";
import { findLeaks } from "./support/find-leaks";

type Answer = { status: number; text: string; body: Record<string, unknown> };
type Counts = { nodes: number; rels: number };

const COUNTS = "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels";
/** Attacks that keep Neo4j busy for seconds (a body over the limit is refused before any work). */
const isSlow = (attack: ConsoleAttack) => attack.expect === "timeout" || (attack.expect === "too-large" && !attack.body);

async function post(body: string): Promise<Answer> {
  const response = await cypherRoute(new Request("http://localhost/api/cypher", { method: "POST", body, headers: { "content-type": "application/json" } }));
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
}

/** The graph's size, asked through the console itself: it doubles as "the server still answers". */
async function counts(): Promise<Counts> {
  const answer = await post(JSON.stringify({ query: COUNTS }));
  expect(answer.status, answer.text).toBe(200);
  const [nodes, rels] = ((answer.body.rows as unknown[][])[0] ?? []) as number[];
  return { nodes: nodes ?? -1, rels: rels ?? -1 };
}

const bodyOf = (attack: ConsoleAttack) => attack.body?.() ?? JSON.stringify({ query: attack.query, ...(attack.params ? { params: attack.params } : {}) });

let before: GraphChecksum;
let baseline: Counts;
const tally = new Map<string, number>();
const leaks: string[] = [];

beforeAll(async () => {
  before = await getGraphChecksum();
  baseline = await counts();
  expect(baseline).toEqual({ nodes: before.nodes, rels: before.relationships });
});
afterAll(async () => {
  recordFigures("console-attacks", {
    attacks: consoleAttacks.length,
    byExpectation: Object.fromEntries(tally),
    secondWall: consoleAttacks.filter((attack) => attack.secondWall).length,
    leaks,
  });
  await closeDriver();
});

describe("the console under attack", () => {
  it("has a catalogue with every kind of answer and unique names", () => {
    const names = consoleAttacks.map((attack) => attack.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(consoleAttacks.map((attack) => attack.expect))).toEqual(new Set(Object.keys(STATUS)));
  });

  it.each(consoleAttacks.map((attack) => [`${attack.expect}: ${attack.name}`, attack] as const))("%s", async (_, attack) => {
    const settled: string[] = [];
    const sent = post(bodyOf(attack)).finally(() => settled.push("attack"));
    const meanwhile = counts().finally(() => settled.push("probe"));
    const [answer, during] = await Promise.all([sent, meanwhile]);
    const error = answer.body.error as { kind: string; message: string } | undefined;

    expect(answer.status, answer.text.slice(0, 400)).toBe(STATUS[attack.expect]);
    if (attack.expect === "row-cap") {
      expect(answer.body.rows).toHaveLength(CONSOLE_ROW_CAP);
      expect(answer.body.truncated).toBe(true);
    } else if (attack.expect === "harmless") {
      expect((answer.body.summary as { counters: { containsUpdates?: boolean } }).counters.containsUpdates ?? false).toBe(false);
      if (attack.match) expect(answer.text).toMatch(attack.match);
    } else {
      expect(error?.kind).toBe(attack.expect);
      if (attack.match) expect(attack.expect === "invalid-input" ? answer.text : error?.message).toMatch(attack.match);
    }
    const found = findLeaks(answer.text);
    leaks.push(...found.map((leak) => `${attack.name}: ${leak}`));
    expect(found).toEqual([]);

    // The server kept answering, and a slow attack did not hold up a quick query.
    expect(during).toEqual(baseline);
    if (isSlow(attack)) expect(settled[0]).toBe("probe");
    expect(await counts()).toEqual(baseline);
    tally.set(attack.expect, (tally.get(attack.expect) ?? 0) + 1);
  });
});

describe("Neo4j's own wall, without the static check", () => {
  const behind = consoleAttacks.filter((attack) => attack.secondWall);

  it.each(behind.map((attack) => [attack.name, attack] as const))("refuses %s in the read transaction", async (_, attack) => {
    const outcome = await executeConsoleQuery(attack.query, attack.params ?? {}, { timeoutMs: 5_000 }).then(
      () => new GraphError("internal", "Neo4j ran it"),
      (error: unknown) => error as GraphError,
    );
    expect(outcome).toBeInstanceOf(GraphError);
    expect(outcome.kind, outcome.message).toBe("refused");
    expect(outcome.message).toMatch(/read-only|LOAD CSV|IN TRANSACTIONS/);
    expect(await counts()).toEqual(baseline);
  });
});

describe("afterwards", () => {
  it("still answers, and the graph is exactly as before", async () => {
    expect((await healthRoute()).status).toBe(200);
    expect(await getGraphChecksum()).toEqual(before);
  });
});
