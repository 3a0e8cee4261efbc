/**
 * A second baseline of the API benchmark, run as a child process with NEO4J_URI set: the same
 * recorded Cypher as the bare-driver baseline (bench/record-variants.ts), answered over HTTP by
 * a plain node:http server: `GET /bare/<endpoint>/<variant>` replays that variant's read
 * transactions and answers their rows as JSON (no routing framework, no input parsing, no row
 * validation or mapping); `GET /floor` answers a constant without Neo4j. Between the bare driver
 * and our API, it shows what HTTP and JSON alone cost on this machine, and so what is left to
 * Next.js and our own code. Prints `listening PORT` once ready; runs until killed.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { openBenchDriver } from "./bench-driver";
import { buildVariants, ENDPOINTS, type Endpoint } from "./api-requests";
import { recordVariants } from "./record-variants";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { papers: { type: "string" }, seed: { type: "string" }, count: { type: "string" } } });
  const recorded = await recordVariants(buildVariants(Number(values.papers), Number(values.seed), Number(values.count)));
  const db = openBenchDriver(process.env.NEO4J_URI ?? "");
  const server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      response.end(text);
    };
    const [, root, endpoint, index] = (request.url ?? "").split("/");
    if (root === "floor") return answer(200, { ok: true });
    const transactions = root === "bare" && ENDPOINTS.includes(endpoint as Endpoint) ? recorded[endpoint as Endpoint][Number(index)] : undefined;
    if (!transactions) return answer(404, { error: "no such variant" });
    // One read transaction after another, as the graph/ function and the bare baseline do.
    const replay = async () => {
      const rows: unknown[] = [];
      for (const queries of transactions) rows.push(await db.replayReadRows(queries, 10_000));
      return rows;
    };
    void replay().then(
      (rows) => answer(200, rows),
      (error: unknown) => answer(500, { error: String(error) }),
    );
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    console.log(`listening ${typeof address === "object" && address ? address.port : 0}`);
  });
  process.on("SIGTERM", () => {
    server.close();
    void db.close().finally(() => process.exit(0));
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
