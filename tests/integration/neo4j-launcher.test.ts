/**
 * The no-Docker launcher (neo4j/): starts a second, throw-away Neo4j on a free port with its
 * own data directory, independent of the shared test database, and stops it again.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCypherProbe, verifyBolt } from "../../graph/verify-bolt";
import {
  buildLauncher,
  findFreePort,
  startNeo4j,
  statusNeo4j,
  type RunningNeo4j,
} from "../../neo4j/control";

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "neo4j-launcher-test-"));
  tempDirs.push(dir);
  return dir;
}

describe("neo4j launcher", () => {
  let server: RunningNeo4j | undefined;
  let port = 0;
  let dataDir = "";
  let uri = "";

  beforeAll(async () => {
    await buildLauncher({ log: () => undefined });
    port = await findFreePort();
    dataDir = tempDir();
    // Small sizes: this server runs next to the shared test database.
    server = await startNeo4j({
      port,
      dataDir,
      detached: false,
      heap: "1g",
      pageCache: "128m",
      txMemoryMax: "256m",
      txMemoryTotal: "512m",
      log: () => undefined,
    });
    uri = server.uri;
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("serves Bolt on 127.0.0.1 with a Neo4j 5 Community", async () => {
    expect(uri).toBe(`bolt://127.0.0.1:${port}`);
    const check = await verifyBolt(uri, { timeoutMs: 10_000 });
    expect(check).toMatchObject({ ok: true, edition: "community" });
    expect(check.ok && check.version).toMatch(/^5\./);
    expect(existsSync(join(dataDir, "neo4j.pid"))).toBe(true);
  });

  it("accepts the driver's basic auth with any password (auth is off, loopback only)", async () => {
    for (const password of ["roadmap-explorer", "anything-else"]) {
      const check = await verifyBolt(uri, { username: "neo4j", password, timeoutMs: 10_000 });
      expect(check.ok).toBe(true);
    }
  });

  it("reports itself as running", async () => {
    const status = await statusNeo4j(dataDir, port);
    expect(status).toMatchObject({ state: "running", pid: server?.pid, port, uri });
  });

  it("refuses a second server on a port that is taken, saying so", async () => {
    await expect(startNeo4j({ port, dataDir: tempDir(), log: () => undefined })).rejects.toThrow(
      new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use by another process`),
    );
  });

  it("refuses a second server on a data directory that is in use", async () => {
    const otherPort = await findFreePort();
    await expect(startNeo4j({ port: otherPort, dataDir, log: () => undefined })).rejects.toThrow(/already running/);
  });

  it("refuses LOAD CSV from file URLs by configuration", async () => {
    const result = await runCypherProbe(uri, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1", {
      mode: "read",
      timeoutMs: 10_000,
    });
    expect(result).toMatchObject({ ok: false, code: "Neo.ClientError.Statement.ExternalResourceFailed" });
    expect(!result.ok && result.error).toMatch(/allow_csv_import_from_file_urls/);
  });

  it("applies the launcher's timeout and memory limits", async () => {
    const result = await runCypherProbe(
      uri,
      "CALL dbms.listConfig() YIELD name, value WHERE name IN $names RETURN name, value ORDER BY name",
      {
        params: {
          names: ["db.memory.transaction.max", "db.transaction.timeout", "dbms.memory.transaction.total.max", "dbms.security.auth_enabled"],
        },
        mode: "read",
        timeoutMs: 10_000,
      },
    );
    expect(result.ok).toBe(true);
    const settings = Object.fromEntries((result.ok ? result.rows : []).map((row) => [String(row.name), row.value] as const));
    expect(settings).toEqual({
      "db.memory.transaction.max": "256.00MiB",
      "db.transaction.timeout": "1m",
      "dbms.memory.transaction.total.max": "512.00MiB",
      "dbms.security.auth_enabled": "false",
    });
  });

  it("stops cleanly, after which Bolt no longer answers", async () => {
    const running = server;
    expect(running).toBeDefined();
    await running?.stop();
    server = undefined;
    const check = await verifyBolt(uri, { timeoutMs: 3_000 });
    expect(check.ok).toBe(false);
    expect(await statusNeo4j(dataDir, port)).toMatchObject({ state: "stopped", portInUse: false });
    expect(existsSync(join(dataDir, "neo4j.pid"))).toBe(false);
  }, 90_000);
});
